#pragma once

#include "investigate/LeakFinding.h"

#include <QSet>
#include <QString>

// Tells whether a key found on disk is one of the account's keys, from the key ids the
// Keys API lists (a current key's id is its last "8hex-8hex"). The caller fetches the ids;
// the scanner never talks to Mailgun.
class KeyMatcher
{
public:
    KeyMatcher() = default;
    KeyMatcher(const QSet<QString>& accountKeyIds, const QString& inUseKeyId);

    bool isEnabled() const { return m_enabled; }
    // Sets finding.match (and matchedKeyId) for credentials; leaves other findings alone.
    void apply(LeakFinding& finding) const;

private:
    QSet<QString> m_accountKeyIds;
    QString m_inUseKeyId;
    bool m_enabled = false;
};
