#pragma once

#include <QDateTime>

class PracticeAccount;

// The practice account's keys that test "which key is which" (docs/mailgun-behaviour.md,
// points 3, 5 and 10), added to PracticeSeed's keys:
// - "legacy": an older "key-" + 32 hex key whose list entry has an unrelated 8-8 id;
// - "api-made": a key made through the API with no requestor and no user name, listed
//   without is_disabled (as the real list in TH #3870 is);
// - "forged": an attacker's admin key made through the API after the incident started, with
//   a real colleague's name and email written into user_name and email;
// - the webhook signing key: 32-8-8, like a key, but the tail of no listed key.
// The domain sending key ("sending") is PracticeSeed's. SMTP passwords stay
// PracticeAccount::newPassword()'s letters and digits, never 32-8-8 (point 10).
class PracticeSeedKeys
{
public:
    static void seed(PracticeAccount& account, const QDateTime& now);
};
