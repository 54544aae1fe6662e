#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One subaccount (GET /v5/accounts/subaccounts). An attacker may open one to send from
// outside the parent account's view.
struct Subaccount
{
    QString id;
    QString name;
    QString status; // "open", "disabled" or "closed"
    QDateTime createdAt;
    QDateTime updatedAt;

    static Subaccount fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
