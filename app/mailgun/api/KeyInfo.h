#pragma once

#include "secrets/Secret.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One API key as GET /v1/keys lists it. The list never carries the secret.
struct KeyInfo
{
    QString id; // the secret's trailing "-8hex-8hex"
    QString description;
    QString kind; // "domain", "user" or "web"
    QString role; // "admin", "basic", "sending" or "developer"
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt; // invalid when the key does not expire
    bool isDisabled = false;
    QString disabledReason;
    QString domainName; // domain keys only
    QString requestor;
    QString userName;

    static KeyInfo fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

// A key just created by POST /v1/keys: the only moment Mailgun ever shows its secret.
struct CreatedKey
{
    KeyInfo info;
    Secret secret;

    // Reads the "key" object of the create response; `secret` is empty when it was missing.
    static CreatedKey fromJson(const QJsonObject& key);
};
