#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/Subaccount.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

// Subaccounts (/v5/accounts/subaccounts). Paged with skip/limit (1..1000, Mailgun's
// default only 10) and a "total" count.
class SubaccountsApi
{
public:
    static constexpr int maxPageSize = 1000;

    explicit SubaccountsApi(MailgunClient& client, Region region = Region::Us);

    // Items per request, kept within 1..1000 (the spec's limits).
    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, maxPageSize); }
    int pageSize() const { return m_pageSize; }

    void list(const QObject* context, ApiCallback<QList<Subaccount>> done);
    // POST .../{id}/disable: the subaccount's API access is suspended and its dashboard becomes
    // read-only; .../enable undoes it. The result is the subaccount as Mailgun now holds it.
    // Mailgun answers 400 "subaccount is already disabled" when it was. `reason` may be empty.
    void disable(const QString& id, const QString& reason, const QObject* context,
                 ApiCallback<Subaccount> done);

private:
    MailgunClient& m_client;
    Region m_region;
    int m_pageSize = 100;
};
