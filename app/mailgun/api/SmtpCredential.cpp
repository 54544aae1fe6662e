#include "mailgun/api/SmtpCredential.h"

#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

SmtpCredential SmtpCredential::fromJson(const QJsonObject& object)
{
    SmtpCredential credential;
    credential.login = object.value(u"login"_s).toString();
    credential.mailbox = object.value(u"mailbox"_s).toString();
    credential.createdAt = MailgunDates::parse(object.value(u"created_at"_s), MailgunDates::Format::Rfc2822);
    return credential;
}

QJsonObject SmtpCredential::toJson() const
{
    return {
        {u"login"_s, login},
        {u"mailbox"_s, mailbox},
        {u"created_at"_s, MailgunDates::toJson(createdAt)},
    };
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
