#include "recovery/CleanupReadBack.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/UntrustedText.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/RoutesApi.h"
#include "mailgun/api/WebhooksApi.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

CleanupReadBack makeCheck(const QString& check, const QString& target)
{
    CleanupReadBack readBack;
    readBack.check = check;
    readBack.target = UntrustedText::maskUrlCredentials(target);
    return readBack;
}

QString shown(const QString& value)
{
    return u'"' + UntrustedText::forDisplay(value) + u'"';
}

} // namespace

QString CleanupReadBack::sentence() const
{
    if (!read)
        return tr("The program could not read back what Mailgun now holds. Check it in the Control Panel.");
    if (check == u"archive-to"_s) {
        if (matches)
            return tr("Read back from Mailgun: %1 has no archive address now.").arg(shown(target));
        return tr("Asked for: no archive address for %1. Mailgun now holds: %2. Mailgun did not clear it. "
                  "Clear it yourself in the Control Panel: open Sending, then Domain settings of %1, and "
                  "empty \"Archive to\".")
            .arg(shown(target), shown(found));
    }
    if (check == u"route"_s) {
        if (matches)
            return tr("Read back from Mailgun: the route is gone.");
        return tr("Asked for: route %1 deleted. Mailgun still lists it. Delete it in the Control Panel "
                  "(Receiving, Routes).")
            .arg(shown(target));
    }
    if (check == u"account-webhook"_s) {
        if (matches)
            return tr("Read back from Mailgun: the account webhook is gone.");
        return tr("Asked for: account webhook %1 deleted. Mailgun still lists it. Changes to account "
                  "webhooks "
                  "can take up to 10 minutes; check again later, or delete it in the Control Panel.")
            .arg(shown(target));
    }
    QString text = matches ? tr("Read back from Mailgun: no webhook sends to %1 any more.").arg(shown(target))
                           : tr("Asked for: no webhook sends to %1. Mailgun now holds: %2. Remove it in the "
                                "Control Panel (Sending, Webhooks).")
                                 .arg(shown(target), UntrustedText::forDisplay(found));
    if (!remaining.isEmpty())
        text += u' ' + tr("These webhooks stay: %1.").arg(UntrustedText::forDisplay(remaining));
    return text;
}

QJsonObject CleanupReadBack::journalData(Region region) const
{
    return {{u"region"_s, regionId(region)}, {u"check"_s, check},        {u"target"_s, target},
            {u"expected"_s, expected},       {u"found"_s, found},        {u"read"_s, read},
            {u"matches"_s, matches},         {u"remaining"_s, remaining}};
}

void CleanupReadBack::archiveTo(MailgunClient* client, Region region, const QString& domain,
                                const QObject* context, Done done)
{
    DomainsApi(*client).get(region, domain, context, [domain, done](ApiResult<Domain> result) {
        CleanupReadBack readBack = makeCheck(u"archive-to"_s, domain);
        readBack.read = result.ok();
        readBack.found = result.ok() ? UntrustedText::maskUrlCredentials(result.value.archiveTo) : QString();
        readBack.matches = result.ok() && result.value.archiveTo.trimmed().isEmpty();
        done(readBack);
    });
}

void CleanupReadBack::route(MailgunClient* client, Region region, const QString& id, const QObject* context,
                            Done done)
{
    RoutesApi(*client).list(region, context, [id, done](ApiResult<QList<Route>> result) {
        CleanupReadBack readBack = makeCheck(u"route"_s, id);
        readBack.read = result.ok();
        const bool listed = std::any_of(result.value.cbegin(), result.value.cend(),
                                        [&](const Route& route) { return route.id == id; });
        readBack.found = listed ? id : QString();
        readBack.matches = result.ok() && !listed;
        done(readBack);
    });
}

void CleanupReadBack::accountWebhook(MailgunClient* client, Region region, const QString& id,
                                     const QObject* context, Done done)
{
    WebhooksApi(*client).listAccount(region, context, [id, done](ApiResult<QList<AccountWebhook>> result) {
        CleanupReadBack readBack = makeCheck(u"account-webhook"_s, id);
        readBack.read = result.ok();
        const bool listed = std::any_of(result.value.cbegin(), result.value.cend(),
                                        [&](const AccountWebhook& hook) { return hook.id == id; });
        readBack.found = listed ? id : QString();
        readBack.matches = result.ok() && !listed;
        done(readBack);
    });
}

void CleanupReadBack::webhookUrl(MailgunClient* client, Region region, const QStringList& domains,
                                 const QString& url, const QObject* context, Done done)
{
    struct Pending
    {
        CleanupReadBack readBack;
        QStringList stillSending; // "domain: event"
        QStringList others;       // "domain: event: url, url"
        int left = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->readBack = makeCheck(u"webhook-url"_s, url);
    pending->readBack.read = true;
    pending->left = int(domains.size());
    if (domains.isEmpty()) {
        pending->readBack.matches = true;
        done(pending->readBack);
        return;
    }
    for (const QString& domain : domains) {
        WebhooksApi(*client).listDomain(
            region, domain, context, [pending, domain, url, done](ApiResult<DomainWebhooks> result) {
                if (!result.ok())
                    pending->readBack.read = false;
                for (auto it = result.value.urlsByEvent.cbegin(); it != result.value.urlsByEvent.cend();
                     ++it) {
                    if (it.value().contains(url))
                        pending->stillSending << domain + u": "_s + it.key();
                    QStringList others = it.value();
                    others.removeAll(url);
                    if (!others.isEmpty())
                        pending->others << domain + u": "_s + it.key() + u": "_s +
                                               UntrustedText::maskUrlCredentials(others.join(u", "_s));
                }
                if (--pending->left > 0)
                    return;
                CleanupReadBack& readBack = pending->readBack;
                readBack.found = pending->stillSending.join(u"; "_s);
                readBack.remaining = pending->others.join(u"; "_s);
                readBack.matches = readBack.read && pending->stillSending.isEmpty();
                done(readBack);
            });
    }
}
