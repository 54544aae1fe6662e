#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"

#include <QCoreApplication>
#include <QList>

// Account-wide settings worth a look after a compromise: subaccounts (an intruder may open
// one to send out of sight) and the IP allowlist (which computers may use keys and logins).
class AccountSettingFindings
{
    Q_DECLARE_TR_FUNCTIONS(AccountSettingFindings)

public:
    static QList<AccountFinding> find(const AccountInventory& inventory, const ReviewContext& context);
};
