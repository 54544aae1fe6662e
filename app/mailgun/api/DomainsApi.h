#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/Domain.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

struct DomainFilter
{
    QString state; // "active", "unverified", "disabled"; empty: all
    bool includeSubaccounts = false;
};

// The Domains API (/v4/domains), per region.
class DomainsApi
{
public:
    explicit DomainsApi(MailgunClient& client);

    // Items per request when listing (1..1000).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Every domain of the region, all pages.
    void list(Region region, const DomainFilter& filter, const QObject* context,
              ApiCallback<QList<Domain>> done);
    void get(Region region, const QString& name, const QObject* context, ApiCallback<Domain> done);
    // Sets where copies of delivered mail go; an empty `archiveTo` switches it off.
    // The result is Mailgun's confirmation message.
    void updateArchiveTo(Region region, const QString& name, const QString& archiveTo, const QObject* context,
                         ApiCallback<QString> done);

private:
    MailgunClient& m_client;
    int m_pageSize = 100;
};
