#include "investigate/SendingVolume.h"

#include "investigate/SpikeDetector.h"
#include "mailgun/api/MailgunDates.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

QList<VolumePoint> SendingVolume::merge(const StatsTotals& us, const StatsTotals& eu)
{
    QMap<qint64, VolumePoint> byTime;
    for (const StatsPoint& point : us.points) {
        VolumePoint& merged = byTime[point.time.toSecsSinceEpoch()];
        merged.time = point.time.toUTC();
        merged.us += point.acceptedOutgoing;
    }
    for (const StatsPoint& point : eu.points) {
        VolumePoint& merged = byTime[point.time.toSecsSinceEpoch()];
        merged.time = point.time.toUTC();
        merged.eu += point.acceptedOutgoing;
    }
    return byTime.values();
}

SendingVolume SendingVolume::fromTotals(const StatsTotals& us, const StatsTotals& eu)
{
    SendingVolume volume;
    volume.days = merge(us, eu);
    QList<qint64> totals;
    totals.reserve(volume.days.size());
    for (const VolumePoint& day : std::as_const(volume.days))
        totals.append(day.total());
    const SpikeDetector::Result spike = SpikeDetector::find(totals);
    volume.typicalPerDay = spike.baseline;
    volume.spikeFirst = spike.first;
    volume.spikeLast = spike.last;
    if (volume.hasSpike())
        volume.spikeStart = volume.days.at(volume.spikeFirst).time;
    return volume;
}

void SendingVolume::refineSpikeStart(const StatsTotals& usHourly, const StatsTotals& euHourly)
{
    if (!hasSpike())
        return;
    const QList<VolumePoint> hours = merge(usHourly, euHourly);
    QList<qint64> totals;
    totals.reserve(hours.size());
    for (const VolumePoint& hour : hours)
        totals.append(hour.total());
    // Office hours alone send well under three times the average hour.
    const double typicalHour = typicalPerDay / 24.0;
    const int first = SpikeDetector::firstAbove(totals, std::max(typicalHour * 3.0, typicalHour + 10.0));
    if (first >= 0)
        spikeStart = hours.at(first).time;
}

int SendingVolume::peakDay() const
{
    if (!hasSpike())
        return -1;
    int peak = spikeFirst;
    for (int i = spikeFirst; i <= spikeLast && i < days.size(); ++i) {
        if (days.at(i).total() > days.at(peak).total())
            peak = i;
    }
    return peak;
}

qint64 SendingVolume::spikeTotal() const
{
    return spikeTotal(false) + spikeTotal(true);
}

qint64 SendingVolume::spikeTotal(bool eu) const
{
    qint64 total = 0;
    for (int i = spikeFirst; hasSpike() && i <= spikeLast && i < days.size(); ++i)
        total += eu ? days.at(i).eu : days.at(i).us;
    return total;
}

QJsonObject SendingVolume::toJson() const
{
    QJsonArray list;
    for (const VolumePoint& day : days) {
        list.append(QJsonObject{{u"date"_s, day.time.toUTC().date().toString(Qt::ISODate)},
                                {u"us"_s, day.us},
                                {u"eu"_s, day.eu}});
    }
    const auto dayOf = [this](int index) -> QJsonValue {
        if (index < 0 || index >= days.size())
            return QJsonValue::Null;
        return days.at(index).time.toUTC().date().toString(Qt::ISODate);
    };
    return {{u"days"_s, list},
            {u"typical_per_day"_s, typicalPerDay},
            {u"spike_start"_s, MailgunDates::toJson(spikeStart)},
            {u"spike_first_day"_s, dayOf(spikeFirst)},
            {u"spike_last_day"_s, dayOf(spikeLast)}};
}
