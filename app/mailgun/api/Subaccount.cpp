#include "mailgun/api/Subaccount.h"

#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

Subaccount Subaccount::fromJson(const QJsonObject& object)
{
    Subaccount subaccount;
    subaccount.id = object.value(u"id"_s).toString();
    subaccount.name = object.value(u"name"_s).toString();
    subaccount.status = object.value(u"status"_s).toString();
    subaccount.createdAt = MailgunDates::parse(object.value(u"created_at"_s), MailgunDates::Format::Rfc2822);
    subaccount.updatedAt = MailgunDates::parse(object.value(u"updated_at"_s), MailgunDates::Format::Rfc2822);
    return subaccount;
}

QJsonObject Subaccount::toJson() const
{
    return {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"status"_s, status},
        {u"created_at"_s, MailgunDates::toJson(createdAt)},
        {u"updated_at"_s, MailgunDates::toJson(updatedAt)},
    };
}
