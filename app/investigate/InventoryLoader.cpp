#include "investigate/InventoryLoader.h"

#include "investigate/SubaccountInventoryLoader.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/CredentialsApi.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/IpAllowlistApi.h"
#include "mailgun/api/KeysApi.h"
#include "mailgun/api/RoutesApi.h"
#include "mailgun/api/SubaccountsApi.h"
#include "mailgun/api/UsersApi.h"
#include "mailgun/api/WebhooksApi.h"

#include <QCoreApplication>

InventoryLoader::InventoryLoader(MailgunClient* client, AccountInventory* inventory, ReviewProblems* problems,
                                 QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_inventory(inventory)
    , m_problems(problems)
{}

int InventoryLoader::initialSteps()
{
    return 4 + 3 * int(allRegions.size());
}

void InventoryLoader::start(std::function<void(int)> planned, std::function<void()> stepDone,
                            std::function<void()> finished)
{
    m_planned = std::move(planned);
    m_stepDone = std::move(stepDone);
    m_finished = std::move(finished);
    m_pending = 0;
    delete m_subaccountsLoader;
    m_subaccountsLoader = nullptr;
    // Held open until every request is out, so an early answer cannot finish the load.
    ++m_pending;
    loadGlobal();
    for (Region region : allRegions)
        loadRegion(region);
    answered();
}

void InventoryLoader::begin(int steps)
{
    m_pending += steps;
}

void InventoryLoader::answered()
{
    if (--m_pending > 0)
        return;
    if (!m_subaccountsLoader && !m_inventory->subaccounts.isEmpty()) {
        // The subaccounts' answers are judged against the account's own, so they come last.
        ++m_pending;
        m_subaccountsLoader = new SubaccountInventoryLoader(m_client, m_inventory, this);
        m_subaccountsLoader->start(m_planned, m_stepDone, [this] { answered(); });
        return;
    }
    if (m_finished)
        m_finished();
}

void InventoryLoader::loadGlobal()
{
    const auto step = [this] {
        if (m_stepDone)
            m_stepDone();
        answered();
    };
    begin(4);
    KeysApi(*m_client).list({}, {}, this, [this, step](ApiResult<QList<KeyInfo>> result) {
        if (result.ok()) {
            m_inventory->keys = result.value;
            m_inventory->keysRead = true;
            m_problems->succeeded();
        } else {
            m_problems->add(QCoreApplication::translate("AccountReview", "the list of API keys"),
                            result.error);
        }
        step();
    });
    UsersApi(*m_client).list(this, [this, step](ApiResult<QList<AccountUser>> result) {
        if (result.ok()) {
            m_inventory->users = result.value;
            m_inventory->usersRead = true;
            m_problems->succeeded();
        } else {
            m_problems->add(QCoreApplication::translate("AccountReview", "the list of the account's users"),
                            result.error);
        }
        step();
    });
    SubaccountsApi(*m_client).list(this, [this, step](ApiResult<QList<Subaccount>> result) {
        if (result.ok()) {
            m_inventory->subaccounts = result.value;
            m_inventory->subaccountsRead = true;
            m_problems->succeeded();
        } else {
            m_problems->add(QCoreApplication::translate("AccountReview", "the list of subaccounts"),
                            result.error);
        }
        step();
    });
    IpAllowlistApi(*m_client).list(this, [this, step](ApiResult<QList<IpAllowlistEntry>> result) {
        if (result.ok()) {
            m_inventory->allowlist = result.value;
            m_inventory->allowlistRead = true;
            m_problems->succeeded();
        } else {
            m_problems->add(QCoreApplication::translate("AccountReview", "the IP allowlist"), result.error);
        }
        step();
    });
}

void InventoryLoader::loadRegion(Region region)
{
    const auto step = [this] {
        if (m_stepDone)
            m_stepDone();
        answered();
    };
    begin(3);
    DomainsApi(*m_client).list(region, {}, this, [this, region, step](ApiResult<QList<Domain>> result) {
        RegionInventory& inventory = m_inventory->region(region);
        if (result.ok()) {
            inventory.domains = result.value;
            inventory.domainsRead = true;
            m_problems->succeeded();
            if (m_planned)
                m_planned(2 * int(inventory.domains.size()));
            for (const Domain& domain : std::as_const(inventory.domains))
                loadDomain(region, domain.name);
        } else {
            m_problems->add(QCoreApplication::translate("AccountReview", "the list of domains in the %1")
                                .arg(regionDisplayName(region)),
                            result.error);
        }
        step();
    });
    RoutesApi(*m_client).list(region, this, [this, region, step](ApiResult<QList<Route>> result) {
        RegionInventory& inventory = m_inventory->region(region);
        if (result.ok()) {
            inventory.routes = result.value;
            inventory.routesRead = true;
            m_problems->succeeded();
        } else {
            m_problems->add(QCoreApplication::translate("AccountReview", "the routes in the %1")
                                .arg(regionDisplayName(region)),
                            result.error);
        }
        step();
    });
    WebhooksApi(*m_client).listAccount(
        region, this, [this, region, step](ApiResult<QList<AccountWebhook>> result) {
            RegionInventory& inventory = m_inventory->region(region);
            if (result.ok()) {
                inventory.accountWebhooks = result.value;
                inventory.accountWebhooksRead = true;
                m_problems->succeeded();
            } else {
                m_problems->add(
                    QCoreApplication::translate("AccountReview", "the account-wide webhooks in the %1")
                        .arg(regionDisplayName(region)),
                    result.error);
            }
            step();
        });
}

void InventoryLoader::loadDomain(Region region, const QString& domain)
{
    const auto step = [this] {
        if (m_stepDone)
            m_stepDone();
        answered();
    };
    begin(2);
    CredentialsApi(*m_client).list(
        region, domain, this, [this, region, domain, step](ApiResult<QList<SmtpCredential>> result) {
            if (result.ok()) {
                m_inventory->region(region).credentials.insert(domain, result.value);
                m_problems->succeeded();
            } else {
                m_problems->add(QCoreApplication::translate("AccountReview", "the SMTP logins of %1 (%2)")
                                    .arg(domain, regionId(region).toUpper()),
                                result.error);
            }
            step();
        });
    WebhooksApi(*m_client).listDomain(
        region, domain, this, [this, region, domain, step](ApiResult<DomainWebhooks> result) {
            if (result.ok()) {
                m_inventory->region(region).webhooks.insert(domain, result.value);
                m_problems->succeeded();
            } else {
                m_problems->add(QCoreApplication::translate("AccountReview", "the webhooks of %1 (%2)")
                                    .arg(domain, regionId(region).toUpper()),
                                result.error);
            }
            step();
        });
}
