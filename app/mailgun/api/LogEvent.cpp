#include "mailgun/api/LogEvent.h"

#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

LogEvent LogEvent::fromJson(const QJsonObject& object)
{
    LogEvent event;
    event.id = object.value(u"id"_s).toString();
    event.event = object.value(u"event"_s).toString();
    // "2024-07-08T16:30:18.530Z" per the spec's example; a zone-less form is read as UTC
    // rather than dropped, since the schema only says "string".
    const QString timestamp = object.value(u"@timestamp"_s).toString();
    event.timestamp = MailgunDates::fromRfc3339(timestamp);
    if (!event.timestamp.isValid())
        event.timestamp = MailgunDates::fromIsoUtc(timestamp);
    event.domain = object.value(u"domain"_s).toObject().value(u"name"_s).toString();
    event.apiKeyId = object.value(u"api-key-id"_s).toString();
    event.originatingIp = object.value(u"originating-ip"_s).toString();
    event.method = object.value(u"method"_s).toString();
    event.sender = object.value(u"envelope"_s).toObject().value(u"sender"_s).toString();
    event.recipient = object.value(u"recipient"_s).toString();
    event.accountId = object.value(u"account"_s).toObject().value(u"id"_s).toString();
    return event;
}

QJsonObject LogEvent::toJson() const
{
    return {
        {u"id"_s, id},
        {u"event"_s, event},
        {u"timestamp"_s, MailgunDates::toJson(timestamp)},
        {u"domain"_s, domain},
        {u"api_key_id"_s, apiKeyId},
        {u"originating_ip"_s, originatingIp},
        {u"method"_s, method},
        {u"sender"_s, sender},
        {u"recipient"_s, recipient},
        {u"account_id"_s, accountId},
    };
}
