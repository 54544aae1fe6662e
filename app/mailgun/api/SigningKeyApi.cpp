#include "mailgun/api/SigningKeyApi.h"

#include "mailgun/api/ApiCall.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto signingKeyPath = "/v5/accounts/http_signing_key"_L1;

std::optional<Secret> parseSigningKey(const QJsonObject& body)
{
    const QString key = body.value(u"http_signing_key"_s).toString();
    if (key.isEmpty())
        return std::nullopt;
    return Secret(key);
}

} // namespace

SigningKeyApi::SigningKeyApi(MailgunClient& client, Region region)
    : m_client(client)
    , m_region(region)
{}

void SigningKeyApi::get(const QObject* context, ApiCallback<Secret> done)
{
    sendParsed<Secret>(m_client, ApiRequest::get(m_region, signingKeyPath), context, std::move(done),
                       parseSigningKey);
}

void SigningKeyApi::regenerate(const QObject* context, ApiCallback<Secret> done)
{
    sendParsed<Secret>(m_client, ApiRequest::post(m_region, signingKeyPath, BodyEncoding::None), context,
                       std::move(done), parseSigningKey);
}
