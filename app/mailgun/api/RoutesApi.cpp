#include "mailgun/api/RoutesApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

using namespace Qt::StringLiterals;

RoutesApi::RoutesApi(MailgunClient& client)
    : m_client(client)
{}

void RoutesApi::list(Region region, const QObject* context, ApiCallback<QList<Route>> done)
{
    fetchAllParsed<Route>(m_client, region, u"/v3/routes"_s, {}, u"items"_s, u"total_count"_s, m_pageSize,
                          context, std::move(done));
}

void RoutesApi::remove(Region region, const QString& routeId, const QObject* context,
                       ApiCallback<QString> done)
{
    sendForMessage(m_client, ApiRequest::del(region, u"/v3/routes/"_s + encodedPathSegment(routeId)), context,
                   std::move(done));
}
