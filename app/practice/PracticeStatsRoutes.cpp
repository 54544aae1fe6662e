#include "practice/PracticeStatsRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"
#include "practice/PracticeTraffic.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QStringList statsEvents{u"accepted"_s, u"delivered"_s,    u"failed"_s,     u"opened"_s,
                              u"clicked"_s,  u"unsubscribed"_s, u"complained"_s, u"stored"_s};

QDateTime bucketStart(const QDateTime& at, const QString& resolution)
{
    const QDateTime utc = at.toUTC();
    if (resolution == u"hour"_s)
        return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
    if (resolution == u"month"_s)
        return QDateTime(QDate(utc.date().year(), utc.date().month(), 1), QTime(0, 0), Qt::UTC);
    return QDateTime(utc.date(), QTime(0, 0), Qt::UTC);
}

QDateTime nextBucket(const QDateTime& start, const QString& resolution)
{
    if (resolution == u"hour"_s)
        return start.addSecs(3600);
    if (resolution == u"month"_s)
        return start.addMonths(1);
    return start.addDays(1);
}

// "7d", "48h", "1m" (a month for stats, minutes for metrics, as each API documents), "30s".
QDateTime startFromDuration(const QString& duration, const QDateTime& end, bool minutesForM)
{
    if (duration.size() < 2)
        return {};
    bool ok = false;
    const int amount = duration.chopped(1).toInt(&ok);
    if (!ok || amount < 0)
        return {};
    switch (duration.back().toLatin1()) {
    case 's':
        return end.addSecs(-amount);
    case 'h':
        return end.addSecs(-qint64(amount) * 3600);
    case 'd':
        return end.addDays(-amount);
    case 'm':
        return minutesForM ? end.addSecs(-qint64(amount) * 60) : end.addMonths(-amount);
    default:
        return {};
    }
}

struct TimeRange
{
    QDateTime start;
    QDateTime end;
    QString resolution;
};

std::optional<PracticeResponse> readRange(const QString& start, const QString& end, const QString& duration,
                                          const QString& resolution, const QDateTime& now, bool minutesForM,
                                          TimeRange* range)
{
    range->resolution = resolution.isEmpty() ? u"day"_s : resolution;
    if (range->resolution != u"hour"_s && range->resolution != u"day"_s && range->resolution != u"month"_s)
        return PracticeResponse::message(400, u"resolution must be one of: hour, day, month"_s);
    range->end = end.isEmpty() ? now : PracticeDates::parseRequestDate(end);
    if (!range->end.isValid())
        return PracticeResponse::message(400, u"invalid end date: "_s + end);
    if (!duration.isEmpty()) {
        range->start = startFromDuration(duration, range->end, minutesForM);
        if (!range->start.isValid())
            return PracticeResponse::message(400, u"invalid duration: "_s + duration);
    } else {
        range->start = start.isEmpty() ? range->end.addDays(-7) : PracticeDates::parseRequestDate(start);
        if (!range->start.isValid())
            return PracticeResponse::message(400, u"invalid start date: "_s + start);
    }
    if (range->start > range->end)
        return PracticeResponse::message(400, u"start must be before end"_s);
    return std::nullopt;
}

QJsonObject statsItem(const QDateTime& time, const PracticeTraffic::Counts& counts, const QStringList& events)
{
    QJsonObject item{{u"time"_s, PracticeDates::statsTime(time)}};
    for (const QString& event : events) {
        if (event == u"accepted"_s) {
            item.insert(event, QJsonObject{{u"incoming"_s, 0},
                                           {u"outgoing"_s, counts.accepted},
                                           {u"total"_s, counts.accepted}});
        } else if (event == u"delivered"_s) {
            item.insert(event, QJsonObject{{u"smtp"_s, counts.delivered},
                                           {u"http"_s, 0},
                                           {u"optimized"_s, 0},
                                           {u"total"_s, counts.delivered}});
        } else if (event == u"failed"_s) {
            item.insert(event, QJsonObject{{u"temporary"_s, QJsonObject{{u"espblock"_s, 0}, {u"total"_s, 0}}},
                                           {u"permanent"_s, QJsonObject{{u"suppress-bounce"_s, 0},
                                                                        {u"suppress-unsubscribe"_s, 0},
                                                                        {u"suppress-complaint"_s, 0},
                                                                        {u"bounce"_s, counts.failed},
                                                                        {u"delayed-bounce"_s, 0},
                                                                        {u"webhook"_s, 0},
                                                                        {u"optimized"_s, 0},
                                                                        {u"total"_s, counts.failed}}}});
        } else if (event == u"opened"_s || event == u"clicked"_s) {
            item.insert(event, QJsonObject{{u"total"_s, 0}, {u"unique"_s, 0}});
        } else {
            item.insert(event, QJsonObject{{u"total"_s, 0}});
        }
    }
    return item;
}

