#include "recovery/AccountCleanup.h"

#include "mailgun/UntrustedText.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/RoutesApi.h"
#include "mailgun/api/WebhooksApi.h"
#include "recovery/CleanupReadBack.h"
#include "recovery/Journal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const Route* findRoute(const AccountFinding& finding, const AccountInventory& inventory)
{
    for (const Route& route : inventory.region(finding.region).routes) {
        if (route.id == finding.objectId)
            return &route;
    }
    return nullptr;
}

const AccountWebhook* findAccountWebhook(const AccountFinding& finding, const AccountInventory& inventory)
{
    for (const AccountWebhook& hook : inventory.region(finding.region).accountWebhooks) {
        if (hook.id == finding.objectId)
            return &hook;
    }
    return nullptr;
}

const Domain* findDomain(const AccountFinding& finding, const AccountInventory& inventory)
{
    for (const Domain& domain : inventory.region(finding.region).domains) {
        if (domain.name == finding.objectId)
            return &domain;
    }
    return nullptr;
}

// The events of each domain that send to the finding's URL (its objectId).
struct WebhookUse
{
    QString domain;
    QStringList events;       // events whose only addresses are the unknown one
    QStringList sharedEvents; // events that also go to another address
};

QList<WebhookUse> webhookUses(const AccountFinding& finding, const AccountInventory& inventory)
{
    QList<WebhookUse> uses;
    const RegionInventory& region = inventory.region(finding.region);
    for (auto domain = region.webhooks.cbegin(); domain != region.webhooks.cend(); ++domain) {
        WebhookUse use;
        use.domain = domain.key();
        for (auto event = domain->urlsByEvent.cbegin(); event != domain->urlsByEvent.cend(); ++event) {
            if (!event.value().contains(finding.objectId))
                continue;
            if (event.value().size() == 1)
                use.events << event.key();
            else
                use.sharedEvents << event.key();
        }
        if (!use.events.isEmpty() || !use.sharedEvents.isEmpty())
            uses.append(use);
    }
    return uses;
}

QString failureText(const ApiError& error)
{
    if (error.kind == ApiError::Kind::NotFound)
        return {};
    return error.userMessage();
}

} // namespace

