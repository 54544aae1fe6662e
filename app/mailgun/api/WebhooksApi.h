#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/AccountWebhook.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/DomainWebhooks.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

// Webhooks: per domain (/v3/domains/{d}/webhooks) and account-wide (/v1/webhooks), both
// configured separately in each region. Either kind can leak every event to an outsider.
class WebhooksApi
{
public:
    explicit WebhooksApi(MailgunClient& client);

    void listDomain(Region region, const QString& domain, const QObject* context,
                    ApiCallback<DomainWebhooks> done);
    // Removes every URL of one event ("delivered", "permanent_fail", ...).
    void removeDomainEvent(Region region, const QString& domain, const QString& event, const QObject* context,
                           ApiCallback<QString> done);

    // DELETE /v4/domains/{domain}/webhooks?url=: removes one URL from every event of the
    // domain, leaving the event's other URLs; the result is the map that remains. Mailgun
    // reads `url` as a comma-separated list, so a URL holding a comma cannot be removed this
    // way (canRemoveUrl): it would remove other addresses.
    void removeDomainUrl(Region region, const QString& domain, const QString& url, const QObject* context,
                         ApiCallback<DomainWebhooks> done);
    static bool canRemoveUrl(const QString& url) { return !url.isEmpty() && !url.contains(u','); }

    void listAccount(Region region, const QObject* context, ApiCallback<QList<AccountWebhook>> done);
    // Mailgun answers 204 without a body: the message is then empty.
    void removeAccount(Region region, const QString& webhookId, const QObject* context,
                       ApiCallback<QString> done);

private:
    MailgunClient& m_client;
};
