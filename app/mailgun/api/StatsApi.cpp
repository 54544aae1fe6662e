#include "mailgun/api/StatsApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/ApiPath.h"
#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

namespace {

// Mailgun pages metrics 1500 rows at a time at most; this many pages is far beyond any
// window the program asks for, and stops a server that never says "done".
constexpr int maxMetricsPages = 50;

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

using MetricsFetch = PagedFetch<MetricsSeries, QJsonObject>;

void fetchMetricsPage(const std::shared_ptr<MetricsFetch>& fetch)
{
    QJsonObject body = fetch->request;
    if (fetch->pages > 0) {
        const auto received = fetch->result.points.size();
        body.insert(u"pagination"_s, QJsonObject{{u"skip"_s, qint64(received)}, {u"limit"_s, 1500}});
    }
    MetricsFetch::post(fetch, u"/v1/analytics/metrics"_s, body, [fetch](const QJsonObject& object) {
        const MetricsSeries page = MetricsSeries::fromJson(object);
        if (fetch->pages == 1) {
            fetch->result = page;
        } else {
            fetch->result.points.append(page.points);
        }
        const bool more = !page.points.isEmpty() && fetch->result.points.size() < page.total;
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

QJsonObject StatsApi::metricsBody(const MetricsQuery& query)
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
    return body;
}

void StatsApi::metrics(Region region, const MetricsQuery& query, const QObject* context,
                       ApiCallback<MetricsSeries> done)
{
    const auto fetch = MetricsFetch::start(m_client, region, metricsBody(query), context, std::move(done));
    fetchMetricsPage(fetch);
}
