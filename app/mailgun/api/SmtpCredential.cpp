#include "mailgun/api/SmtpCredential.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;

namespace {

const QList<JsonField<SmtpCredential>>& credentialFields()
{
    static const QList<JsonField<SmtpCredential>> fields{
        {u"login"_s, &SmtpCredential::login},
        {u"mailbox"_s, &SmtpCredential::mailbox},
        {u"created_at"_s, &SmtpCredential::createdAt, MailgunDates::Format::Rfc2822},
    };
    return fields;
}

} // namespace

SmtpCredential SmtpCredential::fromJson(const QJsonObject& object)
{
    return JsonFields::read(object, credentialFields());
}

QJsonObject SmtpCredential::toJson() const
{
    return JsonFields::write(*this, credentialFields());
}

CredentialChange CredentialChange::fromJson(const QJsonObject& object, const QString& login)
{
    CredentialChange change;
    change.message = object.value(u"message"_s).toString();
    // "credentials" maps login -> generated password; Mailgun may echo the login with or
    // without the domain part, so a single entry is taken whatever its name.
    const QJsonObject credentials = object.value(u"credentials"_s).toObject();
    QJsonValue password = credentials.value(login);
    if (password.isUndefined() && credentials.size() == 1)
        password = credentials.begin().value();
    change.generatedPassword = Secret(password.toString());
    return change;
}
