#include "mailgun/api/StatsTotals.h"

#include "mailgun/api/MailgunDates.h"
#include "mailgun/api/MetricsSeries.h"

#include <QJsonArray>
#include <QMap>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

qint64 count(const QJsonObject& parent, const QString& group, const QString& field)
{
    return parent.value(group).toObject().value(field).toInteger();
}

} // namespace

StatsPoint StatsPoint::fromJson(const QJsonObject& object)
{
    StatsPoint point;
    point.time = MailgunDates::parse(object.value(u"time"_s), MailgunDates::Format::Rfc2822);
    point.acceptedIncoming = count(object, u"accepted"_s, u"incoming"_s);
    point.acceptedOutgoing = count(object, u"accepted"_s, u"outgoing"_s);
    point.acceptedTotal = count(object, u"accepted"_s, u"total"_s);
    point.deliveredTotal = count(object, u"delivered"_s, u"total"_s);
    const QJsonObject failed = object.value(u"failed"_s).toObject();
    point.failedTemporary = count(failed, u"temporary"_s, u"total"_s);
    point.failedPermanent = count(failed, u"permanent"_s, u"total"_s);
    point.complainedTotal = count(object, u"complained"_s, u"total"_s);
    return point;
}

QJsonObject StatsPoint::toJson() const
{
    return {
        {u"time"_s, MailgunDates::toJson(time)},    {u"accepted_incoming"_s, acceptedIncoming},
        {u"accepted_outgoing"_s, acceptedOutgoing}, {u"accepted_total"_s, acceptedTotal},
        {u"delivered_total"_s, deliveredTotal},     {u"failed_temporary"_s, failedTemporary},
        {u"failed_permanent"_s, failedPermanent},   {u"complained_total"_s, complainedTotal},
    };
}

qint64 StatsTotals::acceptedTotal() const
{
    return std::accumulate(points.cbegin(), points.cend(), qint64(0),
                           [](qint64 sum, const StatsPoint& point) { return sum + point.acceptedTotal; });
}

qint64 StatsTotals::deliveredTotal() const
{
    return std::accumulate(points.cbegin(), points.cend(), qint64(0),
                           [](qint64 sum, const StatsPoint& point) { return sum + point.deliveredTotal; });
}

qint64 StatsTotals::failedTotal() const
{
    return std::accumulate(points.cbegin(), points.cend(), qint64(0),
                           [](qint64 sum, const StatsPoint& point) { return sum + point.failedTotal(); });
}

StatsTotals StatsTotals::fromJson(const QJsonObject& object)
{
    StatsTotals totals;
    totals.start = MailgunDates::parse(object.value(u"start"_s), MailgunDates::Format::Rfc2822);
    totals.end = MailgunDates::parse(object.value(u"end"_s), MailgunDates::Format::Rfc2822);
    totals.resolution = object.value(u"resolution"_s).toString();
    const QJsonArray stats = object.value(u"stats"_s).toArray();
    for (const QJsonValue& item : stats)
        totals.points.append(StatsPoint::fromJson(item.toObject()));
    return totals;
}

QJsonObject StatsTotals::toJson() const
{
    QJsonArray array;
    for (const StatsPoint& point : points)
        array.append(point.toJson());
    return {
        {u"start"_s, MailgunDates::toJson(start)},
        {u"end"_s, MailgunDates::toJson(end)},
        {u"resolution"_s, resolution},
        {u"stats"_s, array},
    };
}

StatsTotals StatsTotals::fromMetrics(const MetricsSeries& series)
{
    StatsTotals totals;
    totals.start = series.start;
    totals.end = series.end;
    totals.resolution = series.resolution;
    QMap<qint64, StatsPoint> byTime;
    for (const MetricsPoint& row : series.points) {
        if (!row.time.isValid())
            continue;
        const QString name = row.metrics.contains(u"accepted_outgoing_count"_s) ? u"accepted_outgoing_count"_s
                                                                                : u"accepted_count"_s;
        StatsPoint& point = byTime[row.time.toSecsSinceEpoch()];
        point.time = row.time.toUTC();
        const auto accepted = qint64(row.metric(name));
        point.acceptedOutgoing += accepted;
        point.acceptedTotal += accepted;
        point.deliveredTotal += qint64(row.metric(u"delivered_count"_s));
        point.failedPermanent += qint64(row.metric(u"failed_count"_s));
        point.complainedTotal += qint64(row.metric(u"complained_count"_s));
    }
    totals.points = byTime.values();
    return totals;
}
