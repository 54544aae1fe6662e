#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/MetricsSeries.h"
#include "mailgun/api/StatsTotals.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class MailgunClient;
class QObject;

// GET /v3/stats/total and /v3/{domain}/stats/total. Give start/end, or duration ("7d")
// counted back from end (or now); nothing set means Mailgun's default, the last 7 days.
struct StatsQuery
{
    QStringList events{QStringLiteral("accepted"), QStringLiteral("delivered"), QStringLiteral("failed")};
    QDateTime start;
    QDateTime end;
    QString duration;
    QString resolution = QStringLiteral("day"); // hour, day, month
};

// POST /v1/analytics/metrics. The defaults answer "how much did each domain send, hour by
// hour, lately", which is what an investigation wants first.
struct MetricsQuery
{
    QDateTime start;
    QDateTime end;
    QString duration = QStringLiteral("2d");
    QString resolution = QStringLiteral("hour");
    QStringList dimensions{QStringLiteral("time"), QStringLiteral("domain")};
    QStringList metrics{QStringLiteral("accepted_outgoing_count"), QStringLiteral("delivered_count"),
                        QStringLiteral("failed_count"), QStringLiteral("complained_count")};
    QStringList domains; // restricts to these domains when not empty
    bool includeSubaccounts = true;
    bool includeAggregates = true;
};

// Sending volume: the stats totals and the analytics metrics, per region.
class StatsApi
{
public:
    explicit StatsApi(MailgunClient& client);

    void accountTotals(Region region, const StatsQuery& query, const QObject* context,
                       ApiCallback<StatsTotals> done);
    void domainTotals(Region region, const QString& domain, const StatsQuery& query, const QObject* context,
                      ApiCallback<StatsTotals> done);
    // Every row of the answer: when Mailgun pages it (pagination.total above the rows
    // received), the following pages are requested too.
    void metrics(Region region, const MetricsQuery& query, const QObject* context,
                 ApiCallback<MetricsSeries> done);

    // The JSON body POST /v1/analytics/metrics receives for `query`.
    static QJsonObject metricsBody(const MetricsQuery& query);

private:
    void fetchTotals(Region region, const QString& path, const StatsQuery& query, const QObject* context,
                     ApiCallback<StatsTotals> done);

    MailgunClient& m_client;
};
