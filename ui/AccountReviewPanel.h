#pragma once

#include "investigate/FindingRecord.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class AccountCleanup;
class AccountReview;
struct AccountFinding;
class FindingsTable;
class QLabel;
class QProgressBar;
class QPushButton;
class RecoverySession;
class SendingChart;
class SubaccountDisablePanel;

// Step 1, "Your Mailgun account": reads the account through the API in both regions (keys,
// SMTP logins, routes, webhooks, archive copies, subaccounts, the IP allowlist and 30 days of
// sending) and lists what looks like the intruder's work, with the sending chart. Findings
// go to the journal; the keys it flags are proposed for deletion in step 2.
class AccountReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountReviewPanel(RecoverySession* session, QWidget* parent = nullptr);

    // Called when the page is entered: whether the API can be used now.
    void reset();
    void startReview();
    bool isRunning() const;
    FindingsTable* table() const { return m_table; }
    SendingChart* chart() const { return m_chart; }
    // Removes the selected route, webhook or archive address after asking.
    void removeSelected();
    bool isRemoving() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void findingsRecorded();
    // The review suggests this moment as the start of the trouble (the first unusual sending).
    void incidentStartSuggested(const QDateTime& start);
    // True while a removal changes the account: the page must not be left then.
    void changingAccount(bool changing);

private:
    void onFinished(const QList<FindingRecord>& records, bool saved);
    void tickProvenItems();
    const AccountFinding* selectedAccountFinding() const;
    void updateRemoveButton();
    void setRunning(bool running);

    RecoverySession* m_session;
    QLabel* m_intro = nullptr;
    QPushButton* m_startButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    SendingChart* m_chart = nullptr;
    FindingsTable* m_table = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_useSpikeButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_removeHint = nullptr;
    AccountCleanup* m_cleanup = nullptr;
    SubaccountDisablePanel* m_subaccountPanel = nullptr;
    QSet<QString> m_removed; // identities of findings removed in this review
    QString m_removingIdentity;
    QPointer<AccountReview> m_review;
    bool m_running = false;
};
