#include "mailgun/api/AccountWebhook.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;

namespace {

const QList<JsonField<AccountWebhook>>& webhookFields()
{
    static const QList<JsonField<AccountWebhook>> fields{
        {u"webhook_id"_s, &AccountWebhook::id},
        {u"description"_s, &AccountWebhook::description},
        {u"url"_s, &AccountWebhook::url},
        {u"event_types"_s, &AccountWebhook::eventTypes},
        {u"created_at"_s, &AccountWebhook::createdAt, MailgunDates::Format::Rfc3339},
    };
    return fields;
}

} // namespace

AccountWebhook AccountWebhook::fromJson(const QJsonObject& object)
{
    return JsonFields::read(object, webhookFields());
}

QJsonObject AccountWebhook::toJson() const
{
    return JsonFields::write(*this, webhookFields());
}
