#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One inbound route (/v3/routes): account-wide within a region. A forward() or
// store(notify=) action to an outside address is how an attacker copies incoming mail.
struct Route
{
    QString id;
    int priority = 0; // lower runs first
    QString description;
    QString expression;
    QStringList actions;
    QDateTime createdAt;

    static Route fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
