#pragma once

#include <QJsonObject>
#include <QString>

// One address or CIDR range on the account's IP allowlist (/v2/ip_whitelist). When the
// list is not empty, API keys and SMTP logins only work from these addresses.
struct IpAllowlistEntry
{
    QString address; // "ip_address" in the API
    QString description;

    static IpAllowlistEntry fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
