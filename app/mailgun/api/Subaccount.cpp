#include "mailgun/api/Subaccount.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;
using enum MailgunDates::Format;

namespace {

const QList<JsonField<Subaccount>>& subaccountFields()
{
    static const QList<JsonField<Subaccount>> fields{
        {u"id"_s, &Subaccount::id},
        {u"name"_s, &Subaccount::name},
        {u"status"_s, &Subaccount::status},
        {u"created_at"_s, &Subaccount::createdAt, Rfc2822},
        {u"updated_at"_s, &Subaccount::updatedAt, Rfc2822},
    };
    return fields;
}

} // namespace

Subaccount Subaccount::fromJson(const QJsonObject& object)
{
    return JsonFields::read(object, subaccountFields());
}

QJsonObject Subaccount::toJson() const
{
    return JsonFields::write(*this, subaccountFields());
}
