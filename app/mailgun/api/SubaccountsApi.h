#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/Subaccount.h"

#include <QList>

class MailgunClient;
class QObject;

// Subaccounts (/v5/accounts/subaccounts). Paged with skip/limit (1..1000, Mailgun's
// default only 10) and a "total" count.
class SubaccountsApi
{
public:
    explicit SubaccountsApi(MailgunClient& client, Region region = Region::Us);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    void list(const QObject* context, ApiCallback<QList<Subaccount>> done);

private:
    MailgunClient& m_client;
    Region m_region;
    int m_pageSize = 100;
};
