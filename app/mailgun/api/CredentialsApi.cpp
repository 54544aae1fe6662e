#include "mailgun/api/CredentialsApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

using namespace Qt::StringLiterals;

namespace {

QString credentialsPath(const QString& domain)
{
    return u"/v3/domains/"_s + encodedPathSegment(domain) + u"/credentials"_s;
}

} // namespace

CredentialsApi::CredentialsApi(MailgunClient& client)
    : m_client(client)
{}

void CredentialsApi::list(Region region, const QString& domain, const QObject* context,
                          ApiCallback<QList<SmtpCredential>> done)
{
    fetchAllParsed<SmtpCredential>(m_client, region, credentialsPath(domain), {}, u"items"_s,
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
        m_client, ApiRequest::post(region, credentialsPath(domain), BodyEncoding::Multipart, form), context,
        std::move(done),
        [login](const QJsonObject& body) { return CredentialChange::fromJson(body, login); });
}

void CredentialsApi::changePassword(Region region, const QString& domain, const QString& login,
                                    const Secret& password, const QObject* context,
                                    ApiCallback<CredentialChange> done)
{
    FormFields form;
    if (!password.isEmpty())
        form.append({u"password"_s, password.reveal()});
    const QString path = credentialsPath(domain) + u'/' + encodedPathSegment(login);
    sendParsed<CredentialChange>(
        m_client, ApiRequest::put(region, path, BodyEncoding::Multipart, form), context, std::move(done),
        [login](const QJsonObject& body) { return CredentialChange::fromJson(body, login); });
}

void CredentialsApi::remove(Region region, const QString& domain, const QString& login,
                            const QObject* context, ApiCallback<QString> done)
{
    const QString path = credentialsPath(domain) + u'/' + encodedPathSegment(login);
    sendForMessage(m_client, ApiRequest::del(region, path), context, std::move(done));
}
