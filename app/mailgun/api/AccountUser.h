#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One person with a login to the account (GET /v5/users). The API can only read users:
// password resets and 2FA are done by each person in the Control Panel, and these fields
// are how the program checks afterwards that they were.
struct AccountUser
{
    QString id;
    QString name;
    QString email;
    QString role;          // "admin", "developer", "basic", "support", "billing"
    bool isMaster = false; // the account owner
    bool isDisabled = false;
    bool activated = false;
    bool tfaEnabled = false;
    bool tfaActive = false;
    QDateTime tfaCreatedAt;      // invalid when 2FA was never enabled
    QDateTime passwordUpdatedAt; // invalid when the password was never changed
    QString openedIp;            // where the account was opened from

    static AccountUser fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
