#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"

#include <QCoreApplication>
#include <QList>

// API keys an intruder may have made: created after the incident started, or requested by
// someone who is not a user of the account. The key in use is marked; web keys (the Control
// Panel's own sign-in sessions) are reported as sessions, not as keys to delete.
class KeyFindings
{
    Q_DECLARE_TR_FUNCTIONS(KeyFindings)

public:
    static QList<AccountFinding> find(const AccountInventory& inventory, const ReviewContext& context);
    // True when `requestor` is the email of one of the account's users.
    static bool isKnownRequestor(const QString& requestor, const QList<AccountUser>& users);
};
