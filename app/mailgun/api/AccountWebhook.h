#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One account-level webhook (GET /v1/webhooks): fires for every domain of the account in
// its region, so it sees all traffic.
struct AccountWebhook
{
    QString id; // "webhook_id" in the API
    QString description;
    QString url;
    QStringList eventTypes;
    QDateTime createdAt;

    static AccountWebhook fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
