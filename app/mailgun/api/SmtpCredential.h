#pragma once

#include "secrets/Secret.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One SMTP login of a domain as GET /v3/domains/{d}/credentials lists it. Mailgun never
// returns the password.
struct SmtpCredential
{
    QString login; // the full address, "postmaster@mg.example.com"
    QString mailbox;
    QDateTime createdAt;

    static SmtpCredential fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

// The answer to creating a credential or changing its password. When the request carried
// no password, Mailgun generates one and returns it here, once.
struct CredentialChange
{
    QString message;
    Secret generatedPassword; // empty when we supplied the password

    static CredentialChange fromJson(const QJsonObject& object, const QString& login);
};
