#include "mailgun/api/LogEvent.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;

namespace {

// The fields Mailgun sends at the top level; the others are nested or need a fallback.
const QList<JsonField<LogEvent>>& eventFields()
{
    static const QList<JsonField<LogEvent>> fields{
        {u"id"_s, &LogEvent::id},
        {u"event"_s, &LogEvent::event},
        {u"api-key-id"_s, u"api_key_id"_s, &LogEvent::apiKeyId},
        {u"originating-ip"_s, u"originating_ip"_s, &LogEvent::originatingIp},
        {u"method"_s, &LogEvent::method},
        {u"recipient"_s, &LogEvent::recipient},
    };
    return fields;
}

} // namespace

LogEvent LogEvent::fromJson(const QJsonObject& object)
{
    LogEvent event = JsonFields::read(object, eventFields());
    // "2024-07-08T16:30:18.530Z" per the spec's example; a zone-less form is read as UTC
    // rather than dropped, since the schema only says "string".
    const QString timestamp = object.value(u"@timestamp"_s).toString();
    event.timestamp = MailgunDates::fromRfc3339(timestamp);
    if (!event.timestamp.isValid())
        event.timestamp = MailgunDates::fromIsoUtc(timestamp);
    event.domain = object.value(u"domain"_s).toObject().value(u"name"_s).toString();
    event.sender = object.value(u"envelope"_s).toObject().value(u"sender"_s).toString();
    event.accountId = object.value(u"account"_s).toObject().value(u"id"_s).toString();
    return event;
}

QJsonObject LogEvent::toJson() const
{
    QJsonObject object = JsonFields::write(*this, eventFields());
    object.insert(u"timestamp"_s, MailgunDates::toJson(timestamp));
    object.insert(u"domain"_s, domain);
    object.insert(u"sender"_s, sender);
    object.insert(u"account_id"_s, accountId);
    return object;
}
