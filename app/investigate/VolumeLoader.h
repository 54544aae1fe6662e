#pragma once

#include "investigate/ReviewProblems.h"
#include "investigate/SendingVolume.h"
#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class MailgunClient;

// Reads the sending volume: the daily totals of the last 30 days in both regions, then,
// when they show a spike, the hourly totals over the spike days to find the hour it began.
// The source is POST /v1/analytics/metrics (time only, every page); the deprecated
// /v3/stats/total is asked only when the metrics cannot be read (docs/mailgun-behaviour.md, 7).
class VolumeLoader : public QObject
{
    Q_OBJECT

public:
    VolumeLoader(MailgunClient* client, SendingVolume* volume, ReviewProblems* problems,
                 QObject* parent = nullptr);

    // `stepDone()` after each of the steps(); `finished()` at the end.
    void start(const QDateTime& now, std::function<void()> stepDone, std::function<void()> finished);
    static int steps() { return 4; }
    static constexpr int days = 30;

private:
    void loadDaily();
    void loadHourly();
    void step();
    // The accepted outgoing mail of `region` per `resolution` over [start, end]: metrics
    // first, then the stats totals; `done` gets the metrics' error when both fail.
    void loadTotals(Region region, const QString& resolution, const QDateTime& start, const QDateTime& end,
                    std::function<void(const ApiResult<StatsTotals>&)> done);

    MailgunClient* m_client;
    SendingVolume* m_volume;
    ReviewProblems* m_problems;
    QDateTime m_now;
    std::function<void()> m_stepDone;
    std::function<void()> m_finished;
    StatsTotals m_daily[2];
    StatsTotals m_hourly[2];
    int m_pending = 0;
};
