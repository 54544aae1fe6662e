#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct MetricsSeries;

// Sending volume over time from the (deprecated but still served) stats API,
// GET /v3/stats/total and GET /v3/{domain}/stats/total. A sudden rise in accepted
// outgoing mail is the usual sign that a leaked key or SMTP login is being used.
struct StatsPoint
{
    QDateTime time;
    qint64 acceptedIncoming = 0;
    qint64 acceptedOutgoing = 0;
    qint64 acceptedTotal = 0;
    qint64 deliveredTotal = 0;
    qint64 failedTemporary = 0;
    qint64 failedPermanent = 0;
    qint64 complainedTotal = 0;

    qint64 failedTotal() const { return failedTemporary + failedPermanent; }

    static StatsPoint fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

struct StatsTotals
{
    QDateTime start;
    QDateTime end;
    QString resolution; // "hour", "day" or "month"
    QList<StatsPoint> points;

    qint64 acceptedTotal() const;
    qint64 deliveredTotal() const;
    qint64 failedTotal() const;

    static StatsTotals fromJson(const QJsonObject& object);
    // The same totals from POST /v1/analytics/metrics with the single dimension "time": each
    // row's accepted_outgoing_count (else accepted_count) as accepted outgoing mail; rows
    // without a time are left out, rows of the same time added up.
    static StatsTotals fromMetrics(const MetricsSeries& series);
    QJsonObject toJson() const;
};
