#include "mailgun/api/SubaccountsApi.h"

#include "mailgun/api/ApiCall.h"

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
