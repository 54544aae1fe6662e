#pragma once

#include "investigate/SubaccountHoldings.h"

#include <QCoreApplication>
#include <QStringList>

// What a subaccount holds, in plain sentences for the admin: its keys, domains, SMTP logins,
// routes and webhooks, then every list that could not be listed for it and why. A list that
// could not be believed is named as such, never shown as empty.
class SubaccountHoldingsText
{
    Q_DECLARE_TR_FUNCTIONS(SubaccountHoldingsText)

public:
    static QStringList describe(const SubaccountHoldings& holdings);
};
