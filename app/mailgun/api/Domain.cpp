#include "mailgun/api/Domain.h"

#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

Domain Domain::fromJson(const QJsonObject& object)
{
    Domain domain;
    domain.id = object.value(u"id"_s).toString();
    domain.name = object.value(u"name"_s).toString();
    domain.state = object.value(u"state"_s).toString();
    domain.type = object.value(u"type"_s).toString();
    domain.isDisabled = object.value(u"is_disabled"_s).toBool();
    const QJsonObject disabled = object.value(u"disabled"_s).toObject();
    domain.disabledCode = disabled.value(u"code"_s).toString();
    domain.disabledReason = disabled.value(u"reason"_s).toString();
    domain.disabledNote = disabled.value(u"note"_s).toString();
    domain.disabledUntil = disabled.value(u"until"_s).toString();
    domain.disabledPermanently = disabled.value(u"permanently"_s).toBool();
    domain.createdAt = MailgunDates::parse(object.value(u"created_at"_s), MailgunDates::Format::Rfc2822);
    domain.smtpLogin = object.value(u"smtp_login"_s).toString();
    domain.archiveTo = object.value(u"archive_to"_s).toString();
    domain.spamAction = object.value(u"spam_action"_s).toString();
    domain.webScheme = object.value(u"web_scheme"_s).toString();
    domain.webPrefix = object.value(u"web_prefix"_s).toString();
    domain.trackingHost = object.value(u"tracking_host"_s).toString();
    domain.subaccountId = object.value(u"subaccount_id"_s).toString();
    domain.requireTls = object.value(u"require_tls"_s).toBool();
    domain.skipVerification = object.value(u"skip_verification"_s).toBool();
    domain.wildcard = object.value(u"wildcard"_s).toBool();
    domain.messageTtl = object.value(u"message_ttl"_s).toInt();
    return domain;
}

QJsonObject Domain::toJson() const
{
    QJsonObject object{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"state"_s, state},
        {u"type"_s, type},
        {u"is_disabled"_s, isDisabled},
        {u"created_at"_s, MailgunDates::toJson(createdAt)},
        {u"smtp_login"_s, smtpLogin},
        {u"archive_to"_s, archiveTo},
        {u"spam_action"_s, spamAction},
        {u"web_scheme"_s, webScheme},
        {u"web_prefix"_s, webPrefix},
        {u"tracking_host"_s, trackingHost},
        {u"require_tls"_s, requireTls},
        {u"skip_verification"_s, skipVerification},
        {u"wildcard"_s, wildcard},
        {u"message_ttl"_s, messageTtl},
    };
    if (!subaccountId.isEmpty())
        object.insert(u"subaccount_id"_s, subaccountId);
    if (!disabledCode.isEmpty() || !disabledReason.isEmpty()) {
        object.insert(u"disabled"_s, QJsonObject{
                                         {u"code"_s, disabledCode},
                                         {u"reason"_s, disabledReason},
                                         {u"note"_s, disabledNote},
                                         {u"until"_s, disabledUntil},
                                         {u"permanently"_s, disabledPermanently},
                                     });
    }
    return object;
}
