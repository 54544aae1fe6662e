#include "mailgun/api/UsersApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"

using namespace Qt::StringLiterals;

UsersApi::UsersApi(MailgunClient& client, Region region)
    : m_client(client)
    , m_region(region)
{}

void UsersApi::list(const QObject* context, ApiCallback<QList<AccountUser>> done)
{
    fetchAllParsed<AccountUser>(m_client, m_region, u"/v5/users"_s, {}, u"users"_s, u"total"_s, m_pageSize,
                                context, std::move(done));
}

void UsersApi::get(const QString& userId, const QObject* context, ApiCallback<AccountUser> done)
{
    sendParsed<AccountUser>(m_client, ApiRequest::get(m_region, u"/v5/users/"_s + encodedPathSegment(userId)),
                            context, std::move(done),
                            [](const QJsonObject& body) -> std::optional<AccountUser> {
                                AccountUser user = AccountUser::fromJson(body);
                                if (user.id.isEmpty())
                                    return std::nullopt;
                                return user;
                            });
}
