#pragma once

#include "investigate/LeakFinding.h"
#include "mailgun/api/KeyInfo.h"
#include "secrets/Secret.h"

#include <QList>
#include <QSet>
#include <QString>

// Tells whether a key found on disk is one of the account's keys, from the keys the Keys API
// lists: a current key names its entry by its tail ("...-" + id, docs/mailgun-behaviour.md
// point 3), and a tail that belongs to a domain sending key names its domain (point 2). A
// secret that matches no entry is compared, exactly and only here, with the account's webhook
// signing key when the caller read it (point 10). The caller fetches both (KeyMatcherLoader);
// the scanner never talks to Mailgun, and no found secret is sent anywhere or kept.
class KeyMatcher
{
public:
    KeyMatcher() = default;
    KeyMatcher(const QSet<QString>& accountKeyIds, const QString& inUseKeyId);
    KeyMatcher(const QList<KeyInfo>& accountKeys, const QString& inUseKeyId,
               const Secret& webhookSigningKey = {});

    bool isEnabled() const { return m_enabled; }
    bool hasSigningKey() const { return !m_signingKey.isEmpty(); }
    // Sets finding.match (and matchedKeyId, matchedDomain) for credentials; leaves other
    // findings alone.
    void apply(LeakFinding& finding) const;

private:
    QList<KeyInfo> m_accountKeys;
    QString m_inUseKeyId;
    Secret m_signingKey;
    bool m_enabled = false;
};
