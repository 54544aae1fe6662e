#pragma once

#include <QWidget>

class AccountReviewPanel;
class FolderScanPanel;
class IncidentStartEdit;
class QTabWidget;
class RecoverySession;
class WebsiteProbePanel;

// The automatic area of step 1: when the trouble started, and three ways to find how the
// key leaked, one tab each: the admin's files, their website, and the Mailgun account.
class InvestigatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit InvestigatePanel(RecoverySession* session, QWidget* parent = nullptr);

    // Called when the page is entered.
    void reset();

    IncidentStartEdit* incidentStart() const { return m_incidentStart; }
    FolderScanPanel* folderScan() const { return m_folderScan; }
    WebsiteProbePanel* websiteProbe() const { return m_websiteProbe; }
    AccountReviewPanel* accountReview() const { return m_accountReview; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // True while something changes the account (a removal): the page must not be left.
    void changingAccount(bool changing);

private:
    void updateTabTitles();

    RecoverySession* m_session;
    IncidentStartEdit* m_incidentStart = nullptr;
    QTabWidget* m_tabs = nullptr;
    FolderScanPanel* m_folderScan = nullptr;
    WebsiteProbePanel* m_websiteProbe = nullptr;
    AccountReviewPanel* m_accountReview = nullptr;
};
