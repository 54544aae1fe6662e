#pragma once

#include "secrets/Secret.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One API key as GET /v1/keys lists it. The list never carries the secret. Real lists leave
// out fields the spec calls required (is_disabled, expires_at, disabled_reason: TH #3870):
// a missing one reads as "not disabled", "does not expire", "no reason".
struct KeyInfo
{
    QString id; // the secret's trailing "8hex-8hex" for current keys; unrelated for "key-" keys
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

    // True when `secret` ends with "-" + id: how a current key names its list entry
    // (docs/mailgun-behaviour.md, point 3). A suffix, never a substring; a "key-" key
    // matches no entry.
    bool isIdOf(const QString& secret) const;
    // The listed key `secret` is, by its tail; null when none is (a "key-" key, a key of
    // another account, a deleted key).
    static const KeyInfo* findBySecret(const QList<KeyInfo>& keys, const QString& secret);
    // Both creator fields are null: nothing tells who made the key (point 5).
    bool hasRecordedCreator() const { return !requestor.isEmpty() || !userName.isEmpty(); }
};

// A key just created by POST /v1/keys: the only moment Mailgun ever shows its secret.
struct CreatedKey
{
    KeyInfo info;
    Secret secret;

    // Reads the "key" object of the create response; `secret` is empty when it was missing.
    static CreatedKey fromJson(const QJsonObject& key);
};
