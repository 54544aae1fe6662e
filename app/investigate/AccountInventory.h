#pragma once

#include "investigate/SubaccountHoldings.h"
#include "mailgun/Region.h"
#include "mailgun/api/AccountUser.h"
#include "mailgun/api/AccountWebhook.h"
#include "mailgun/api/Domain.h"
#include "mailgun/api/DomainWebhooks.h"
#include "mailgun/api/IpAllowlistEntry.h"
#include "mailgun/api/KeyInfo.h"
#include "mailgun/api/Route.h"
#include "mailgun/api/SmtpCredential.h"
#include "mailgun/api/Subaccount.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What one region of the account holds, as far as the key could read it. The *Read flags
// tell "none" from "could not look".
struct RegionInventory
{
    QList<Domain> domains;
    QHash<QString, QList<SmtpCredential>> credentials; // by domain name; only domains that were read
    QHash<QString, DomainWebhooks> webhooks;           // by domain name; only domains that were read
    QList<Route> routes;
    QList<AccountWebhook> accountWebhooks;
    bool domainsRead = false;
    bool routesRead = false;
    bool accountWebhooksRead = false;
};

// Everything the account review reads before judging it.
struct AccountInventory
{
    QList<KeyInfo> keys;
    QList<AccountUser> users;
    QList<Subaccount> subaccounts;
    // What each subaccount holds, in the order of `subaccounts` (SubaccountInventoryLoader).
    QList<SubaccountHoldings> subaccountHoldings;
    QList<IpAllowlistEntry> allowlist;
    bool keysRead = false;
    bool usersRead = false;
    bool subaccountsRead = false;
    bool allowlistRead = false;
    RegionInventory us;
    RegionInventory eu;

    RegionInventory& region(Region region) { return region == Region::Eu ? eu : us; }
    const RegionInventory& region(Region region) const { return region == Region::Eu ? eu : us; }

    // The names of the account's own (non-sandbox) domains in both regions.
    QStringList ownDomainNames() const
    {
        QStringList names;
        for (const RegionInventory* inventory : {&us, &eu}) {
            for (const Domain& domain : inventory->domains) {
                if (domain.type != QStringLiteral("sandbox"))
                    names.append(domain.name);
            }
        }
        return names;
    }
    const SubaccountHoldings* holdingsOf(const QString& subaccountId) const
    {
        for (const SubaccountHoldings& holdings : subaccountHoldings) {
            if (holdings.subaccountId == subaccountId)
                return &holdings;
        }
        return nullptr;
    }
    const KeyInfo* findKey(const QString& id) const
    {
        for (const KeyInfo& key : keys) {
            if (key.id == id)
                return &key;
        }
        return nullptr;
    }
};

// What the findings are judged against.
struct ReviewContext
{
    QDateTime incidentStart; // "recent" means after this
    QDateTime now;
    QString inUseKeyId; // the key this program uses; empty when unknown

    bool isRecent(const QDateTime& createdAt) const
    {
        return createdAt.isValid() && incidentStart.isValid() && createdAt >= incidentStart;
    }
};
