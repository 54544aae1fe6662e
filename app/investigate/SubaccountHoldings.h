#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/AccountWebhook.h"
#include "mailgun/api/Domain.h"
#include "mailgun/api/DomainWebhooks.h"
#include "mailgun/api/KeyInfo.h"
#include "mailgun/api/Route.h"
#include "mailgun/api/SmtpCredential.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// How far one list read for a subaccount (through X-Mailgun-On-Behalf-Of) can be believed.
// Nothing public says which endpoints honour that header (docs/mailgun-behaviour.md, point 6),
// so an answer only counts when it cannot be the parent account's own.
enum class SubaccountListState
{
    NotRead,     // not asked (the account's own list was not read either)
    Listed,      // the subaccount's: trusted, even when empty
    Failed,      // Mailgun refused or did not answer
    NotItsOwn,   // the answer holds the parent's items, or not the domains Mailgun lists for it
    Unconfirmed, // empty, like the parent's: nothing shows the header was honoured
};

// A list read for a subaccount and how far it can be believed.
template <class T>
struct SubaccountList
{
    QList<T> items;
    SubaccountListState state = SubaccountListState::NotRead;

    bool listed() const { return state == SubaccountListState::Listed; }
};

// What one region of a subaccount holds, as far as it could be listed.
struct SubaccountRegionHoldings
{
    SubaccountList<Domain> domains;
    SubaccountList<Route> routes;
    SubaccountList<AccountWebhook> accountWebhooks;
    // By domain name: the domains the subaccount is known to hold (see SubaccountCheck).
    QHash<QString, SubaccountList<SmtpCredential>> credentials;
    QHash<QString, DomainWebhooks> webhooks;
    QStringList webhooksUnread; // domains whose webhooks could not be read
};

// What one subaccount holds: its keys (global) and, per region, its domains with their SMTP
// logins and webhooks, its routes and account webhooks.
struct SubaccountHoldings
{
    QString subaccountId;
    SubaccountList<KeyInfo> keys;
    SubaccountRegionHoldings us;
    SubaccountRegionHoldings eu;

    SubaccountRegionHoldings& region(Region region) { return region == Region::Eu ? eu : us; }
    const SubaccountRegionHoldings& region(Region region) const { return region == Region::Eu ? eu : us; }
};

// The checks that decide whether an answer is the subaccount's own.
namespace SubaccountCheck {
// `answer` holds the ids of what came back for the subaccount, `parent` those of the
// account's own answer to the same request (`parentRead` false when it has none).
SubaccountListState judge(const QStringList& answer, const QStringList& parent, bool parentRead);
// The same for domains, with what /v4/domains?include_subaccounts=true says the subaccount
// holds (`expected`, names; `expectedRead` false when that list could not be read).
SubaccountListState judgeDomains(const QStringList& answer, const QStringList& parent, bool parentRead,
                                 const QStringList& expected, bool expectedRead);
} // namespace SubaccountCheck
