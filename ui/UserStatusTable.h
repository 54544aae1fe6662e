#pragma once

#include "recovery/UserStatus.h"

#include <QHash>
#include <QTableWidget>

class QPushButton;
class ResetLinkCountdown;

// The account's users, one row each, with where they stand on step 4 (new password) or
// step 5 (two-factor sign-in), and one action per user: open the reset page (with the
// link's countdown) or copy the 2FA instructions; in practice mode, the practice stand-in.
class UserStatusTable : public QTableWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Passwords,
        TwoFactor
    };

    UserStatusTable(Kind kind, bool practice, QWidget* parent = nullptr);

    void setUsers(const QList<UserStatus>& users);
    // Shows the countdown of the reset link opened for the user at `openedAt`.
    void setResetLinkOpenedAt(const QString& userId, const QDateTime& openedAt);
    ResetLinkCountdown* countdown(const QString& userId) const { return m_countdowns.value(userId); }
    QPushButton* actionButton(const QString& userId) const { return m_buttons.value(userId); }
    int rowOf(const QString& userId) const;
    static QString roleText(const AccountUser& user);
    // Practice mode changes what the action buttons do; applies from the next setUsers().
    void setPractice(bool practice) { m_practice = practice; }

Q_SIGNALS:
    void actionClicked(const QString& userId);

private:
    enum Column
    {
        PersonColumn,
        RoleColumn,
        StateColumn, // when the password changed / whether 2FA is on
        DoneColumn,
        ActionColumn,
        ColumnCount
    };

    void fillRow(int row, const UserStatus& status);
    void fitHeightToRows();
    static constexpr int maximumRowsHeight = 200;
    QWidget* makeActionCell(const UserStatus& status);
    bool isDone(const UserStatus& status) const;

    Kind m_kind;
    bool m_practice;
    QHash<QString, QPushButton*> m_buttons;
    QHash<QString, ResetLinkCountdown*> m_countdowns;
    QHash<QString, QDateTime> m_openedAt;
};
