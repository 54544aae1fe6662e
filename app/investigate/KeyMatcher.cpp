#include "investigate/KeyMatcher.h"

#include "mailgun/KeyFormat.h"

using namespace Qt::StringLiterals;

KeyMatcher::KeyMatcher(const QSet<QString>& accountKeyIds, const QString& inUseKeyId)
    : m_inUseKeyId(inUseKeyId.trimmed().toLower())
    , m_enabled(true)
{
    for (const QString& id : accountKeyIds) {
        KeyInfo key;
        key.id = id.trimmed().toLower();
        m_accountKeys.append(key);
    }
}

KeyMatcher::KeyMatcher(const QList<KeyInfo>& accountKeys, const QString& inUseKeyId,
                       const Secret& webhookSigningKey)
    : m_accountKeys(accountKeys)
    , m_inUseKeyId(inUseKeyId.trimmed().toLower())
    , m_signingKey(webhookSigningKey)
    , m_enabled(true)
{}

void KeyMatcher::apply(LeakFinding& finding) const
{
    using Kind = LeakFinding::Kind;
    using KeyMatch = LeakFinding::KeyMatch;
    if (!m_enabled || !finding.hasSecret() || finding.kind == Kind::PublicKey)
        return;
    const QString secret = finding.secret.reveal().trimmed();
    // Exact and local: the signing key was read from Mailgun, the found secret never leaves.
    const bool isSigningKey = !m_signingKey.isEmpty() && secret == m_signingKey.reveal().trimmed();
    if (finding.kind == Kind::LegacyApiKey) {
        finding.match = isSigningKey ? KeyMatch::WebhookSigningKey : KeyMatch::CannotTell;
        return;
    }
    // A signing key or an SMTP password with the shape of a key is compared too: if its tail
    // is listed, it is really an API key of the account, and that matters more than its name.
    if (KeyFormat::classify(secret) != KeyFormat::Shape::Current) {
        if (isSigningKey)
            finding.match = KeyMatch::WebhookSigningKey;
        return;
    }
    if (const KeyInfo* key = KeyInfo::findBySecret(m_accountKeys, secret)) {
        const QString id = key->id.trimmed().toLower();
        finding.matchedKeyId = id;
        if (!m_inUseKeyId.isEmpty() && id == m_inUseKeyId)
            finding.match = KeyMatch::InUse;
        else if (key->kind == u"domain"_s && key->role == u"sending"_s) {
            finding.match = KeyMatch::SendingKey;
            finding.matchedDomain = key->domainName;
        } else
            finding.match = KeyMatch::AccountKey;
        return;
    }
    if (isSigningKey) {
        finding.match = KeyMatch::WebhookSigningKey;
        return;
    }
    // Named an SMTP password by its setting: it stays one unless the admin says otherwise.
    if (finding.kind == Kind::ApiKey || finding.kind == Kind::WebhookSigningKey) {
        finding.match = KeyMatch::NotListed;
        finding.signingKeyCompared = !m_signingKey.isEmpty();
    }
}
