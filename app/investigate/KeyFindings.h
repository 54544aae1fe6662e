#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"

#include <QCoreApplication>
#include <QList>

// API keys an intruder may have made, judged by what the requestor cannot forge: the creation
// time against the incident start, the role and the description. The requestor and user name
// are shown as what they are, claims ("recorded as ..."), or "no creator recorded" when both are
// null: whoever makes a key through the API can write any name there, and keys of unknown origin
// have none (docs/mailgun-behaviour.md, point 5). The key in use is marked; web keys (the Control
// Panel's own sign-in sessions) are reported as sessions, not as keys to delete.
class KeyFindings
{
    Q_DECLARE_TR_FUNCTIONS(KeyFindings)

public:
    static QList<AccountFinding> find(const AccountInventory& inventory, const ReviewContext& context);
    // True when `requestor` is the email of one of the account's users.
    static bool isKnownRequestor(const QString& requestor, const QList<AccountUser>& users);
    // "recorded as Sam Ortiz <sam@example.com>", "no creator recorded": never "made by".
    static QString creatorText(const KeyInfo& key);
};