PracticeResponse stats(const PracticeCall& call, const QList<const PracticeDomain*>& domains)
{
    const QStringList events = call.request.queryValues(u"event"_s);
    if (events.isEmpty())
        return PracticeResponse::message(400, u"Missing mandatory parameter: event"_s);
    for (const QString& event : events) {
        if (!statsEvents.contains(event))
            return PracticeResponse::message(400, u"Invalid event: "_s + event);
    }
    TimeRange range;
    if (auto problem = readRange(call.request.queryValue(u"start"_s), call.request.queryValue(u"end"_s),
                                 call.request.queryValue(u"duration"_s),
                                 call.request.queryValue(u"resolution"_s), call.now, false, &range))
        return *problem;
    QJsonArray items;
    for (QDateTime bucket = bucketStart(range.start, range.resolution); bucket < range.end;
         bucket = nextBucket(bucket, range.resolution)) {
        PracticeTraffic::Counts counts;
        for (const PracticeDomain* domain : domains)
            counts += PracticeTraffic::between(*domain, bucket,
                                               qMin(nextBucket(bucket, range.resolution), range.end));
        items.append(statsItem(bucket, counts, events));
    }
    return PracticeResponse::json({{u"description"_s, u""_s},
                                   {u"start"_s, PracticeDates::statsTime(range.start)},
                                   {u"end"_s, PracticeDates::statsTime(range.end)},
                                   {u"resolution"_s, range.resolution},
                                   {u"stats"_s, items}});
}

qint64 metricValue(const QString& metric, const PracticeTraffic::Counts& counts)
{
    if (metric == u"accepted_count"_s || metric == u"accepted_outgoing_count"_s ||
        metric == u"processed_count"_s || metric == u"sent_count"_s)
        return counts.accepted;
    if (metric == u"delivered_count"_s || metric == u"delivered_smtp_count"_s)
        return counts.delivered;
    if (metric == u"failed_count"_s || metric == u"permanent_failed_count"_s ||
        metric == u"bounced_count"_s || metric == u"hard_bounces_count"_s)
        return counts.failed;
    return 0;
}

QJsonObject metricsObject(const QStringList& metrics, const PracticeTraffic::Counts& counts)
{
    QJsonObject object;
    for (const QString& metric : metrics)
        object.insert(metric, metricValue(metric, counts));
    return object;
}

bool domainPasses(const QString& name, const QJsonObject& filter)
{
    const QJsonArray predicates = filter.value(u"AND"_s).toArray();
    for (const QJsonValue& value : predicates) {
        const QJsonObject predicate = value.toObject();
        if (predicate.value(u"attribute"_s).toString() != u"domain"_s)
            continue;
        const QString comparator = predicate.value(u"comparator"_s).toString();
        bool any = false;
        const QJsonArray values = predicate.value(u"values"_s).toArray();
        for (const QJsonValue& item : values) {
            const QString wanted = item.toObject().value(u"value"_s).toString();
            any =
                any || (comparator.contains(u"contains"_s) ? name.contains(wanted, Qt::CaseInsensitive)
                                                           : name.compare(wanted, Qt::CaseInsensitive) == 0);
        }
        const bool negated = comparator.startsWith(u'!') || comparator.startsWith(u"not"_s);
        if (any == negated)
            return false;
    }
    return true;
}

