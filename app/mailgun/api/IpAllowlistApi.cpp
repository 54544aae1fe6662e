#include "mailgun/api/IpAllowlistApi.h"

#include "mailgun/api/ApiCall.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto allowlistPath = "/v2/ip_whitelist"_L1;

QList<IpAllowlistEntry> parseAddresses(const QJsonObject& body)
{
    return parseList<IpAllowlistEntry>(body.value(u"addresses"_s));
}

} // namespace

IpAllowlistApi::IpAllowlistApi(MailgunClient& client, Region region)
    : m_client(client)
    , m_region(region)
{}

void IpAllowlistApi::list(const QObject* context, ApiCallback<QList<IpAllowlistEntry>> done)
{
    sendParsed<QList<IpAllowlistEntry>>(m_client, ApiRequest::get(m_region, allowlistPath), context,
                                        std::move(done), parseAddresses);
}

void IpAllowlistApi::add(const QString& address, const QString& description, const QObject* context,
                         ApiCallback<QList<IpAllowlistEntry>> done)
{
    const FormFields form{{u"address"_s, address}, {u"description"_s, description}};
    sendParsed<QList<IpAllowlistEntry>>(
        m_client, ApiRequest::post(m_region, allowlistPath, BodyEncoding::Multipart, form), context,
        std::move(done), parseAddresses);
}

void IpAllowlistApi::remove(const QString& address, const QObject* context,
                            ApiCallback<QList<IpAllowlistEntry>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"address"_s, address);
    sendParsed<QList<IpAllowlistEntry>>(m_client, ApiRequest::del(m_region, allowlistPath, query), context,
                                        std::move(done), parseAddresses);
}
