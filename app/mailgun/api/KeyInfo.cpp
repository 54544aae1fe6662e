#include "mailgun/api/KeyInfo.h"

#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

KeyInfo KeyInfo::fromJson(const QJsonObject& object)
{
    KeyInfo key;
    key.id = object.value(u"id"_s).toString();
    key.description = object.value(u"description"_s).toString();
    key.kind = object.value(u"kind"_s).toString();
    key.role = object.value(u"role"_s).toString();
    key.createdAt = MailgunDates::parse(object.value(u"created_at"_s), MailgunDates::Format::IsoUtc);
    key.updatedAt = MailgunDates::parse(object.value(u"updated_at"_s), MailgunDates::Format::IsoUtc);
    key.expiresAt = MailgunDates::parse(object.value(u"expires_at"_s), MailgunDates::Format::IsoUtc);
    key.isDisabled = object.value(u"is_disabled"_s).toBool();
    key.disabledReason = object.value(u"disabled_reason"_s).toString();
    key.domainName = object.value(u"domain_name"_s).toString();
    key.requestor = object.value(u"requestor"_s).toString();
    key.userName = object.value(u"user_name"_s).toString();
    return key;
}

QJsonObject KeyInfo::toJson() const
{
    return {
        {u"id"_s, id},
        {u"description"_s, description},
        {u"kind"_s, kind},
        {u"role"_s, role},
        {u"created_at"_s, MailgunDates::toJson(createdAt)},
        {u"updated_at"_s, MailgunDates::toJson(updatedAt)},
        {u"expires_at"_s, MailgunDates::toJson(expiresAt)},
        {u"is_disabled"_s, isDisabled},
        {u"disabled_reason"_s, disabledReason},
        {u"domain_name"_s, domainName},
        {u"requestor"_s, requestor},
        {u"user_name"_s, userName},
    };
}

CreatedKey CreatedKey::fromJson(const QJsonObject& key)
{
    CreatedKey created;
    created.info = KeyInfo::fromJson(key);
    created.secret = Secret(key.value(u"secret"_s).toString());
    return created;
}
