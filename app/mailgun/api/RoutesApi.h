#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/Route.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

// Inbound routes (/v3/routes), account-wide within each region.
class RoutesApi
{
public:
    explicit RoutesApi(MailgunClient& client);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    void list(Region region, const QObject* context, ApiCallback<QList<Route>> done);
    void remove(Region region, const QString& routeId, const QObject* context, ApiCallback<QString> done);

private:
    MailgunClient& m_client;
    int m_pageSize = 100;
};
