#include "investigate/ForwardingFindings.h"

#include "investigate/FindingText.h"
#include "investigate/RouteForwarding.h"
#include "investigate/WebhookHostCheck.h"

#include <QMap>

using namespace Qt::StringLiterals;

QList<AccountFinding> ForwardingFindings::find(const AccountInventory& inventory,
                                               const ReviewContext& context)
{
    const WebhookHostCheck own(inventory.ownDomainNames());
    return routes(inventory, context, own) + webhooks(inventory, context, own) + archives(inventory, own);
}

QList<AccountFinding> ForwardingFindings::routes(const AccountInventory& inventory,
                                                 const ReviewContext& context, const WebhookHostCheck& own)
{
    QList<AccountFinding> findings;
    const QString whatRouteIs = tr("A route is a rule that handles mail sent to your domains.");
    for (Region region : allRegions) {
        for (const Route& route : inventory.region(region).routes) {
            const RouteForwarding forwarding = RouteForwarding::of(route, own);
            if (!forwarding.catchAll && !forwarding.forwardsOutside())
                continue;
            const bool recent = context.isRecent(route.createdAt);
            AccountFinding finding;
            finding.region = region;
            finding.objectId = route.id;
            finding.createdAt = route.createdAt;
            const QString where = forwarding.outsideTargets.join(u", "_s);
            const QString described =
                route.description.isEmpty() ? route.id : u"\u201c"_s + route.description + u"\u201d"_s;
            if (forwarding.catchAll) {
                finding.kindId = u"catch-all-route"_s;
                if (forwarding.forwardsOutside()) {
                    finding.severity = recent ? u"critical"_s : u"high"_s;
                    finding.title = tr("A route copies all incoming mail to %1").arg(where);
                } else {
                    finding.severity = recent ? u"high"_s : u"medium"_s;
                    finding.title = tr("A route catches all mail sent to your domains");
                }
                finding.detail =
                    whatRouteIs + u' ' +
                    tr("The route %1 (%2) matches every address, created %3. Its actions: %4.")
                        .arg(described, route.expression, FindingText::age(route.createdAt, context.now),
                             route.actions.join(u", "_s));
            } else {
                finding.kindId = u"forwarding-route"_s;
                finding.severity = recent ? u"critical"_s : u"high"_s;
                finding.title = tr("A route forwards mail to %1, outside your domains").arg(where);
                finding.detail =
                    whatRouteIs + u' ' +
                    tr("The route %1 matches %2 and was created %3. Its actions: %4.")
                        .arg(described, route.expression, FindingText::age(route.createdAt, context.now),
                             route.actions.join(u", "_s));
            }
            if (recent)
                finding.detail += u' ' + tr("It was created after the incident started.");
            finding.advice = tr("Unless you set it up, delete this route in the Control Panel (Receiving, "
                                "Routes), and tell Mailgun support that mail may have been copied.");
            findings.append(finding);
        }
    }
    return findings;
}

QList<AccountFinding> ForwardingFindings::webhooks(const AccountInventory& inventory,
                                                   const ReviewContext& context, const WebhookHostCheck& own)
{
    QList<AccountFinding> findings;
    const QString whatWebhookIs =
        tr("A webhook makes Mailgun send details of your mail (who it went to, opens, bounces) to a web "
           "address.");
    for (Region region : allRegions) {
        const RegionInventory& data = inventory.region(region);
        for (const Domain& domain : data.domains) {
            const DomainWebhooks hooks = data.webhooks.value(domain.name);
            QMap<QString, QStringList> eventsByUrl; // one finding per outside URL of a domain
            for (auto it = hooks.urlsByEvent.cbegin(); it != hooks.urlsByEvent.cend(); ++it) {
                for (const QString& url : it.value()) {
                    if (!own.isOwn(url))
                        eventsByUrl[url].append(it.key());
                }
            }
            for (auto it = eventsByUrl.cbegin(); it != eventsByUrl.cend(); ++it) {
                AccountFinding finding;
                finding.kindId = u"unknown-webhook"_s;
                finding.severity = u"high"_s;
                finding.region = region;
                finding.objectId = it.key();
                finding.title = tr("A webhook of %1 sends mail events to an unknown web address, %2")
                                    .arg(domain.name, WebhookHostCheck::hostOf(it.key()));
                finding.detail = whatWebhookIs + u' ' +
                                 tr("This one sends the events %1 to %2, which is not under any of your "
                                    "domains.")
                                     .arg(it.value().join(u", "_s), it.key());
                finding.advice = tr("Unless you know this address, delete the webhook in the Control Panel "
                                    "(Sending, Webhooks, domain %1).")
                                     .arg(domain.name);
                findings.append(finding);
            }
        }
        for (const AccountWebhook& hook : data.accountWebhooks) {
            if (own.isOwn(hook.url))
                continue;
            const bool recent = context.isRecent(hook.createdAt);
            AccountFinding finding;
            finding.kindId = u"unknown-account-webhook"_s;
            finding.severity = recent ? u"critical"_s : u"high"_s;
            finding.region = region;
            finding.objectId = hook.id;
            finding.createdAt = hook.createdAt;
            finding.title =
                tr("An account-wide webhook sends the events of all your domains to an unknown web "
                   "address, %1")
                    .arg(WebhookHostCheck::hostOf(hook.url));
            finding.detail =
                whatWebhookIs + u' ' +
                tr("This one covers every domain in the %1 and sends %2 to %3. It was created %4.")
                    .arg(regionDisplayName(region), hook.eventTypes.join(u", "_s), hook.url,
                         FindingText::age(hook.createdAt, context.now));
            if (recent)
                finding.detail += u' ' + tr("That is after the incident started.");
            // Mailgun's docs: an account-level webhook also fires for subaccount domains.
            if (!inventory.subaccounts.isEmpty())
                finding.detail += u' ' + tr("It also receives the events of your subaccounts' domains.");
            finding.advice = tr("Unless you know this address, delete the webhook in the Control Panel "
                                "(Sending, Webhooks, account webhooks).");
            findings.append(finding);
        }
    }
    return findings;
}

QList<AccountFinding> ForwardingFindings::archives(const AccountInventory& inventory,
                                                   const WebhookHostCheck& own)
{
    QList<AccountFinding> findings;
    for (Region region : allRegions) {
        for (const Domain& domain : inventory.region(region).domains) {
            if (domain.archiveTo.trimmed().isEmpty())
                continue;
            const bool outside = !own.isOwn(domain.archiveTo);
            AccountFinding finding;
            finding.kindId = u"archive-to"_s;
            finding.severity = outside ? u"critical"_s : u"medium"_s;
            finding.region = region;
            finding.objectId = domain.name;
            finding.title = outside
                                ? tr("A copy of every message sent from %1 goes to %2, outside your domains")
                                      .arg(domain.name, WebhookHostCheck::hostOf(domain.archiveTo))
                                : tr("A copy of every message sent from %1 goes to %2")
                                      .arg(domain.name, domain.archiveTo);
            finding.detail = tr("The domain's “archive to” setting makes Mailgun post a full copy of "
                                "each delivered message to %1.")
                                 .arg(domain.archiveTo);
            finding.advice = outside ? tr("Unless you set this up, clear the setting for %1 at once and tell "
                                          "Mailgun support that your mail was copied.")
                                           .arg(domain.name)
                                     : tr("Check that this address is yours and still needed.");
            findings.append(finding);
        }
    }
    return findings;
}
