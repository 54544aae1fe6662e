#include "investigate/SubaccountInventoryLoader.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/SubaccountClients.h"
#include "mailgun/api/CredentialsApi.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/KeysApi.h"
#include "mailgun/api/RoutesApi.h"
#include "mailgun/api/WebhooksApi.h"

using namespace Qt::StringLiterals;

namespace {

template <class T, class Id>
QStringList idsOf(const QList<T>& items, Id id)
{
    QStringList ids;
    for (const T& item : items)
        ids.append(id(item));
    return ids;
}

QString keyId(const KeyInfo& key)
{
    return key.id;
}

QString domainName(const Domain& domain)
{
    return domain.name;
}

QString routeId(const Route& route)
{
    return route.id;
}

QString webhookId(const AccountWebhook& hook)
{
    return hook.id.isEmpty() ? hook.url : hook.id;
}

} // namespace

SubaccountInventoryLoader::SubaccountInventoryLoader(MailgunClient* client, AccountInventory* inventory,
                                                     QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clients(new SubaccountClients(client, this))
    , m_inventory(inventory)
{}

void SubaccountInventoryLoader::start(std::function<void(int)> planned, std::function<void()> stepDone,
                                      std::function<void()> finished)
{
    m_planned = std::move(planned);
    m_stepDone = std::move(stepDone);
    m_finished = std::move(finished);
    m_inventory->subaccountHoldings.clear();
    for (const Subaccount& sub : std::as_const(m_inventory->subaccounts)) {
        if (sub.status == u"closed"_s) // its keys, domains and history are gone
            continue;
        SubaccountHoldings holdings;
        holdings.subaccountId = sub.id;
        m_inventory->subaccountHoldings.append(holdings);
    }
    // Held open until every request is out, so an early answer cannot finish the load.
    m_pending = 1;
    if (!m_inventory->subaccountHoldings.isEmpty()) {
        // First what the account says each subaccount holds: the subaccounts' own answers are
        // judged against it.
        m_expectedPending = int(allRegions.size());
        begin(m_expectedPending);
        for (Region region : allRegions) {
            DomainFilter filter;
            filter.includeSubaccounts = true;
            DomainsApi(*m_client).list(region, filter, this, [this, region](ApiResult<QList<Domain>> result) {
                if (result.ok()) {
                    m_expectedRead.insert(int(region));
                    QHash<QString, QStringList>& expected = m_expectedDomains[int(region)];
                    for (const Domain& domain : std::as_const(result.value)) {
                        if (!domain.subaccountId.isEmpty())
                            expected[domain.subaccountId].append(domain.name);
                    }
                }
                if (--m_expectedPending == 0) {
                    for (int index = 0; index < m_inventory->subaccountHoldings.size(); ++index)
                        loadSubaccount(index);
                }
                answered();
            });
        }
    }
    release();
}

void SubaccountInventoryLoader::begin(int steps)
{
    m_pending += steps;
    if (m_planned)
        m_planned(steps);
}

void SubaccountInventoryLoader::answered()
{
    if (m_stepDone)
        m_stepDone();
    release();
}

void SubaccountInventoryLoader::release()
{
    if (--m_pending == 0 && m_finished)
        m_finished();
}

void SubaccountInventoryLoader::loadSubaccount(int index)
{
    MailgunClient* client = m_clients->client(holdings(index).subaccountId);
    if (!client) {
        // An id that cannot go into the header: every list stays "failed".
        holdings(index).keys.state = SubaccountListState::Failed;
        for (Region region : allRegions) {
            SubaccountRegionHoldings& inRegion = holdings(index).region(region);
            inRegion.domains.state = SubaccountListState::Failed;
            inRegion.routes.state = SubaccountListState::Failed;
            inRegion.accountWebhooks.state = SubaccountListState::Failed;
        }
        return;
    }
    begin(1);
    KeysApi(*client).list({}, {}, this, [this, index](ApiResult<QList<KeyInfo>> result) {
        SubaccountList<KeyInfo>& keys = holdings(index).keys;
        keys.items = result.value;
        keys.state = result.ok()
                         ? SubaccountCheck::judge(idsOf(result.value, keyId), idsOf(m_inventory->keys, keyId),
                                                  m_inventory->keysRead)
                         : SubaccountListState::Failed;
        answered();
    });
    for (Region region : allRegions)
        loadRegion(index, region);
}

void SubaccountInventoryLoader::loadRegion(int index, Region region)
{
    MailgunClient* client = m_clients->client(holdings(index).subaccountId);
    begin(3);
    loadDomains(index, region);
    RoutesApi(*client).list(region, this, [this, index, region](ApiResult<QList<Route>> result) {
        const RegionInventory& parent = m_inventory->region(region);
        SubaccountList<Route>& routes = holdings(index).region(region).routes;
        routes.items = result.value;
        routes.state = result.ok() ? SubaccountCheck::judge(idsOf(result.value, routeId),
                                                            idsOf(parent.routes, routeId), parent.routesRead)
                                   : SubaccountListState::Failed;
        answered();
    });
    WebhooksApi(*client).listAccount(
        region, this, [this, index, region](ApiResult<QList<AccountWebhook>> result) {
            const RegionInventory& parent = m_inventory->region(region);
            SubaccountList<AccountWebhook>& hooks = holdings(index).region(region).accountWebhooks;
            hooks.items = result.value;
            hooks.state = result.ok() ? SubaccountCheck::judge(idsOf(result.value, webhookId),
                                                               idsOf(parent.accountWebhooks, webhookId),
                                                               parent.accountWebhooksRead)
                                      : SubaccountListState::Failed;
            answered();
        });
}

void SubaccountInventoryLoader::loadDomains(int index, Region region)
{
    MailgunClient* client = m_clients->client(holdings(index).subaccountId);
    DomainsApi(*client).list(region, {}, this, [this, index, region](ApiResult<QList<Domain>> result) {
        const RegionInventory& parent = m_inventory->region(region);
        const QString id = holdings(index).subaccountId;
        const bool expectedRead = m_expectedRead.contains(int(region));
        const QStringList expected = m_expectedDomains.value(int(region)).value(id);
        SubaccountList<Domain>& domains = holdings(index).region(region).domains;
        domains.items = result.value;
        domains.state = result.ok()
                            ? SubaccountCheck::judgeDomains(idsOf(result.value, domainName),
                                                            idsOf(parent.domains, domainName),
                                                            parent.domainsRead, expected, expectedRead)
                            : SubaccountListState::Failed;
        // The domains it is known to hold: the account's word when it could be read, else
        // the subaccount's own answer when it could be believed.
        QStringList known = expected;
        if (!expectedRead && domains.listed())
            known = idsOf(result.value, domainName);
        for (const QString& domain : std::as_const(known))
            loadDomain(index, region, domain);
        answered();
    });
}

void SubaccountInventoryLoader::loadDomain(int index, Region region, const QString& domain)
{
    MailgunClient* client = m_clients->client(holdings(index).subaccountId);
    begin(2);
    // The domain is not the parent's, so an answer for it can only be the subaccount's.
    CredentialsApi(*client).list(
        region, domain, this, [this, index, region, domain](ApiResult<QList<SmtpCredential>> result) {
            SubaccountList<SmtpCredential>& logins = holdings(index).region(region).credentials[domain];
            logins.items = result.value;
            logins.state = result.ok() ? SubaccountListState::Listed : SubaccountListState::Failed;
            answered();
        });
    WebhooksApi(*client).listDomain(region, domain, this,
                                    [this, index, region, domain](ApiResult<DomainWebhooks> result) {
                                        SubaccountRegionHoldings& inRegion = holdings(index).region(region);
                                        if (result.ok())
                                            inRegion.webhooks.insert(domain, result.value);
                                        else
                                            inRegion.webhooksUnread.append(domain);
                                        answered();
                                    });
}
