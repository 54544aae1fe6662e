#include "mailgun/api/DomainsApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

using namespace Qt::StringLiterals;

DomainsApi::DomainsApi(MailgunClient& client)
    : m_client(client)
{}

void DomainsApi::list(Region region, const DomainFilter& filter, const QObject* context,
                      ApiCallback<QList<Domain>> done)
{
    QUrlQuery query;
    if (!filter.state.isEmpty())
        query.addQueryItem(u"state"_s, filter.state);
    if (filter.includeSubaccounts)
        query.addQueryItem(u"include_subaccounts"_s, u"true"_s);
    fetchAllParsed<Domain>(m_client, region, u"/v4/domains"_s, query, u"items"_s, u"total_count"_s,
                           m_pageSize, context, std::move(done));
}

void DomainsApi::get(Region region, const QString& name, const QObject* context, ApiCallback<Domain> done)
{
    sendParsed<Domain>(m_client, ApiRequest::get(region, u"/v4/domains/"_s + encodedPathSegment(name)),
                       context, std::move(done), [](const QJsonObject& body) -> std::optional<Domain> {
                           const QJsonValue domain = body.value(u"domain"_s);
                           if (!domain.isObject())
                               return std::nullopt;
                           return Domain::fromJson(domain.toObject());
                       });
}

void DomainsApi::updateArchiveTo(Region region, const QString& name, const QString& archiveTo,
                                 const QObject* context, ApiCallback<QString> done)
{
    // The spec declares multipart/form-data for PUT /v4/domains/{name}.
    const ApiRequest request = ApiRequest::put(region, u"/v4/domains/"_s + encodedPathSegment(name),
                                               BodyEncoding::Multipart, {{u"archive_to"_s, archiveTo}});
    sendForMessage(m_client, request, context, std::move(done));
}
