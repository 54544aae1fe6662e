#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One row of POST /v1/analytics/metrics: the values of the requested metrics for one
// combination of dimension values (with dimensions ["time", "domain"]: one domain in one
// hour or day). Rates come as strings ("0.8300") and are read as numbers too.
struct MetricsPoint
{
    QDateTime time;                     // the "time" dimension, invalid when it was not requested
    QString domain;                     // the "domain" dimension, empty when it was not requested
    QHash<QString, QString> dimensions; // every dimension: name -> value
    QHash<QString, double> metrics;

    double metric(const QString& name) const { return metrics.value(name); }

    static MetricsPoint fromJson(const QJsonObject& item);
    QJsonObject toJson() const;
};

struct MetricsSeries
{
    QDateTime start;
    QDateTime end;
    QString resolution;
    QStringList dimensions;
    QList<MetricsPoint> points;
    QHash<QString, double> aggregates; // with include_aggregates
    int total = 0;                     // rows Mailgun has for the query (pagination.total)
    bool hasTotal = false;             // the answer carried pagination.total

    static MetricsSeries fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
