#include "investigate/KeyMatcher.h"

KeyMatcher::KeyMatcher(const QSet<QString>& accountKeyIds, const QString& inUseKeyId)
    : m_inUseKeyId(inUseKeyId.trimmed().toLower())
    , m_enabled(true)
{
    for (const QString& id : accountKeyIds)
        m_accountKeyIds.insert(id.trimmed().toLower());
}

void KeyMatcher::apply(LeakFinding& finding) const
{
    using Kind = LeakFinding::Kind;
    using KeyMatch = LeakFinding::KeyMatch;
    if (!m_enabled || !finding.hasSecret() || finding.kind == Kind::PublicKey)
        return;
    if (finding.kind == Kind::LegacyApiKey) {
        finding.match = KeyMatch::CannotTell;
        return;
    }
    // A signing key or an SMTP password with the shape of a key is compared too: if its id is
    // listed, it is really an API key of the account, and that matters more than its name.
    const QString id = finding.keyId();
    if (id.isEmpty())
        return;
    if (!m_inUseKeyId.isEmpty() && id == m_inUseKeyId) {
        finding.match = KeyMatch::InUse;
        finding.matchedKeyId = id;
    } else if (m_accountKeyIds.contains(id)) {
        finding.match = KeyMatch::AccountKey;
        finding.matchedKeyId = id;
    } else if (finding.kind == Kind::ApiKey) {
        finding.match = KeyMatch::NotThisAccount;
    }
}
