#include "mailgun/api/AccountUser.h"

#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

AccountUser AccountUser::fromJson(const QJsonObject& object)
{
    AccountUser user;
    user.id = object.value(u"id"_s).toString();
    user.name = object.value(u"name"_s).toString();
    user.email = object.value(u"email"_s).toString();
    user.role = object.value(u"role"_s).toString();
    user.isMaster = object.value(u"is_master"_s).toBool();
    user.isDisabled = object.value(u"is_disabled"_s).toBool();
    user.activated = object.value(u"activated"_s).toBool();
    user.tfaEnabled = object.value(u"tfa_enabled"_s).toBool();
    user.tfaActive = object.value(u"tfa_active"_s).toBool();
    user.tfaCreatedAt = MailgunDates::parse(object.value(u"tfa_created_at"_s), MailgunDates::Format::IsoUtc);
    user.passwordUpdatedAt =
        MailgunDates::parse(object.value(u"password_updated_at"_s), MailgunDates::Format::IsoUtc);
    user.openedIp = object.value(u"opened_ip"_s).toString();
    return user;
}

QJsonObject AccountUser::toJson() const
{
    return {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"email"_s, email},
        {u"role"_s, role},
        {u"is_master"_s, isMaster},
        {u"is_disabled"_s, isDisabled},
        {u"activated"_s, activated},
        {u"tfa_enabled"_s, tfaEnabled},
        {u"tfa_active"_s, tfaActive},
        {u"tfa_created_at"_s, MailgunDates::toJson(tfaCreatedAt)},
        {u"password_updated_at"_s, MailgunDates::toJson(passwordUpdatedAt)},
        {u"opened_ip"_s, openedIp},
    };
}
