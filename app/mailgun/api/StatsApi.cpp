#include "mailgun/api/StatsApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"
#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

namespace {

// A page limit of at least 1000 rows makes this far beyond any window the program asks
// for; it stops a server that never says "done".
constexpr int maxMetricsPages = 50;

int pageLimitOf(const MetricsQuery& query)
{
    const int largest = MetricsQuery::largestPage(query.dimensions);
    return query.pageLimit > 0 && query.pageLimit <= largest ? query.pageLimit : largest;
}

QUrlQuery statsQueryItems(const StatsQuery& query)
{
    QUrlQuery items;
    for (const QString& event : query.events)
        items.addQueryItem(u"event"_s, event);
    if (query.start.isValid())
        items.addQueryItem(u"start"_s, MailgunDates::toRfc2822(query.start));
    if (query.end.isValid())
        items.addQueryItem(u"end"_s, MailgunDates::toRfc2822(query.end));
    if (!query.duration.isEmpty())
        items.addQueryItem(u"duration"_s, query.duration);
    if (!query.resolution.isEmpty())
        items.addQueryItem(u"resolution"_s, query.resolution);
    return items;
}

struct MetricsPaging
{
    MetricsQuery query;
    int limit = 0;
};

using MetricsFetch = PagedFetch<MetricsSeries, MetricsPaging>;

void fetchMetricsPage(const std::shared_ptr<MetricsFetch>& fetch)
{
    const qint64 skip = fetch->result.points.size();
    const QJsonObject body = StatsApi::metricsBody(fetch->request.query, skip);
    MetricsFetch::post(fetch, u"/v1/analytics/metrics"_s, body, [fetch](const QJsonObject& object) {
        const MetricsSeries page = MetricsSeries::fromJson(object);
        if (fetch->pages == 1) {
            fetch->result = page;
        } else {
            fetch->result.points.append(page.points);
        }
        // "Continue paging until fewer items than the specified limit are returned" (OAS);
        // pagination.total, when given, says the same sooner.
        const bool fullPage = page.points.size() >= fetch->request.limit;
        const bool totalReached = page.hasTotal && fetch->result.points.size() >= page.total;
        const bool more = fullPage && !totalReached;
        if (more && fetch->pages < maxMetricsPages && fetch->context) {
            fetchMetricsPage(fetch);
            return true;
        }
        fetch->result.total = int(fetch->result.points.size());
        fetch->done(ApiResult<MetricsSeries>::success(fetch->result));
        return true;
    });
}

} // namespace

StatsApi::StatsApi(MailgunClient& client)
    : m_client(client)
{}

void StatsApi::accountTotals(Region region, const StatsQuery& query, const QObject* context,
                             ApiCallback<StatsTotals> done)
{
    fetchTotals(region, u"/v3/stats/total"_s, query, context, std::move(done));
}

void StatsApi::domainTotals(Region region, const QString& domain, const StatsQuery& query,
                            const QObject* context, ApiCallback<StatsTotals> done)
{
    fetchTotals(region, u"/v3/"_s + encodedPathSegment(domain) + u"/stats/total"_s, query, context,
                std::move(done));
}

void StatsApi::fetchTotals(Region region, const QString& path, const StatsQuery& query,
                           const QObject* context, ApiCallback<StatsTotals> done)
{
    sendParsed<StatsTotals>(m_client, ApiRequest::get(region, path, statsQueryItems(query)), context,
                            std::move(done),
                            [](const QJsonObject& body) { return StatsTotals::fromJson(body); });
}

int MetricsQuery::largestPage(const QStringList& dimensions)
{
    return dimensions == QStringList{u"time"_s} ? maxTimeOnlyLimit : maxLimit;
}

QString MetricsQuery::resolutionWithinRetention(const QString& wanted, const QDateTime& start,
                                                const QDateTime& now)
{
    const qint64 daysBack = start.isValid() ? start.daysTo(now) : 0;
    if (wanted == u"hour"_s && daysBack > hourlyRetentionDays)
        return resolutionWithinRetention(u"day"_s, start, now);
    if (wanted == u"day"_s && daysBack > dailyRetentionDays)
        return u"month"_s;
    return wanted;
}

QJsonObject StatsApi::metricsBody(const MetricsQuery& query, qint64 skip)
{
    QJsonObject body;
    insertAnalyticsWindow(body, query.start, query.end);
    if (!query.duration.isEmpty())
        body.insert(u"duration"_s, query.duration);
    if (!query.resolution.isEmpty())
        body.insert(u"resolution"_s, query.resolution);
    body.insert(u"dimensions"_s, QJsonArray::fromStringList(query.dimensions));
    body.insert(u"metrics"_s, QJsonArray::fromStringList(query.metrics));
    if (!query.domains.isEmpty())
        body.insert(u"filter"_s, analyticsDomainFilter(query.domains));
    body.insert(u"include_subaccounts"_s, query.includeSubaccounts);
    body.insert(u"include_aggregates"_s, query.includeAggregates);
    // Always sent: without a limit Mailgun answers 10 rows for any dimension but time.
    body.insert(u"pagination"_s, QJsonObject{{u"skip"_s, skip}, {u"limit"_s, pageLimitOf(query)}});
    return body;
}

void StatsApi::metrics(Region region, const MetricsQuery& query, const QObject* context,
                       ApiCallback<MetricsSeries> done)
{
    const auto fetch = MetricsFetch::start(m_client, region, MetricsPaging{query, pageLimitOf(query)},
                                           context, std::move(done));
    fetchMetricsPage(fetch);
}
