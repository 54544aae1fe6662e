#include "mailgun/api/Domain.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;
using enum MailgunDates::Format;

namespace {

const QList<JsonField<Domain>>& domainFields()
{
    static const QList<JsonField<Domain>> fields{
        {u"id"_s, &Domain::id},
        {u"name"_s, &Domain::name},
        {u"state"_s, &Domain::state},
        {u"type"_s, &Domain::type},
        {u"is_disabled"_s, &Domain::isDisabled},
        {u"created_at"_s, &Domain::createdAt, Rfc2822},
        {u"smtp_login"_s, &Domain::smtpLogin},
        {u"archive_to"_s, &Domain::archiveTo},
        {u"spam_action"_s, &Domain::spamAction},
        {u"web_scheme"_s, &Domain::webScheme},
        {u"web_prefix"_s, &Domain::webPrefix},
        {u"tracking_host"_s, &Domain::trackingHost},
        {u"subaccount_id"_s, &Domain::subaccountId, JsonWrite::UnlessEmpty},
        {u"require_tls"_s, &Domain::requireTls},
        {u"skip_verification"_s, &Domain::skipVerification},
        {u"wildcard"_s, &Domain::wildcard},
        {u"message_ttl"_s, &Domain::messageTtl},
    };
    return fields;
}

// Why Mailgun disabled the domain: the "disabled" object.
const QList<JsonField<Domain>>& disabledFields()
{
    static const QList<JsonField<Domain>> fields{
        {u"code"_s, &Domain::disabledCode},
        {u"reason"_s, &Domain::disabledReason},
        {u"note"_s, &Domain::disabledNote},
        {u"until"_s, &Domain::disabledUntil},
        {u"permanently"_s, &Domain::disabledPermanently},
    };
    return fields;
}

} // namespace

Domain Domain::fromJson(const QJsonObject& object)
{
    Domain domain = JsonFields::read(object, domainFields());
    JsonFields::readInto(object.value(u"disabled"_s).toObject(), disabledFields(), domain);
    return domain;
}

QJsonObject Domain::toJson() const
{
    QJsonObject object = JsonFields::write(*this, domainFields());
    if (!disabledCode.isEmpty() || !disabledReason.isEmpty())
        object.insert(u"disabled"_s, JsonFields::write(*this, disabledFields()));
    return object;
}
