#pragma once

#include "models/UserStatusModel.h"

#include <QDateTime>
#include <QHash>
#include <QTableView>

class QPushButton;
class ResetLinkCountdown;

// The account's users (UserStatusModel), one row each, with where they stand on step 4 (new
// password) or step 5 (two-factor sign-in), and in the last column one button per user who
// still has to act: open the reset page (with the link's countdown) or copy the 2FA
// instructions; in practice mode, the practice stand-in. Tab goes from the table to these
// buttons, in the order of the rows.
class UserStatusTable : public QTableView
{
    Q_OBJECT

public:
    using Kind = UserStatusModel::Kind;
    using enum UserStatusModel::Column;

    UserStatusTable(Kind kind, bool practice, QWidget* parent = nullptr);

    void setUsers(const QList<UserStatus>& users);
    // Shows the countdown of the reset link opened for the user at `openedAt`.
    void setResetLinkOpenedAt(const QString& userId, const QDateTime& openedAt);
    ResetLinkCountdown* countdown(const QString& userId) const { return m_countdowns.value(userId); }
    QPushButton* actionButton(const QString& userId) const { return m_buttons.value(userId); }
    int rowOf(const QString& userId) const { return m_users->rowOf(userId); }
    // How many users are listed.
    int rowCount() const { return m_users->rowCount(); }
    UserStatusModel* users() const { return m_users; }
    // Practice mode changes what the action buttons do; applies from the next setUsers().
    void setPractice(bool practice) { m_practice = practice; }

Q_SIGNALS:
    void actionClicked(const QString& userId);

private:
    void rebuildActionCells(int firstRow, int lastRow);
    void forgetActionCell(const QString& userId);
    QWidget* makeActionCell(int row);
    QPushButton* makeActionButton(const AccountUser& user, QWidget* parent);
    void orderTabs();
    void fitActionColumn();
    static constexpr int maximumRowsHeight = 200;

    UserStatusModel* m_users;
    bool m_practice;
    QHash<QString, QPushButton*> m_buttons;
    QHash<QString, ResetLinkCountdown*> m_countdowns;
    QHash<QString, QDateTime> m_openedAt;
};
