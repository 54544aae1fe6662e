#pragma once

#include <QDateTime>
#include <QString>

class PracticeAccount;
struct PracticeUser;

// What the people of the practice account do by hand in the real Control Panel, which the
// API cannot do: choose a new password after a reset email, turn on two-factor sign-in.
// The practice wizard and the tests use these to walk steps 4 and 5 to the end.
namespace PracticeUserActions {

PracticeUser* findUser(PracticeAccount& account, const QString& userId);
// The user chose a new password at `at` (the account's own clock when invalid). False when
// there is no such user.
bool changePassword(PracticeAccount& account, const QString& userId, const QDateTime& at = {});
// The user switched on two-factor sign-in and finished setting it up (active), or only
// switched it on without scanning the code (`finished` false), or turned it off (`enabled`
// false). False when there is no such user.
bool setTwoFactor(PracticeAccount& account, const QString& userId, bool enabled, bool finished = true);

} // namespace PracticeUserActions
