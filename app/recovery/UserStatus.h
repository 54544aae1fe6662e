#pragma once

#include "mailgun/api/AccountUser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Where one user of the account stands on steps 4 and 5, judged against the incident start:
// a password chosen before the intruder got in may be known to them, so only a change after
// the incident start counts. Built from what GET /v5/users returns; holds no secret.
struct UserStatus
{
    AccountUser user;
    bool passwordChanged = false; // password_updated_at is later than the incident start
    bool tfaActive = false;       // two-factor sign-in is switched on and set up
    bool tfaStartedOnly = false;  // switched on but never finished (tfa_enabled without tfa_active)

    static UserStatus from(const AccountUser& user, const QDateTime& incidentStart);
    static QList<UserStatus> fromUsers(const QList<AccountUser>& users, const QDateTime& incidentStart);

    // True only for a non-empty list: an empty answer proves nothing.
    static bool everyPasswordChanged(const QList<UserStatus>& users);
    static bool everyTfaActive(const QList<UserStatus>& users);
    static int passwordsLeft(const QList<UserStatus>& users);
    static int tfaLeft(const QList<UserStatus>& users);

    // One user as the "users-checked" journal entry records it (read by the report).
    QJsonObject toJournalJson() const;
};

// Mailgun's password reset email carries a link that works for 20 minutes. The program
// cannot see when Mailgun sent it, so it counts from when the admin opened the reset page.
namespace ResetLink {
inline constexpr int lifetimeSeconds = 20 * 60;
// Seconds left of the link's life; 0 once it has expired, and 0 for an invalid `openedAt`.
int secondsLeft(const QDateTime& openedAt, const QDateTime& now);
// "19:42": minutes and seconds, for the countdown.
QString clockText(int seconds);
} // namespace ResetLink
