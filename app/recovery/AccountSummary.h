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
    QDateTime checkedAt;

    int domains(Region region) const { return region == Region::Eu ? domainsEu : domainsUs; }
};
