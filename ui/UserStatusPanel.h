#pragma once

#include "UserStatusTable.h"
#include "recovery/UserStatusController.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class RecoverySession;

// The automatic area of steps 4 and 5: the account's users and where each one stands, read
// again with Refresh. When the list proves a step's items (every password changed after the
// incident start, every user with 2FA active) they are ticked in the checklist below.
class UserStatusPanel : public QWidget
{
    Q_OBJECT

public:
    using Kind = UserStatusTable::Kind;

    UserStatusPanel(Kind kind, RecoverySession* session, QWidget* parent = nullptr);

    // Called when the page is entered: a controller for the current account, and a refresh.
    void reset();
    void refresh();
    UserStatusController* controller() const { return m_controller; }
    UserStatusTable* table() const { return m_table; }

private:
    void onRefreshed();
    void onFailed(const QString& message);
    void onActionClicked(const QString& userId);
    void openResetPage(const QString& userId);
    void copyTwoFactorHowTo(const QString& userId);
    void updateSummary();
    void rebuildTable();
    bool practice() const;

    Kind m_kind;
    RecoverySession* m_session;
    QPointer<UserStatusController> m_controller;
    UserStatusTable* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
};
