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

void VolumeLoader::loadDaily()
{
    StatsQuery query;
    query.events = {u"accepted"_s};
    query.resolution = u"day"_s;
    query.start = QDateTime(m_now.date().addDays(-(days - 1)), QTime(0, 0), QTimeZone::utc());
    query.end = m_now;
    m_pending = int(allRegions.size());
    for (Region region : allRegions) {
        StatsApi(*m_client).accountTotals(region, query, this, [this, region](ApiResult<StatsTotals> result) {
            if (result.ok()) {
                m_daily[int(region)] = result.value;
                m_problems->succeeded();
            } else {
                m_problems->add(QCoreApplication::translate("AccountReview", "The sending volume in the %1")
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
    StatsQuery query;
    query.events = {u"accepted"_s};
    query.resolution = u"hour"_s;
    query.start = m_volume->days.at(m_volume->spikeFirst).time.addDays(-1);
    query.end = qMin(m_volume->days.at(m_volume->spikeLast).time.addDays(1), m_now);
    m_pending = int(allRegions.size());
    for (Region region : allRegions) {
        StatsApi(*m_client).accountTotals(region, query, this, [this, region](ApiResult<StatsTotals> result) {
            if (result.ok()) {
                m_hourly[int(region)] = result.value;
                m_problems->succeeded();
            } else {
                m_problems->add(
                    QCoreApplication::translate("AccountReview", "The hour-by-hour sending volume in the %1")
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
