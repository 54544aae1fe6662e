#pragma once

#include "mailgun/Region.h"

#include <QDateTime>
#include <QString>

// What the Connect check learned about the account, shown to the user as proof that the
// program talks to the right account.
struct AccountSummary
{
    int domainsUs = 0;
    int domainsEu = 0;
    int keys = -1;        // -1: the key may not list keys
    int users = -1;       // -1: the key may not list users
    QString keyInUseId;   // the id of the pasted key in the Keys API, empty if not found
    QString keyInUseRole; // "admin", "developer", ...
    // The pasted key is an older one ("key-" and 32 characters): Mailgun lists it under an ID
    // unrelated to the key (docs/mailgun-behaviour.md, point 3), so keyInUseId stays empty.
    bool keyInUseIsOlder = false;
    QDateTime checkedAt;

    int domains(Region region) const { return region == Region::Eu ? domainsEu : domainsUs; }
    // Why the key in use has no ID, in one plain sentence; empty when it has one or when the
    // key may not list keys.
    QString unmatchedKeyInUse() const;
};
