#include "UserStatusModel.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"
#include "mailgun/UntrustedText.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// What a row shows; a refresh that changes none of it leaves the row alone.
bool sameRow(const UserStatus& a, const UserStatus& b)
{
    return a.user.id == b.user.id && a.user.name == b.user.name && a.user.email == b.user.email &&
           a.user.role == b.user.role && a.user.isMaster == b.user.isMaster &&
           a.user.passwordUpdatedAt == b.user.passwordUpdatedAt && a.passwordChanged == b.passwordChanged &&
           a.tfaActive == b.tfaActive && a.tfaStartedOnly == b.tfaStartedOnly;
}

} // namespace

UserStatusModel::UserStatusModel(Kind kind, QObject* parent)
    : FlatTableModel(ColumnCount, parent)
    , m_kind(kind)
{}

qsizetype UserStatusModel::rows() const
{
    return m_users.size();
}

QString UserStatusModel::roleText(const AccountUser& user)
{
    // Mailgun's names for the roles in its Control Panel; an unknown role as Mailgun names it.
    static const QHash<QString, const char*> roleNames{
        //: Mailgun's role name, as its Control Panel shows it in English: keep it in English.
        {u"admin"_s, QT_TRANSLATE_NOOP("UserStatusModel", "Admin")},
        //: Mailgun's role name, as its Control Panel shows it in English: keep it in English.
        {u"developer"_s, QT_TRANSLATE_NOOP("UserStatusModel", "Developer")},
        //: Mailgun's role name, as its Control Panel shows it in English: keep it in English.
        {u"basic"_s, QT_TRANSLATE_NOOP("UserStatusModel", "Analyst")},
        //: Mailgun's role name, as its Control Panel shows it in English: keep it in English.
        {u"support"_s, QT_TRANSLATE_NOOP("UserStatusModel", "Support")},
        //: Mailgun's role name, as its Control Panel shows it in English: keep it in English.
        {u"billing"_s, QT_TRANSLATE_NOOP("UserStatusModel", "Billing")},
    };
    const char* name = roleNames.value(user.role);
    const QString role = name ? tr(name) : user.role;
    return user.isMaster ? tr("%1, owner").arg(role) : role;
}

QString UserStatusModel::displayName(const AccountUser& user)
{
    return user.name.isEmpty() ? user.email : user.name;
}

bool UserStatusModel::isDone(const UserStatus& status) const
{
    return m_kind == Kind::Passwords ? status.passwordChanged : status.tfaActive;
}

bool UserStatusModel::isDone(int row) const
{
    return row >= 0 && row < m_users.size() && isDone(m_users.at(row));
}

int UserStatusModel::rowOf(const QString& userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).user.id == userId)
            return row;
    }
    return -1;
}

QString UserStatusModel::cellText(int row, int column) const
{
    const UserStatus& status = m_users.at(row);
    const AccountUser& user = status.user;
    switch (column) {
    case PersonColumn:
        // Two lines, name and address; a line break inside either cannot forge a third.
        return UntrustedText::oneLine(displayName(user)) + u'\n' + UntrustedText::oneLine(user.email);
    case RoleColumn:
        return roleText(user);
    case StateColumn:
        if (m_kind == Kind::Passwords) {
            return user.passwordUpdatedAt.isValid()
                       ? QLocale().toString(user.passwordUpdatedAt.toLocalTime().date(), QLocale::ShortFormat)
                       : tr("Never");
        }
        return status.tfaActive ? tr("On") : status.tfaStartedOnly ? tr("Not finished") : tr("Off");
    case DoneColumn:
        return isDone(status) ? tr("Done") : tr("To do");
    default:
        return {};
    }
}

QVariant UserStatusModel::cellData(int row, int column, int role) const
{
    const UserStatus& status = m_users.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return column == ActionColumn ? QVariant() : QVariant(cellText(row, column));
    case Qt::ToolTipRole:
        if (column == PersonColumn)
            return plainToolTip(cellText(row, column));
        if (column == StateColumn && m_kind == Kind::TwoFactor && status.tfaStartedOnly)
            return tr("Turned on, but the code from the phone app was never confirmed.");
        return {};
    case ModelRoles::IdRole:
        return status.user.id;
    case ModelRoles::SortRole:
        if (column == StateColumn && m_kind == Kind::Passwords)
            return status.user.passwordUpdatedAt.isValid() ? status.user.passwordUpdatedAt.toMSecsSinceEpoch()
                                                           : qint64(-1);
        if (column == StateColumn)
            return status.tfaActive ? 2 : status.tfaStartedOnly ? 1 : 0;
        if (column == DoneColumn)
            return isDone(status) ? 1 : 0;
        return cellText(row, column);
    case ModelRoles::DoneRole:
        return column == DoneColumn ? QVariant(isDone(status)) : QVariant();
    case ModelRoles::LinesRole:
        return column == PersonColumn ? QVariant(true) : QVariant();
    default:
        return {};
    }
}

QVariant UserStatusModel::columnToolTip(int column) const
{
    if (column != StateColumn)
        return {};
    return m_kind == Kind::Passwords ? tr("When the password was last changed")
                                     : tr("Whether two-factor sign-in is on");
}

QVariant UserStatusModel::columnTitle(int column) const
{
    const bool passwords = m_kind == Kind::Passwords;
    switch (column) {
    case PersonColumn:
        return tr("Person");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return passwords ? tr("Last change") : tr("Two-factor");
    case DoneColumn:
        return tr("Status");
    case ActionColumn:
        return passwords ? tr("Reset link") : tr("What to do");
    default:
        return {};
    }
}

void UserStatusModel::setUsers(const QList<UserStatus>& users)
{
    const bool samePeople =
        users.size() == m_users.size() &&
        std::equal(users.cbegin(), users.cend(), m_users.cbegin(),
                   [](const UserStatus& a, const UserStatus& b) { return a.user.id == b.user.id; });
    if (!samePeople) {
        beginResetModel();
        m_users = users;
        endResetModel();
        return;
    }
    for (int row = 0; row < users.size(); ++row) {
        if (sameRow(users.at(row), m_users.at(row)))
            continue;
        m_users[row] = users.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}
