#pragma once

#include "practice/PracticeModel.h"

#include <QDateTime>

// The simulated sending volume of a domain, computed rather than stored so that months of
// hourly history cost nothing: a business-hours baseline, the spike an intruder causes, and
// whatever was really sent through the practice API.
class PracticeTraffic
{
public:
    struct Counts
    {
        qint64 accepted = 0;
        qint64 delivered = 0;
        qint64 failed = 0;

        Counts& operator+=(const Counts& other)
        {
            accepted += other.accepted;
            delivered += other.delivered;
            failed += other.failed;
            return *this;
        }
    };

    // Messages in [from, to), summed hour by hour.
    static Counts between(const PracticeDomain& domain, const QDateTime& from, const QDateTime& to);
    static Counts inHour(const PracticeDomain& domain, const QDateTime& hourStart);
};
