#include "investigate/SubaccountHoldingsText.h"

using namespace Qt::StringLiterals;

namespace {

QString inRegion(const QString& what, Region region)
{
    return u"%1 (%2)"_s.arg(what, regionId(region).toUpper());
}

QString listOrNone(const QStringList& items)
{
    return items.join(u", "_s);
}

} // namespace

QStringList SubaccountHoldingsText::describe(const SubaccountHoldings& holdings)
{
    QStringList sentences;
    // What could not be listed, by why.
    QStringList failed;
    QStringList notItsOwn;
    QStringList unconfirmed;
    const auto unlisted = [&](SubaccountListState state, const QString& what) {
        if (state == SubaccountListState::Failed)
            failed.append(what);
        else if (state == SubaccountListState::NotItsOwn)
            notItsOwn.append(what);
        else if (state == SubaccountListState::Unconfirmed || state == SubaccountListState::NotRead)
            unconfirmed.append(what);
    };

    if (holdings.keys.listed()) {
        QStringList keys;
        for (const KeyInfo& key : holdings.keys.items)
            keys.append(key.description.isEmpty() ? key.id
                                                  : u"\u201c%1\u201d (%2)"_s.arg(key.description, key.id));
        sentences.append(
            keys.isEmpty()
                ? tr("It has no API keys.")
                : tr("It has %n API key(s): %1.", nullptr, int(keys.size())).arg(listOrNone(keys)));
    } else {
        unlisted(holdings.keys.state, tr("its API keys"));
    }

    QStringList domains;
    QStringList logins;
    QStringList routes;
    QStringList webhooks;
    bool domainsListed = true;
    bool routesListed = true;
    bool webhooksListed = true;
    for (Region region : allRegions) {
        const SubaccountRegionHoldings& held = holdings.region(region);
        const QString regionName = regionDisplayName(region);
        QStringList names;
        if (held.domains.listed()) {
            for (const Domain& domain : held.domains.items)
                names.append(domain.name);
        } else {
            domainsListed = false;
            unlisted(held.domains.state, tr("its domains in the %1").arg(regionName));
        }
        for (auto it = held.credentials.cbegin(); it != held.credentials.cend(); ++it) {
            if (!names.contains(it.key(), Qt::CaseInsensitive))
                names.append(it.key());
            if (it->listed()) {
                for (const SmtpCredential& login : it->items)
                    logins.append(inRegion(login.login, region));
            } else {
                unlisted(it->state, tr("the SMTP logins of %1").arg(it.key()));
            }
        }
        for (const QString& name : std::as_const(names))
            domains.append(inRegion(name, region));
        if (held.routes.listed()) {
            for (const Route& route : held.routes.items)
                routes.append(
                    inRegion(route.expression + u" \u2192 "_s + route.actions.join(u", "_s), region));
        } else {
            routesListed = false;
            unlisted(held.routes.state, tr("its routes in the %1").arg(regionName));
        }
        for (auto it = held.webhooks.cbegin(); it != held.webhooks.cend(); ++it) {
            for (const QString& url : it->allUrls())
                webhooks.append(inRegion(url, region));
        }
        for (const QString& domain : held.webhooksUnread)
            failed.append(tr("the webhooks of %1").arg(domain));
        if (held.accountWebhooks.listed()) {
            for (const AccountWebhook& hook : held.accountWebhooks.items)
                webhooks.append(inRegion(hook.url, region));
        } else {
            webhooksListed = false;
            unlisted(held.accountWebhooks.state, tr("its account webhooks in the %1").arg(regionName));
        }
    }
    if (!domains.isEmpty())
        sentences.append(tr("Its domains: %1.").arg(listOrNone(domains)));
    else if (domainsListed)
        sentences.append(tr("It has no domains."));
    if (!logins.isEmpty())
        sentences.append(tr("Its SMTP logins: %1.").arg(listOrNone(logins)));
    if (!routes.isEmpty())
        sentences.append(tr("Its routes: %1.").arg(listOrNone(routes)));
    else if (routesListed)
        sentences.append(tr("It has no routes."));
    if (!webhooks.isEmpty())
        sentences.append(tr("Its webhooks send events to: %1.").arg(listOrNone(webhooks)));
    else if (webhooksListed)
        sentences.append(tr("It has no webhooks."));

    if (!failed.isEmpty())
        //: %1 lists what could not be read, e.g. "its API keys, its routes in the US region".
        sentences.append(tr("The program could not list these for this subaccount, because Mailgun refused "
                            "or did not answer: %1.")
                             .arg(listOrNone(failed)));
    if (!notItsOwn.isEmpty())
        //: %1 lists what could not be read, e.g. "its API keys, its routes in the US region".
        sentences.append(tr("The program could not list these for this subaccount, because Mailgun's answer "
                            "was not the subaccount's own: %1.")
                             .arg(listOrNone(notItsOwn)));
    if (!unconfirmed.isEmpty())
        //: %1 lists what could not be read, e.g. "its API keys, its routes in the US region".
        sentences.append(tr("The program could not list these for this subaccount, because Mailgun's answer "
                            "was empty, like your main account's, and proves nothing: %1.")
                             .arg(listOrNone(unconfirmed)));
    return sentences;
}
