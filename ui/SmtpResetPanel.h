#pragma once

#include "recovery/SmtpResetController.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class RecoverySession;
class ResumeRow;
class SmtpLoginModel;
class SmtpLoginTable;
class SecretRevealField;

// Step 3's automatic mode: every SMTP login of both regions in one table, a new password
// for each (or deletion for the ticked ones), run through SmtpResetController with a
// progress bar, a live result per row and a Stop button; at the end a list to copy that
// says where each password is, never the passwords themselves.
class SmtpResetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SmtpResetPanel(RecoverySession* session, QWidget* parent = nullptr);

    void reset();
    bool isRunning() const { return m_running; }
    SmtpResetController* controller() const { return m_controller; }
    // The text "Copy the list" puts on the clipboard.
    QString summaryText() const;

Q_SIGNALS:
    void runningChanged(bool running);

private:
    SmtpResetController* makeController();
    void showLogins();
    void fillTable();
    void confirmAndStart();
    void onPhaseChanged(SmtpResetController::Phase phase);
    void onRowChanged(int row);
    void onProgress(int done, int total);
    void onFinished();
    void onFailed(const QString& message);
    void showPasswordOf(int row);
    void hideStates();
    void setRunning(bool running);

    RecoverySession* m_session;
    QPointer<SmtpResetController> m_controller;
    bool m_running = false;
    ResumeRow* m_resumeRow = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    SmtpLoginTable* m_table = nullptr;
    SmtpLoginModel* m_logins = nullptr;
    QLabel* m_unreadableLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    SecretRevealField* m_passwordField = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPushButton* m_copyButton = nullptr;
};
