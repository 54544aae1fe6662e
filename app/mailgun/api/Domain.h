#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One sending domain as GET /v4/domains and GET /v4/domains/{name} describe it. Domains
// live in one region; the caller knows which one it asked.
struct Domain
{
    QString id;
    QString name;
    QString state; // "active", "unverified" or "disabled"
    QString type;  // "custom" or "sandbox"
    bool isDisabled = false;
    // Why Mailgun disabled it ("disabled" object), empty when it did not.
    QString disabledCode;
    QString disabledReason;
    QString disabledNote;
    QString disabledUntil;
    bool disabledPermanently = false;
    QDateTime createdAt;
    QString smtpLogin; // the default credential, "postmaster@<domain>"
    // A URL that receives a copy of every delivered message: a full-copy exfiltration
    // channel when an attacker set it.
    QString archiveTo;
    QString spamAction;
    QString webScheme;
    QString webPrefix;
    QString trackingHost;
    QString subaccountId; // only with include_subaccounts
    bool requireTls = false;
    bool skipVerification = false;
    bool wildcard = false;
    int messageTtl = 0;

    // The spec's `smtp_password` is deliberately not read: secrets stay out of models.
    static Domain fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
