#include "practice/PracticeLogsRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"
#include "practice/PracticeLogSynthesis.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace PracticeLogSynthesis;

namespace {

constexpr int maxLimit = 100; // the spec: "The maximum number of items returned (100 max)"

// Every event type Mailgun logs; the simulation produces the first three.
const QStringList knownEvents{u"accepted"_s, u"delivered"_s,    u"failed"_s,     u"rejected"_s, u"opened"_s,
                              u"clicked"_s,  u"unsubscribed"_s, u"complained"_s, u"stored"_s};

// The filter of the request: only the "domain" attribute is known to the practice server.
std::optional<PracticeResponse> domainSelected(const QString& name, const QJsonValue& filter, bool* selected)
{
    *selected = true;
    if (filter.isUndefined() || filter.isNull())
        return std::nullopt;
    if (!filter.isObject() || !filter.toObject().value(u"AND"_s).isArray())
        return PracticeResponse::message(400, u"filter must be an object with an AND list"_s);
    const QJsonArray predicates = filter.toObject().value(u"AND"_s).toArray();
    for (const QJsonValue& value : predicates) {
        const QJsonObject predicate = value.toObject();
        const QString attribute = predicate.value(u"attribute"_s).toString();
        if (attribute != u"domain"_s)
            return PracticeResponse::message(400, u"unsupported filter attribute: "_s + attribute);
        const QString comparator = predicate.value(u"comparator"_s).toString();
        const bool contains = comparator == u"contains"_s || comparator == u"not contains"_s;
        if (!contains && comparator != u"="_s && comparator != u"!="_s)
            return PracticeResponse::message(400, u"unsupported filter comparator: "_s + comparator);
        bool any = false;
        const QJsonArray values = predicate.value(u"values"_s).toArray();
        for (const QJsonValue& item : values) {
            const QString wanted = item.toObject().value(u"value"_s).toString();
            any = any || (contains ? name.contains(wanted, Qt::CaseInsensitive)
                                   : name.compare(wanted, Qt::CaseInsensitive) == 0);
        }
        const bool negated = comparator == u"!="_s || comparator == u"not contains"_s;
        if (any == negated)
            *selected = false;
    }
    return std::nullopt;
}

std::optional<PracticeResponse> readKinds(const QJsonObject& query, EventKinds* kinds)
{
    QStringList names;
    const QJsonArray events = query.value(u"events"_s).toArray();
    for (const QJsonValue& value : events) {
        if (!knownEvents.contains(value.toString()))
            return PracticeResponse::message(400, u"invalid event: "_s + value.toString());
        names.append(value.toString());
    }
    // "Will be converted into corresponding events" (the spec); these are the ones whose
    // event the simulation knows.
    const QJsonArray metricEvents = query.value(u"metric_events"_s).toArray();
    for (const QJsonValue& value : metricEvents) {
        const QString metric = value.toString();
        if (metric == u"accepted_count"_s || metric == u"accepted_outgoing_count"_s)
            names.append(u"accepted"_s);
        else if (metric == u"delivered_count"_s)
            names.append(u"delivered"_s);
        else if (metric == u"failed_count"_s || metric == u"permanent_failed_count"_s)
            names.append(u"failed"_s);
        else
            return PracticeResponse::message(400, u"unsupported metric event: "_s + metric);
    }
    const bool all = events.isEmpty() && metricEvents.isEmpty();
    kinds->accepted = all || names.contains(u"accepted"_s);
    kinds->delivered = all || names.contains(u"delivered"_s);
    kinds->failed = all || names.contains(u"failed"_s);
    return std::nullopt;
}

// The page token: a position in the answer, and the window it was counted in, so that a
// default end ("now") does not move between pages.
QString pageToken(qint64 offset, const Window& window)
{
    const QByteArray payload = "logs1:" + QByteArray::number(offset) + ':' +
                               QByteArray::number(window.startMs) + ':' + QByteArray::number(window.endMs);
    return QString::fromLatin1(
        payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool readPageToken(const QString& token, qint64* offset, Window* window)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4 || parts.at(0) != "logs1")
        return false;
    bool ok[3] = {false, false, false};
    *offset = parts.at(1).toLongLong(&ok[0]);
    window->startMs = parts.at(2).toLongLong(&ok[1]);
    window->endMs = parts.at(3).toLongLong(&ok[2]);
    return ok[0] && ok[1] && ok[2] && *offset >= 0 && window->startMs <= window->endMs;
}

PracticeResponse logs(const PracticeCall& call)
{
    QJsonObject query;
    if (auto problem = call.readJsonBody(&query))
        return *problem;

    const QJsonObject pagination = query.value(u"pagination"_s).toObject();
    const QString sort = pagination.value(u"sort"_s).toString(u"timestamp:desc"_s);
    if (sort != u"timestamp:desc"_s && sort != u"timestamp:asc"_s)
        return PracticeResponse::message(400, u"pagination sort must be timestamp:asc or timestamp:desc"_s);
    const bool newestFirst = sort == u"timestamp:desc"_s;
    const int limit = pagination.value(u"limit"_s).toInt(maxLimit);
    if (limit < 1 || limit > maxLimit)
        return PracticeResponse::message(400, u"pagination limit must be between 1 and 100"_s);

    Window window;
    qint64 offset = 0;
    const QString token = pagination.value(u"token"_s).toString();
    if (!token.isEmpty()) {
        if (!readPageToken(token, &offset, &window))
            return PracticeResponse::message(400, u"invalid pagination token"_s);
    } else {
        const QString endText = query.value(u"end"_s).toString();
        const QDateTime end = endText.isEmpty() ? call.now : PracticeDates::parseRequestDate(endText);
        if (!end.isValid())
            return PracticeResponse::message(400, u"invalid end date: "_s + endText);
        const QString startText = query.value(u"start"_s).toString();
        const QDateTime start =
            startText.isEmpty() ? end.addDays(-1) : PracticeDates::parseRequestDate(startText);
        if (!start.isValid())
            return PracticeResponse::message(400, u"invalid start date: "_s + startText);
        if (start > end)
            return PracticeResponse::message(400, u"start must be before end"_s);
        window = {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
    }

    EventKinds kinds;
    if (auto problem = readKinds(query, &kinds))
        return *problem;

    // Every simulated event is the account's own: sub-accounts send nothing here, so
    // include_subaccounts changes nothing.
    const Cast cast = castOf(call.account);
    QList<DomainLog> logs;
    qint64 trafficStartMs = window.endMs;
    qint64 trafficEndMs = window.startMs;
    for (const PracticeDomain& domain : call.account.region(call.region).domains) {
        bool selected = true;
        if (auto problem = domainSelected(domain.name, query.value(u"filter"_s), &selected))
            return *problem;
        if (!selected || !domain.trafficUntil.isValid())
            continue;
        logs.append(domainLog(domain, call.region, cast));
        trafficStartMs = qMin(trafficStartMs, domain.createdAt.toMSecsSinceEpoch());
        trafficEndMs = qMax(trafficEndMs, domain.trafficUntil.toMSecsSinceEpoch());
    }

    // Events per hour: by arithmetic for whole hours, by listing them for the (at most two)
    // hours the window cuts.
    QList<qint64> hours;
    QList<qint64> counts;
    const qint64 firstMs = qMax(window.startMs, trafficStartMs);
    const qint64 lastMs = qMin(window.endMs, trafficEndMs);
    QList<HourPlan> plans;
    for (qint64 hour = firstMs - firstMs % hourMs; hour < lastMs; hour += hourMs) {
        qint64 count = 0;
        if (hour >= window.startMs && hour + hourMs <= window.endMs) {
            for (const DomainLog& log : std::as_const(logs))
                count += kinds.count(planHour(log, hour));
        } else {
            count = hourSlots(logs, hour, kinds, window, &plans).size();
        }
        if (count > 0) {
            hours.append(hour);
            counts.append(count);
        }
    }
    if (newestFirst) {
        std::reverse(hours.begin(), hours.end());
        std::reverse(counts.begin(), counts.end());
    }
    qint64 total = 0;
    for (const qint64 count : std::as_const(counts))
        total += count;

    QJsonArray items;
    qint64 before = 0; // events in the hours already passed
    for (qsizetype h = 0; h < hours.size() && before < offset + limit; ++h) {
        const qint64 count = counts.at(h);
        if (before + count > offset) {
            QList<Slot> hourEvents = hourSlots(logs, hours.at(h), kinds, window, &plans);
            if (newestFirst)
                std::reverse(hourEvents.begin(), hourEvents.end());
            const qint64 from = qMax<qint64>(0, offset - before);
            const qint64 to = qMin<qint64>(count, offset + limit - before);
            for (qint64 i = from; i < to; ++i) {
                const Slot& slot = hourEvents.at(i);
                items.append(eventJson(logs.at(slot.domain), plans.at(slot.domain), slot, cast));
            }
        }
        before += count;
    }

    QJsonObject paging{{u"first"_s, pageToken(0, window)},
                       {u"last"_s, pageToken(total > 0 ? (total - 1) / limit * limit : 0, window)}};
    if (offset > 0)
        paging.insert(u"previous"_s, pageToken(qMax<qint64>(0, offset - limit), window));
    if (offset + limit < total)
        paging.insert(u"next"_s, pageToken(offset + limit, window));
    QJsonObject aggregates;
    if (query.value(u"include_totals"_s).toBool()) {
        paging.insert(u"total"_s, total);
        aggregates.insert(u"all"_s, total);
    }
    const auto date = [](qint64 ms) {
        return PracticeDates::rfc2822(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    };
    return PracticeResponse::json({{u"start"_s, date(window.startMs)},
                                   {u"end"_s, date(window.endMs)},
                                   {u"items"_s, items},
                                   {u"pagination"_s, paging},
                                   {u"aggregates"_s, aggregates}});
}

} // namespace

PracticeRouteResult PracticeLogsRoutes::route(const PracticeCall& call)
{
    if (call.segments != QStringList{u"v1"_s, u"analytics"_s, u"logs"_s})
        return std::nullopt;
    return call.is("POST") ? logs(call) : practiceMethodNotAllowed();
}
