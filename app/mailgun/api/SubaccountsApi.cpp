#include "mailgun/api/SubaccountsApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

#include <optional>

using namespace Qt::StringLiterals;

SubaccountsApi::SubaccountsApi(MailgunClient& client, Region region)
    : m_client(client)
    , m_region(region)
{}

void SubaccountsApi::list(const QObject* context, ApiCallback<QList<Subaccount>> done)
{
    fetchAllParsed<Subaccount>(m_client, m_region, u"/v5/accounts/subaccounts"_s, {}, u"subaccounts"_s,
                               u"total"_s, m_pageSize, context, std::move(done));
}

void SubaccountsApi::disable(const QString& id, const QString& reason, const QObject* context,
                             ApiCallback<Subaccount> done)
{
    ApiRequest request =
        ApiRequest::post(m_region, u"/v5/accounts/subaccounts/"_s + encodedPathSegment(id) + u"/disable"_s,
                         BodyEncoding::None);
    if (!reason.isEmpty())
        request.query.addQueryItem(u"reason"_s, reason);
    sendParsed<Subaccount>(m_client, request, context, std::move(done),
                           [](const QJsonObject& body) -> std::optional<Subaccount> {
                               Subaccount sub = Subaccount::fromJson(body.value(u"subaccount"_s).toObject());
                               if (sub.id.isEmpty())
                                   return std::nullopt;
                               return sub;
                           });
}
