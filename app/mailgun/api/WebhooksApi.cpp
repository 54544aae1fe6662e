#include "mailgun/api/WebhooksApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

using namespace Qt::StringLiterals;

WebhooksApi::WebhooksApi(MailgunClient& client)
    : m_client(client)
{}

void WebhooksApi::listDomain(Region region, const QString& domain, const QObject* context,
                             ApiCallback<DomainWebhooks> done)
{
    sendParsed<DomainWebhooks>(m_client, ApiRequest::get(region, domainAreaPath(domain, u"webhooks"_s)),
                               context, std::move(done), [](const QJsonObject& body) {
                                   return DomainWebhooks::fromJson(body.value(u"webhooks"_s).toObject());
                               });
}

void WebhooksApi::removeDomainEvent(Region region, const QString& domain, const QString& event,
                                    const QObject* context, ApiCallback<QString> done)
{
    const QString path = domainItemPath(domain, u"webhooks"_s, event);
    sendForMessage(m_client, ApiRequest::del(region, path), context, std::move(done));
}

void WebhooksApi::removeDomainUrl(Region region, const QString& domain, const QString& url,
                                  const QObject* context, ApiCallback<DomainWebhooks> done)
{
    if (!canRemoveUrl(url)) {
        ApiError error;
        error.kind = ApiError::Kind::BadRequest;
        done(ApiResult<DomainWebhooks>::failure(error));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"url"_s, url);
    const QString path = u"/v4/domains/"_s + encodedPathSegment(domain) + u"/webhooks"_s;
    sendParsed<DomainWebhooks>(m_client, ApiRequest::del(region, path, query), context, std::move(done),
                               [](const QJsonObject& body) {
                                   return DomainWebhooks::fromJson(body.value(u"webhooks"_s).toObject());
                               });
}

void WebhooksApi::listAccount(Region region, const QObject* context, ApiCallback<QList<AccountWebhook>> done)
{
    sendParsed<QList<AccountWebhook>>(
        m_client, ApiRequest::get(region, u"/v1/webhooks"_s), context, std::move(done),
        [](const QJsonObject& body) { return parseList<AccountWebhook>(body.value(u"webhooks"_s)); });
}

void WebhooksApi::removeAccount(Region region, const QString& webhookId, const QObject* context,
                                ApiCallback<QString> done)
{
    sendForMessage(m_client, ApiRequest::del(region, u"/v1/webhooks/"_s + encodedPathSegment(webhookId)),
                   context, std::move(done));
}
