#include "investigate/VolumeLoader.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/api/StatsApi.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

VolumeLoader::VolumeLoader(MailgunClient* client, SendingVolume* volume, ReviewProblems* problems,
                           QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_volume(volume)
    , m_problems(problems)
{}

void VolumeLoader::start(const QDateTime& now, std::function<void()> stepDone, std::function<void()> finished)
{
    m_now = now.toUTC();
    m_stepDone = std::move(stepDone);
    m_finished = std::move(finished);
    m_daily[0] = m_daily[1] = m_hourly[0] = m_hourly[1] = StatsTotals();
    loadDaily();
}

void VolumeLoader::step()
{
    if (m_stepDone)
        m_stepDone();
}

void VolumeLoader::loadTotals(Region region, const QString& resolution, const QDateTime& start,
                              const QDateTime& end, std::function<void(const ApiResult<StatsTotals>&)> done)
{
    MetricsQuery query;
    query.start = start;
    query.end = end;
    query.duration.clear();
    query.resolution = MetricsQuery::resolutionWithinRetention(resolution, start, m_now);
    query.dimensions = {u"time"_s};
    query.metrics = {u"accepted_outgoing_count"_s};
    query.includeAggregates = false;
    StatsApi(*m_client).metrics(
        region, query, this, [this, region, resolution, start, end, done](ApiResult<MetricsSeries> metrics) {
            if (metrics.ok()) {
                done(ApiResult<StatsTotals>::success(StatsTotals::fromMetrics(metrics.value)));
                return;
            }
            // Deprecated, but still served: better than no volume at all.
            StatsQuery fallback;
            fallback.events = {u"accepted"_s};
            fallback.resolution = resolution;
            fallback.start = start;
            fallback.end = end;
            StatsApi(*m_client).accountTotals(
                region, fallback, this, [done, error = metrics.error](ApiResult<StatsTotals> totals) {
                    done(totals.ok() ? totals : ApiResult<StatsTotals>::failure(error));
                });
        });
}

void VolumeLoader::loadDaily()
{
    const QDateTime start = QDateTime(m_now.date().addDays(-(days - 1)), QTime(0, 0), QTimeZone::utc());
    m_pending = int(allRegions.size());
    for (Region region : allRegions) {
        loadTotals(region, u"day"_s, start, m_now, [this, region](const ApiResult<StatsTotals>& result) {
            if (result.ok()) {
                m_daily[int(region)] = result.value;
                m_problems->succeeded();
            } else {
                m_problems->add(QCoreApplication::translate("AccountReview", "the sending volume in the %1")
                                    .arg(regionDisplayName(region)),
                                result.error);
            }
            step();
            if (--m_pending == 0) {
                *m_volume = SendingVolume::fromTotals(m_daily[int(Region::Us)], m_daily[int(Region::Eu)]);
                loadHourly();
            }
        });
    }
}

void VolumeLoader::loadHourly()
{
    if (!m_volume->hasSpike()) {
        step();
        step();
        if (m_finished)
            m_finished();
        return;
    }
    // From the day before the spike: abuse that began late in the evening hardly shows
    // in that day's total.
    const QDateTime start = m_volume->days.at(m_volume->spikeFirst).time.addDays(-1);
    const QDateTime end = qMin(m_volume->days.at(m_volume->spikeLast).time.addDays(1), m_now);
    m_pending = int(allRegions.size());
    for (Region region : allRegions) {
        loadTotals(region, u"hour"_s, start, end, [this, region](const ApiResult<StatsTotals>& result) {
            if (result.ok()) {
                m_hourly[int(region)] = result.value;
                m_problems->succeeded();
            } else {
                m_problems->add(
                    QCoreApplication::translate("AccountReview", "the hour-by-hour sending volume in the %1")
                        .arg(regionDisplayName(region)),
                    result.error);
            }
            step();
            if (--m_pending == 0) {
                m_volume->refineSpikeStart(m_hourly[int(Region::Us)], m_hourly[int(Region::Eu)]);
                if (m_finished)
                    m_finished();
            }
        });
    }
}
