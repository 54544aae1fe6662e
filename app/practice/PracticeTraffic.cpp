#include "practice/PracticeTraffic.h"

PracticeTraffic::Counts PracticeTraffic::inHour(const PracticeDomain& domain, const QDateTime& hourStart)
{
    Counts counts;
    const qint64 hourEpoch = hourStart.toSecsSinceEpoch();
    const qint64 api = domain.sentThroughApi.value(hourEpoch);
    counts.accepted += api;
    counts.delivered += api;
    if (!domain.trafficUntil.isValid() || hourStart >= domain.trafficUntil || hourStart < domain.createdAt)
        return counts;
    // Office hours send more; a small deterministic wobble keeps the chart from looking flat.
    const int hour = hourStart.toUTC().time().hour();
    const double daytime = (hour >= 8 && hour < 20) ? 1.4 : 0.5;
    const double wobble = 0.85 + 0.3 * double((hourEpoch / 3600) * 2654435761u % 100) / 100.0;
    const qint64 baseline = qint64(domain.baselinePerHour * daytime * wobble);
    counts.accepted += baseline;
    counts.failed += baseline / 50;
    if (domain.spikePerHour > 0 && domain.spikeStart.isValid() && hourStart >= domain.spikeStart) {
        const qint64 spike = qint64(domain.spikePerHour * wobble);
        counts.accepted += spike;
        counts.failed += spike * 3 / 10; // spam bounces
    }
    counts.delivered += counts.accepted - api - counts.failed;
    return counts;
}

PracticeTraffic::Counts PracticeTraffic::between(const PracticeDomain& domain, const QDateTime& from,
                                                 const QDateTime& to)
{
    Counts total;
    QDateTime hour = QDateTime::fromSecsSinceEpoch(from.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    for (; hour < to; hour = hour.addSecs(3600))
        total += inHour(domain, hour);
    return total;
}
