#include "mailgun/api/AccountWebhook.h"

#include "mailgun/api/MailgunDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

AccountWebhook AccountWebhook::fromJson(const QJsonObject& object)
{
    AccountWebhook webhook;
    webhook.id = object.value(u"webhook_id"_s).toString();
    webhook.description = object.value(u"description"_s).toString();
    webhook.url = object.value(u"url"_s).toString();
    const QJsonArray events = object.value(u"event_types"_s).toArray();
    for (const QJsonValue& event : events)
        webhook.eventTypes.append(event.toString());
    webhook.createdAt = MailgunDates::parse(object.value(u"created_at"_s), MailgunDates::Format::Rfc3339);
    return webhook;
}

QJsonObject AccountWebhook::toJson() const
{
    return {
        {u"webhook_id"_s, id},
        {u"description"_s, description},
        {u"url"_s, url},
        {u"event_types"_s, QJsonArray::fromStringList(eventTypes)},
        {u"created_at"_s, MailgunDates::toJson(createdAt)},
    };
}
