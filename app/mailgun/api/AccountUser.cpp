#include "mailgun/api/AccountUser.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;
using enum MailgunDates::Format;

namespace {

const QList<JsonField<AccountUser>>& userFields()
{
    static const QList<JsonField<AccountUser>> fields{
        {u"id"_s, &AccountUser::id},
        {u"name"_s, &AccountUser::name},
        {u"email"_s, &AccountUser::email},
        {u"role"_s, &AccountUser::role},
        {u"is_master"_s, &AccountUser::isMaster},
        {u"is_disabled"_s, &AccountUser::isDisabled},
        {u"activated"_s, &AccountUser::activated},
        {u"tfa_enabled"_s, &AccountUser::tfaEnabled},
        {u"tfa_active"_s, &AccountUser::tfaActive},
        {u"tfa_created_at"_s, &AccountUser::tfaCreatedAt, IsoUtc},
        {u"password_updated_at"_s, &AccountUser::passwordUpdatedAt, IsoUtc},
        {u"opened_ip"_s, &AccountUser::openedIp},
    };
    return fields;
}

} // namespace

AccountUser AccountUser::fromJson(const QJsonObject& object)
{
    return JsonFields::read(object, userFields());
}

QJsonObject AccountUser::toJson() const
{
    return JsonFields::write(*this, userFields());
}
