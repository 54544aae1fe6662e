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
// hour, lately", which is what an investigation wants first. Pages go as
// "pagination": {"skip", "limit"} in the body (the Go SDK's way; OAS tag "Metrics").
struct MetricsQuery
{
    // Mailgun's largest page: 1500 rows when time is the only dimension, else 1000.
    static constexpr int maxTimeOnlyLimit = 1500;
    static constexpr int maxLimit = 1000;
    // Hourly data is kept 60 days, daily data one year, monthly data for ever.
    static constexpr int hourlyRetentionDays = 60;
    static constexpr int dailyRetentionDays = 365;

    // The largest page these dimensions allow.
    static int largestPage(const QStringList& dimensions);
    // `wanted` ("hour", "day", "month"), or the next coarser one when Mailgun no longer
    // keeps data that fine for a window starting at `start` (seen from `now`).
    static QString resolutionWithinRetention(const QString& wanted, const QDateTime& start,
                                             const QDateTime& now);

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
    int pageLimit = 0; // rows per page; 0 (or more than allowed) means largestPage(dimensions)
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
    // Every row of the answer: pages of pageLimit rows, from skip 0, until a page comes back
    // short or pagination.total rows are in.
    void metrics(Region region, const MetricsQuery& query, const QObject* context,
                 ApiCallback<MetricsSeries> done);

    // The JSON body POST /v1/analytics/metrics receives for `query`, for the page at `skip`.
    static QJsonObject metricsBody(const MetricsQuery& query, qint64 skip = 0);

private:
    void fetchTotals(Region region, const QString& path, const StatsQuery& query, const QObject* context,
                     ApiCallback<StatsTotals> done);

    MailgunClient& m_client;
};