PracticeResponse metrics(const PracticeCall& call)
{
    QJsonObject query;
    if (auto problem = call.readJsonBody(&query))
        return *problem;
    TimeRange range;
    if (auto problem = readRange(query.value(u"start"_s).toString(), query.value(u"end"_s).toString(),
                                 query.value(u"duration"_s).toString(),
                                 query.value(u"resolution"_s).toString(), call.now, true, &range))
        return *problem;
    QStringList dimensions;
    const QJsonArray dimensionValues = query.value(u"dimensions"_s).toArray();
    for (const QJsonValue& value : dimensionValues)
        dimensions.append(value.toString());
    QStringList metricNames;
    const QJsonArray metricValues = query.value(u"metrics"_s).toArray();
    for (const QJsonValue& value : metricValues)
        metricNames.append(value.toString());
    const bool byTime = dimensions.contains(u"time"_s);
    const bool byDomain = dimensions.contains(u"domain"_s);

    QList<const PracticeDomain*> domains;
    for (const PracticeDomain& domain : call.account.region(call.region).domains) {
        if (domainPasses(domain.name, query.value(u"filter"_s).toObject()))
            domains.append(&domain);
    }
    QList<QDateTime> buckets;
    if (byTime) {
        for (QDateTime bucket = bucketStart(range.start, range.resolution); bucket < range.end;
             bucket = nextBucket(bucket, range.resolution))
            buckets.append(bucket);
    } else {
        buckets.append(range.start);
    }
    QJsonArray all;
    PracticeTraffic::Counts aggregate;
    for (const QDateTime& bucket : buckets) {
        const QDateTime from = byTime ? qMax(bucket, range.start) : range.start;
        const QDateTime to = byTime ? qMin(nextBucket(bucket, range.resolution), range.end) : range.end;
        const QList<const PracticeDomain*> groups =
            byDomain ? domains : QList<const PracticeDomain*>{nullptr};
        for (const PracticeDomain* group : groups) {
            PracticeTraffic::Counts counts;
            for (const PracticeDomain* domain : domains) {
                if (!group || group == domain)
                    counts += PracticeTraffic::between(*domain, from, to);
            }
            aggregate += counts;
            if (byDomain && counts.accepted == 0 && counts.failed == 0)
                continue;
            QJsonArray itemDimensions;
            if (byTime)
                itemDimensions.append(QJsonObject{{u"dimension"_s, u"time"_s},
                                                  {u"value"_s, PracticeDates::rfc2822(bucket)},
                                                  {u"display_value"_s, PracticeDates::rfc2822(bucket)}});
            if (group)
                itemDimensions.append(QJsonObject{{u"dimension"_s, u"domain"_s},
                                                  {u"value"_s, group->name},
                                                  {u"display_value"_s, group->name}});
            all.append(QJsonObject{{u"dimensions"_s, itemDimensions},
                                   {u"metrics"_s, metricsObject(metricNames, counts)}});
        }
    }
    // OAS tag "Metrics", "Pagination": "Default for time dimension is 1500 items. All other
    // dimensions default to 10 items. Maximum limit is 1500 for the time dimension and 1000
    // for all other dimensions." The Go SDK sends skip/limit in a "pagination" body object
    // (mtypes/analytics_requests.go); docs/mailgun-behaviour.md, point 7.
    const bool timeOnly = dimensions == QStringList{u"time"_s};
    const int maxLimit = timeOnly ? 1500 : 1000;
    const QJsonObject pagination = query.value(u"pagination"_s).toObject();
    const int skip = qMax(0, pagination.value(u"skip"_s).toInt(0));
    const int limit = pagination.value(u"limit"_s).toInt(timeOnly ? 1500 : 10);
    if (limit < 1 || limit > maxLimit)
        return PracticeResponse::message(
            400, u"pagination limit must be between 1 and %1 for these dimensions"_s.arg(maxLimit));
    QJsonArray items;
    for (qsizetype i = skip; i < all.size() && i < qsizetype(skip) + limit; ++i)
        items.append(all.at(i));
    QJsonObject response{
        {u"start"_s, PracticeDates::rfc2822(range.start)},
        {u"end"_s, PracticeDates::rfc2822(range.end)},
        {u"resolution"_s, range.resolution},
        {u"dimensions"_s, QJsonArray::fromStringList(dimensions)},
        {u"pagination"_s, QJsonObject{{u"sort"_s, pagination.value(u"sort"_s).toString()},
                                      {u"skip"_s, skip},
                                      {u"limit"_s, limit},
                                      {u"total"_s, all.size()}}},
        {u"items"_s, items},
    };
    if (query.contains(u"duration"_s))
        response.insert(u"duration"_s, query.value(u"duration"_s).toString());
    if (query.value(u"include_aggregates"_s).toBool())
        response.insert(u"aggregates"_s, QJsonObject{{u"metrics"_s, metricsObject(metricNames, aggregate)}});
    return PracticeResponse::json(response);
}

} // namespace

PracticeRouteResult PracticeStatsRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s == QStringList{u"v1"_s, u"analytics"_s, u"metrics"_s})
        return call.is("POST") ? metrics(call) : practiceMethodNotAllowed();
    if (s == QStringList{u"v3"_s, u"stats"_s, u"total"_s}) {
        if (!call.is("GET"))
            return practiceMethodNotAllowed();
        QList<const PracticeDomain*> domains;
        for (const PracticeDomain& domain : call.account.region(call.region).domains)
            domains.append(&domain);
        return stats(call, domains);
    }
    if (s.size() == 4 && s.at(0) == u"v3"_s && s.at(2) == u"stats"_s && s.at(3) == u"total"_s) {
        if (!call.is("GET"))
            return practiceMethodNotAllowed();
        const PracticeDomain* domain = call.account.findDomain(call.region, s.at(1));
        if (!domain)
            return PracticeResponse::message(404, u"Domain not found"_s);
        return stats(call, {domain});
    }
    return std::nullopt;
}
