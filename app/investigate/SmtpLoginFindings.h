#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"

#include <QCoreApplication>
#include <QList>

// SMTP logins created after the incident started: an intruder with an admin key can add
// one to send mail through Mailgun's mail servers, and it survives a key change.
class SmtpLoginFindings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpLoginFindings)

public:
    static QList<AccountFinding> find(const AccountInventory& inventory, const ReviewContext& context);
};
