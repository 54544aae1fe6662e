#include "mailgun/api/MetricsSeries.h"

#include "mailgun/api/MailgunDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QHash<QString, double> readMetrics(const QJsonObject& object)
{
    QHash<QString, double> metrics;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isDouble())
            metrics.insert(it.key(), value.toDouble());
        else if (value.isString())
            metrics.insert(it.key(), value.toString().toDouble());
    }
    return metrics;
}

QJsonObject writeMetrics(const QHash<QString, double>& metrics)
{
    QJsonObject object;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

MetricsPoint MetricsPoint::fromJson(const QJsonObject& item)
{
    MetricsPoint point;
    const QJsonArray dimensions = item.value(u"dimensions"_s).toArray();
    for (const QJsonValue& entry : dimensions) {
        const QJsonObject dimension = entry.toObject();
        const QString name = dimension.value(u"dimension"_s).toString();
        const QString value = dimension.value(u"value"_s).toString();
        point.dimensions.insert(name, value);
        if (name == u"time"_s)
            point.time = MailgunDates::fromRfc2822(value);
        else if (name == u"domain"_s)
            point.domain = value;
    }
    point.metrics = readMetrics(item.value(u"metrics"_s).toObject());
    return point;
}

QJsonObject MetricsPoint::toJson() const
{
    QJsonObject dims;
    for (auto it = dimensions.cbegin(); it != dimensions.cend(); ++it)
        dims.insert(it.key(), it.value());
    if (time.isValid())
        dims.insert(u"time"_s, MailgunDates::toJson(time));
    return {{u"dimensions"_s, dims}, {u"metrics"_s, writeMetrics(metrics)}};
}

MetricsSeries MetricsSeries::fromJson(const QJsonObject& object)
{
    MetricsSeries series;
    series.start = MailgunDates::parse(object.value(u"start"_s), MailgunDates::Format::Rfc2822);
    series.end = MailgunDates::parse(object.value(u"end"_s), MailgunDates::Format::Rfc2822);
    series.resolution = object.value(u"resolution"_s).toString();
    const QJsonArray dimensions = object.value(u"dimensions"_s).toArray();
    for (const QJsonValue& dimension : dimensions)
        series.dimensions.append(dimension.toString());
    const QJsonArray items = object.value(u"items"_s).toArray();
    for (const QJsonValue& item : items)
        series.points.append(MetricsPoint::fromJson(item.toObject()));
    series.aggregates = readMetrics(object.value(u"aggregates"_s).toObject().value(u"metrics"_s).toObject());
    const QJsonValue total = object.value(u"pagination"_s).toObject().value(u"total"_s);
    series.hasTotal = total.isDouble();
    series.total = series.hasTotal ? total.toInt() : int(series.points.size());
    return series;
}

QJsonObject MetricsSeries::toJson() const
{
    QJsonArray items;
    for (const MetricsPoint& point : points)
        items.append(point.toJson());
    return {
        {u"start"_s, MailgunDates::toJson(start)},
        {u"end"_s, MailgunDates::toJson(end)},
        {u"resolution"_s, resolution},
        {u"dimensions"_s, QJsonArray::fromStringList(dimensions)},
        {u"items"_s, items},
        {u"aggregates"_s, writeMetrics(aggregates)},
        {u"total"_s, total},
    };
}
