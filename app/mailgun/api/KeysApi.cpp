#include "mailgun/api/KeysApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

using namespace Qt::StringLiterals;

KeysApi::KeysApi(MailgunClient& client, Region region)
    : m_client(client)
    , m_region(region)
{}

void KeysApi::list(const QString& kind, const QString& domainName, const QObject* context,
                   ApiCallback<QList<KeyInfo>> done)
{
    QUrlQuery query;
    if (!kind.isEmpty())
        query.addQueryItem(u"kind"_s, kind);
    if (!domainName.isEmpty())
        query.addQueryItem(u"domain_name"_s, domainName);
    sendParsed<QList<KeyInfo>>(
        m_client, ApiRequest::get(m_region, u"/v1/keys"_s, query), context, std::move(done),
        [](const QJsonObject& body) { return parseList<KeyInfo>(body.value(u"items"_s)); });
}

void KeysApi::create(const NewKeySpec& spec, const QObject* context, ApiCallback<CreatedKey> done)
{
    FormFields form{{u"role"_s, spec.role}};
    if (!spec.kind.isEmpty())
        form.append({u"kind"_s, spec.kind});
    if (!spec.description.isEmpty())
        form.append({u"description"_s, spec.description});
    if (spec.expirationSeconds > 0)
        form.append({u"expiration"_s, QString::number(spec.expirationSeconds)});
    if (!spec.domainName.isEmpty())
        form.append({u"domain_name"_s, spec.domainName});
    sendParsed<CreatedKey>(m_client, ApiRequest::post(m_region, u"/v1/keys"_s, BodyEncoding::Multipart, form),
                           context, std::move(done),
                           [](const QJsonObject& body) -> std::optional<CreatedKey> {
                               CreatedKey created = CreatedKey::fromJson(body.value(u"key"_s).toObject());
                               if (created.secret.isEmpty() || created.info.id.isEmpty())
                                   return std::nullopt;
                               return created;
                           });
}

void KeysApi::remove(const QString& keyId, const QObject* context, ApiCallback<QString> done)
{
    sendForMessage(m_client, ApiRequest::del(m_region, u"/v1/keys/"_s + encodedPathSegment(keyId)), context,
                   std::move(done));
}

void KeysApi::regeneratePublicKey(const QObject* context, ApiCallback<Secret> done)
{
    sendParsed<Secret>(m_client, ApiRequest::post(m_region, u"/v1/keys/public"_s, BodyEncoding::None),
                       context, std::move(done), [](const QJsonObject& body) -> std::optional<Secret> {
                           const QString key = body.value(u"key"_s).toString();
                           if (key.isEmpty())
                               return std::nullopt;
                           return Secret(key);
                       });
}
