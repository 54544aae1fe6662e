#pragma once

#include "FlatTableModel.h"
#include "recovery/UserStatus.h"

// The account's users, one row each, with where they stand on step 4 (a new password since
// the incident started) or step 5 (two-factor sign-in on). The last column is left for the
// view's per-user action (open the reset page, copy the how-to).
class UserStatusModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Passwords,
        TwoFactor
    };

    enum Column
    {
        PersonColumn,
        RoleColumn,
        StateColumn, // when the password changed / whether 2FA is on
        DoneColumn,
        ActionColumn,
        ColumnCount
    };

    explicit UserStatusModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // The same people in the same order (a refresh) update their rows in place, each changed
    // row with its own dataChanged; any other list replaces the rows.
    void setUsers(const QList<UserStatus>& users);
    const UserStatus& status(int row) const { return m_users.at(row); }
    int rowOf(const QString& userId) const;
    // The user of `row` has done this step.
    bool isDone(int row) const;

    static QString roleText(const AccountUser& user);
    // The name, or the address when the account has no name for the person.
    static QString displayName(const AccountUser& user);

private:
    qsizetype rows() const override;
    QVariant cellData(int row, int column, int role) const override;
    QVariant columnTitle(int column) const override;
    QVariant columnToolTip(int column) const override;
    QString cellText(int row, int column) const;
    bool isDone(const UserStatus& status) const;

    Kind m_kind;
    QList<UserStatus> m_users;
};
