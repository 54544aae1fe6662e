#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One event of POST /v1/analytics/logs, with the fields an investigation reads: which key
// (`api-key-id`) or SMTP login sent it, from which address (`originating-ip`), and how
// (`method`: "http" or "smtp"). Fields the answer lacks stay empty.
struct LogEvent
{
    QString id;
    QString event; // "accepted", "delivered", "failed", ...
    QDateTime timestamp;
    QString domain;
    QString apiKeyId;      // "api-key-id": the Keys API id of the key that sent it
    QString originatingIp; // "originating-ip": where the request or SMTP session came from
    QString method;        // "http" or "smtp"
    QString sender;        // envelope.sender
    QString recipient;
    QString accountId; // account.id (a subaccount's id for its sends)

    static LogEvent fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
