#include "mailgun/api/CredentialsApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

using namespace Qt::StringLiterals;

CredentialsApi::CredentialsApi(MailgunClient& client)
    : m_client(client)
{}

void CredentialsApi::list(Region region, const QString& domain, const QObject* context,
                          ApiCallback<QList<SmtpCredential>> done)
{
    fetchAllParsed<SmtpCredential>(m_client, region, domainAreaPath(domain, u"credentials"_s), {}, u"items"_s,
                                   u"total_count"_s, m_pageSize, context, std::move(done));
}

void CredentialsApi::create(Region region, const QString& domain, const QString& login,
                            const Secret& password, const QObject* context,
                            ApiCallback<CredentialChange> done)
{
    FormFields form{{u"login"_s, login}};
    if (!password.isEmpty())
        form.append({u"password"_s, password.reveal()});
    sendParsed<CredentialChange>(
        m_client,
        ApiRequest::post(region, domainAreaPath(domain, u"credentials"_s), BodyEncoding::Multipart, form),
        context, std::move(done),
        [login](const QJsonObject& body) { return CredentialChange::fromJson(body, login); });
}

void CredentialsApi::changePassword(Region region, const QString& domain, const QString& login,
                                    const Secret& password, const QObject* context,
                                    ApiCallback<CredentialChange> done)
{
    FormFields form;
    if (!password.isEmpty())
        form.append({u"password"_s, password.reveal()});
    const QString path = domainItemPath(domain, u"credentials"_s, login);
    sendParsed<CredentialChange>(
        m_client, ApiRequest::put(region, path, BodyEncoding::Multipart, form), context, std::move(done),
        [login](const QJsonObject& body) { return CredentialChange::fromJson(body, login); });
}

void CredentialsApi::remove(Region region, const QString& domain, const QString& login,
                            const QObject* context, ApiCallback<QString> done)
{
    const QString path = domainItemPath(domain, u"credentials"_s, login);
    sendForMessage(m_client, ApiRequest::del(region, path), context, std::move(done));
}
