#include "recovery/UserStatus.h"

#include "mailgun/api/MailgunDates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

UserStatus UserStatus::from(const AccountUser& user, const QDateTime& incidentStart)
{
    UserStatus status;
    status.user = user;
    status.passwordChanged =
        user.passwordUpdatedAt.isValid() && incidentStart.isValid() && user.passwordUpdatedAt > incidentStart;
    status.tfaActive = user.tfaActive;
    status.tfaStartedOnly = user.tfaEnabled && !user.tfaActive;
    return status;
}

QList<UserStatus> UserStatus::fromUsers(const QList<AccountUser>& users, const QDateTime& incidentStart)
{
    QList<UserStatus> statuses;
    statuses.reserve(users.size());
    for (const AccountUser& user : users)
        statuses.append(from(user, incidentStart));
    return statuses;
}

bool UserStatus::everyPasswordChanged(const QList<UserStatus>& users)
{
    return !users.isEmpty() && passwordsLeft(users) == 0;
}

bool UserStatus::everyTfaActive(const QList<UserStatus>& users)
{
    return !users.isEmpty() && tfaLeft(users) == 0;
}

int UserStatus::passwordsLeft(const QList<UserStatus>& users)
{
    return static_cast<int>(
        std::count_if(users.cbegin(), users.cend(), [](const UserStatus& s) { return !s.passwordChanged; }));
}

int UserStatus::tfaLeft(const QList<UserStatus>& users)
{
    return static_cast<int>(
        std::count_if(users.cbegin(), users.cend(), [](const UserStatus& s) { return !s.tfaActive; }));
}

QJsonObject UserStatus::toJournalJson() const
{
    return {
        {u"id"_s, user.id},
        {u"name"_s, user.name},
        {u"email"_s, user.email},
        {u"role"_s, user.role},
        {u"owner"_s, user.isMaster},
        {u"password_updated_at"_s, MailgunDates::toJson(user.passwordUpdatedAt)},
        {u"password_changed"_s, passwordChanged},
        {u"tfa_active"_s, tfaActive},
    };
}

int ResetLink::secondsLeft(const QDateTime& openedAt, const QDateTime& now)
{
    if (!openedAt.isValid())
        return 0;
    const qint64 left = lifetimeSeconds - openedAt.secsTo(now);
    return static_cast<int>(std::clamp<qint64>(left, 0, lifetimeSeconds));
}

QString ResetLink::clockText(int seconds)
{
    const int clamped = std::max(seconds, 0);
    return u"%1:%2"_s.arg(clamped / 60, 2, 10, QLatin1Char('0')).arg(clamped % 60, 2, 10, QLatin1Char('0'));
}