AccountCleanup::AccountCleanup(MailgunClient* client, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

bool AccountCleanup::canRemove(const AccountFinding& finding, const AccountInventory& inventory,
                               QString* whyNot)
{
    const QString& kind = finding.kindId;
    if (kind == u"forwarding-route"_s || kind == u"catch-all-route"_s)
        return findRoute(finding, inventory) != nullptr;
    if (kind == u"unknown-account-webhook"_s)
        return findAccountWebhook(finding, inventory) != nullptr;
    if (kind == u"archive-to"_s) {
        const Domain* domain = findDomain(finding, inventory);
        return domain && !domain->archiveTo.isEmpty();
    }
    if (kind == u"unknown-webhook"_s) {
        const QList<WebhookUse> uses = webhookUses(finding, inventory);
        if (uses.isEmpty())
            return false;
        // The v4 delete takes the one address out of every event and leaves the others.
        if (WebhooksApi::canRemoveUrl(finding.objectId))
            return true;
        for (const WebhookUse& use : uses) {
            if (!use.sharedEvents.isEmpty()) {
                // Without it Mailgun removes an event's webhook with all its addresses: the
                // admin's own address would go too. This one is for the Control Panel.
                if (whyNot)
                    *whyNot = tr("This webhook also sends to another address of yours. Remove only the "
                                 "unknown address in the Control Panel (Sending, Webhooks).");
                return false;
            }
        }
        return true;
    }
    return false;
}

QString AccountCleanup::question(const AccountFinding& finding, const AccountInventory& inventory)
{
    const QString& kind = finding.kindId;
    const QString region = regionDisplayName(finding.region);
    if (const Route* route = (kind == u"forwarding-route"_s || kind == u"catch-all-route"_s)
                                 ? findRoute(finding, inventory)
                                 : nullptr) {
        return tr("Delete this route in the %1?\n\nIt handles mail that matches %2 and does: %3.\n\nMail "
                  "will "
                  "no longer be forwarded this way. The program writes down what the route did, so you "
                  "can set it up again if it was yours.")
            .arg(region, UntrustedText::forDisplay(route->expression),
                 UntrustedText::forDisplay(route->actions.join(u", "_s)));
    }
    if (const AccountWebhook* hook =
            kind == u"unknown-account-webhook"_s ? findAccountWebhook(finding, inventory) : nullptr) {
        return tr("Delete this account webhook in the %1?\n\nIt sends %2 to %3.\n\nThe program writes down "
                  "the address and the events, so you can set it up again if it was yours.")
            .arg(region, UntrustedText::forDisplay(hook->eventTypes.join(u", "_s)),
                 UntrustedText::forDisplay(hook->url));
    }
    if (kind == u"archive-to"_s) {
        const Domain* domain = findDomain(finding, inventory);
        return tr("Stop sending a copy of every message from %1 to %2?\n\nThe program writes down the "
                  "address, so you can set it again if it was yours.")
            .arg(UntrustedText::forDisplay(finding.objectId),
                 UntrustedText::forDisplay(domain ? domain->archiveTo : QString()));
    }
    QStringList parts;
    for (const WebhookUse& use : webhookUses(finding, inventory))
        parts << tr("%1: %2").arg(UntrustedText::forDisplay(use.domain),
                                  UntrustedText::forDisplay(use.events.join(u", "_s)));
    return tr("Delete the webhooks that send to %1?\n\n%2\n\nThe program writes down the address and the "
              "events, so you can set them up again if they were yours.")
        .arg(UntrustedText::forDisplay(finding.objectId), parts.join(u"\n"_s));
}

bool AccountCleanup::sent(const QString& type, QJsonObject data)
{
    QString error;
    if (m_journal->append(type, data, &error))
        return true;
    // Not recorded, not sent: the report could not list what was removed, nor what it did.
    m_running = false;
    Q_EMIT finished(false, notRecorded(error));
    return false;
}

QString AccountCleanup::notRecorded(const QString& journalError)
{
    return tr("%1 Nothing more was removed, so that the record stays complete. Make room on the disk (or "
              "make the folder writable), then try again.")
        .arg(journalError);
}

void AccountCleanup::answer(bool ok, const QString& doneType, QJsonObject data, const ApiError& error,
                            const QString& doneMessage, const ReadBack& readBack)
{
    // A 404 means it is already gone (an earlier try whose answer was lost): that is done too.
    const QString failure = ok ? QString() : failureText(error);
    QString journalError;
    if (failure.isEmpty()) {
        if (!m_journal->append(doneType, data, &journalError)) {
            m_running = false;
            Q_EMIT finished(false, doneMessage + u' ' + notRecorded(journalError));
            return;
        }
        readBack([this, doneMessage](const CleanupReadBack& held) { reportReadBack(doneMessage, held); });
        return;
    }
    m_running = false;
    data.insert(u"error"_s, failure);
    if (!m_journal->append(u"cleanup-failed"_s, data, &journalError)) {
        Q_EMIT finished(false,
                        tr("It could not be removed: %1").arg(failure) + u' ' + notRecorded(journalError));
        return;
    }
    Q_EMIT finished(false, tr("It could not be removed: %1").arg(failure));
}

void AccountCleanup::reportReadBack(const QString& doneMessage, const CleanupReadBack& held)
{
    m_running = false;
    // Mailgun answered 200; only what it holds now says whether the change took effect.
    QString journalError;
    if (!m_journal->append(u"cleanup-read-back"_s, held.journalData(m_region), &journalError)) {
        Q_EMIT finished(false, doneMessage + u' ' + held.sentence() + u' ' + notRecorded(journalError));
        return;
    }
    const bool holdsWhatWasAsked = held.matches || !held.read;
    Q_EMIT finished(holdsWhatWasAsked,
                    (held.read && !held.matches ? QString() : doneMessage + u' ') + held.sentence());
}

void AccountCleanup::remove(const AccountFinding& finding, const AccountInventory& inventory)
{
    if (m_running || !canRemove(finding, inventory))
        return;
    m_running = true;
    const Region region = finding.region;
    m_region = region;
    const QString kind = finding.kindId;
    QJsonObject what{{u"region"_s, regionId(region)}, {u"finding"_s, kind}};

    if (kind == u"forwarding-route"_s || kind == u"catch-all-route"_s) {
        const Route route = *findRoute(finding, inventory);
        what.insert(u"route"_s, UntrustedText::maskUrlCredentials(QJsonValue(route.toJson())));
        what.insert(u"id"_s, route.id);
        removeOne(what, {u"route-delete-sent"_s, u"route-deleted"_s, tr("The route is deleted."),
                         [this, region, id = route.id](ApiCallback<QString> done) {
                             RoutesApi(*m_client).remove(region, id, this, std::move(done));
                         },
                         [this, region, id = route.id](CleanupReadBack::Done done) {
                             CleanupReadBack::route(m_client, region, id, this, std::move(done));
                         }});
        return;
    }
    if (kind == u"unknown-account-webhook"_s) {
        const AccountWebhook hook = *findAccountWebhook(finding, inventory);
        what.insert(u"webhook"_s, UntrustedText::maskUrlCredentials(QJsonValue(hook.toJson())));
        what.insert(u"id"_s, hook.id);
        removeOne(what, {u"account-webhook-delete-sent"_s, u"account-webhook-deleted"_s,
                         tr("The account webhook is deleted."),
                         [this, region, id = hook.id](ApiCallback<QString> done) {
                             WebhooksApi(*m_client).removeAccount(region, id, this, std::move(done));
                         },
                         [this, region, id = hook.id](CleanupReadBack::Done done) {
                             CleanupReadBack::accountWebhook(m_client, region, id, this, std::move(done));
                         }});
        return;
    }
    if (kind == u"archive-to"_s) {
        const Domain* domain = findDomain(finding, inventory);
        what.insert(u"domain"_s, domain->name);
        what.insert(u"archive_to"_s, UntrustedText::maskUrlCredentials(domain->archiveTo));
        removeOne(what,
                  {u"archive-to-clear-sent"_s, u"archive-to-cleared"_s, tr("Mailgun accepted the change."),
                   [this, region, name = domain->name](ApiCallback<QString> done) {
                       DomainsApi(*m_client).updateArchiveTo(region, name, QString(), this, std::move(done));
                   },
                   [this, region, name = domain->name](CleanupReadBack::Done done) {
                       CleanupReadBack::archiveTo(m_client, region, name, this, std::move(done));
                   }});
        return;
    }
    if (WebhooksApi::canRemoveUrl(finding.objectId)) {
        removeWebhookUrl(finding, inventory, what);
        return;
    }
    // A domain webhook whose address Mailgun's v4 delete cannot take (it holds a comma): every
    // event whose only address is the unknown one, domain by domain.
    QList<std::pair<QString, QString>> events; // domain, event
    for (const WebhookUse& use : webhookUses(finding, inventory)) {
        for (const QString& event : use.events)
            events.append({use.domain, event});
    }
    const QString url = finding.objectId;
    runWebhookBatch(events, what, url, tr("The webhooks are deleted."),
                    [this, region, url](const QString& domain, const QString& event, Answered answered) {
                        WebhooksApi(*m_client).removeDomainEvent(
                            region, domain, event, this,
                            [answered](ApiResult<QString> result) { answered(result.error); });
                    });
}

void AccountCleanup::removeOne(const QJsonObject& what, const SingleRemoval& removal)
{
    if (!sent(removal.sentType, what))
        return;
    removal.send([this, what, removal](ApiResult<QString> result) {
        answer(result.ok(), removal.doneType, what, result.error, removal.doneMessage, removal.readBack);
    });
}

void AccountCleanup::removeWebhookUrl(const AccountFinding& finding, const AccountInventory& inventory,
                                      const QJsonObject& what)
{
    // One v4 delete per domain: the address leaves every event, the events' other addresses stay.
    QList<std::pair<QString, QString>> domains; // domain, its events that sent there
    for (const WebhookUse& use : webhookUses(finding, inventory))
        domains.append({use.domain, QStringList(use.events + use.sharedEvents).join(u", "_s)});
    const Region region = finding.region;
    const QString url = finding.objectId;
    runWebhookBatch(domains, what, url, tr("Mailgun accepted the change."),
                    [this, region, url](const QString& domain, const QString&, Answered answered) {
                        WebhooksApi(*m_client).removeDomainUrl(
                            region, domain, url, this,
                            [answered](ApiResult<DomainWebhooks> result) { answered(result.error); });
                    });
}

void AccountCleanup::runWebhookBatch(const QList<std::pair<QString, QString>>& items, const QJsonObject& what,
                                     const QString& url, const QString& doneMessage, const Send& send)
{
    struct Pending
    {
        int left = 0;
        ApiError firstError;
        bool failed = false;
        QString journalError; // an entry that could not be recorded
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(items.size());
    const Region region = m_region; // set by remove() to the finding's region
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto& [domain, event] = items.at(i);
        QJsonObject one = what;
        one.insert(u"domain"_s, domain);
        one.insert(u"event"_s, event);
        one.insert(u"url"_s, UntrustedText::maskUrlCredentials(url));
        if (!m_journal->append(u"webhook-delete-sent"_s, one, &pending->journalError)) {
            // Not recorded, not sent; the removals already sent end the run when they answer.
            pending->left -= int(items.size() - i);
            if (pending->left == 0) {
                m_running = false;
                Q_EMIT finished(false, notRecorded(pending->journalError));
            }
            return;
        }
        send(domain, event, [this, pending, one, items, region, url, doneMessage](const ApiError& error) {
            QJsonObject data = one;
            if (!error.isError()) {
                m_journal->append(u"webhook-deleted"_s, data, &pending->journalError);
            } else {
                data.insert(u"error"_s, failureText(error));
                m_journal->append(u"cleanup-failed"_s, data, &pending->journalError);
                if (!pending->failed)
                    pending->firstError = error;
                pending->failed = true;
            }
            if (--pending->left > 0)
                return;
            if (!pending->journalError.isEmpty()) {
                m_running = false;
                Q_EMIT finished(false, notRecorded(pending->journalError));
            } else if (pending->failed) {
                m_running = false;
                Q_EMIT finished(
                    false, tr("Some of it could not be removed: %1").arg(pending->firstError.userMessage()));
            } else {
                readBackWebhookUrl(region, items, url, doneMessage);
            }
        });
    }
}

void AccountCleanup::readBackWebhookUrl(Region region, const QList<std::pair<QString, QString>>& domains,
                                        const QString& url, const QString& doneMessage)
{
    QStringList names;
    for (const auto& entry : domains) {
        if (!names.contains(entry.first))
            names.append(entry.first);
    }
    CleanupReadBack::webhookUrl(
        m_client, region, names, url, this,
        [this, doneMessage](const CleanupReadBack& held) { reportReadBack(doneMessage, held); });
}
