#pragma once

#include "mailgun/api/StatsTotals.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

// Messages accepted for sending, per day, with the US and EU regions side by side.
struct VolumePoint
{
    QDateTime time; // the start of the day (or hour), UTC
    qint64 us = 0;
    qint64 eu = 0;
    qint64 total() const { return us + eu; }
};

// The account's sending over the last 30 days and the spike in it, if there is one: the
// usual sign that a leaked key or SMTP login is being used to send spam.
struct SendingVolume
{
    QList<VolumePoint> days;  // oldest first, one per day, the last 30 days
    double typicalPerDay = 0; // the baseline the spike is measured against
    int spikeFirst = -1;      // index into days; -1 when there is no spike
    int spikeLast = -1;
    QDateTime spikeStart; // to the hour when the hourly query found it; invalid when none
    bool hasSpike() const { return spikeFirst >= 0; }

    // Adds up both regions' daily totals (accepted outgoing mail) day by day and looks for
    // a spike; spikeStart is then the start of the first spike day until refined.
    static SendingVolume fromTotals(const StatsTotals& us, const StatsTotals& eu);

    // Narrows spikeStart to the first hour far above the usual hourly rate, from both
    // regions' hourly totals over the spike days. Leaves it alone when no hour stands out.
    void refineSpikeStart(const StatsTotals& usHourly, const StatsTotals& euHourly);

    // The largest day of the spike; -1 without a spike.
    int peakDay() const;
    // Messages sent from the first to the last spike day.
    qint64 spikeTotal() const;
    // Of the spike's messages, how many went out through each region.
    qint64 spikeTotal(bool eu) const;

    // Summed totals of both regions, per point time, oldest first.
    static QList<VolumePoint> merge(const StatsTotals& us, const StatsTotals& eu);

    // {"days":[{date, us, eu}], "typical_per_day", "spike_start", "spike_first_day",
    //  "spike_last_day"}; the spike fields are null without a spike.
    QJsonObject toJson() const;
};
