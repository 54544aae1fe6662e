#pragma once

#include "report/ReportExport.h"
#include "report/SupportReport.h"

#include <QWidget>

#include <initializer_list>
#include <optional>

class QHBoxLayout;
class QLabel;
class QTextBrowser;
class RecoverySession;

// Step 6's automatic mode: a preview of the report for Mailgun support, made from the
// journal of the current account and kept up to date as the journal grows, with buttons to
// save it (Markdown, HTML, PDF), copy it, and open Mailgun's support page. The report itself
// is made by SupportReport in app/report; this widget only shows it and hands it on.
class ReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPanel(RecoverySession* session, QWidget* parent = nullptr);

    // Builds the report again from the journal at once. Changes to the journal, the ticks,
    // the mode and the connection trigger it on their own, on the next turn of the event loop.
    void regenerate();
    const SupportReport& report() const { return m_report; }

    // Tests only: the path the next save uses instead of asking with a file dialog.
    static void setNextSavePath(const QString& path) { s_nextSavePath = path; }

Q_SIGNALS:
    // After every save, copy or open: what happened, in a sentence (also shown in the panel).
    void statusChanged(const QString& text);

private:
    void scheduleRegeneration();
    void save(ReportExport::Format format);
    QString askForPath(ReportExport::Format format);
    void copyToClipboard();
    void openSupportPage();
    void showStatus(const QString& text, bool problem = false);
    // A button the tests find by its object name, with the name screen readers say.
    struct NamedButton
    {
        QString objectName;
        QString text;
        QString accessibleName;
    };
    // A row of buttons, in the order given, pushed to the left; the buttons are the panel's children.
    QHBoxLayout* makeButtonRow(std::initializer_list<NamedButton> buttons);

    static inline std::optional<QString> s_nextSavePath;

    RecoverySession* m_session;
    SupportReport m_report;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_statusLabel = nullptr;
    QString m_lastFolder;
    bool m_regenerationPending = false;
};
