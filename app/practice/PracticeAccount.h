#pragma once

#include "practice/PracticeModel.h"
#include "practice/PracticeRegion.h"
#include "practice/PracticeSubaccountHoldings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

// The state behind the practice server: what one Mailgun account holds. Keys, users,
// sub-accounts and the IP allowlist are global; domains, routes and account webhooks live in
// a region. Tests reach into it to arrange a situation or to check what a request changed.
class PracticeAccount
{
public:
    PracticeAccount();

    // Replaces everything with the believable compromised account of PracticeSeed, dated
    // relative to `now` so tests can fix the clock.
    void reseed(const QDateTime& now);
    // When the account was seeded: the "now" the sending volume and dates were built around.
    QDateTime seededAt() const { return m_seededAt; }
    void setSeededAt(const QDateTime& at);
    // The practice account's clock: the seed's "now" plus the real time since. Expiry, new
    // keys' dates and default stats ranges use it, so a test that fixes the seed date sees a
    // consistent account (the web key is still live, the spike is still "the last two days").
    QDateTime now() const;

    // Secrets are random per instance. Labels of the seeded keys: "admin-leaked" (the key the
    // account is compromised with, also PracticeServer::practiceKey()), "developer", "basic",
    // "sending", "web", "disabled", "expired", "attacker" (the recent admin key nobody made).
    QString seededSecret(const QString& label) const { return m_seededSecrets.value(label); }
    void setSeededSecret(const QString& label, const QString& secret)
    {
        m_seededSecrets.insert(label, secret);
    }

    QList<PracticeKey>& keys() { return m_keys; }
    const QList<PracticeKey>& keys() const { return m_keys; }
    QList<PracticeUser>& users() { return m_users; }
    const QList<PracticeUser>& users() const { return m_users; }
    QList<PracticeSubaccount>& subaccounts() { return m_subaccounts; }
    // What each subaccount holds, by id (X-Mailgun-On-Behalf-Of reaches it).
    PracticeSubaccountHoldings& subaccountHoldings() { return m_subaccountHoldings; }
    QList<PracticeAllowEntry>& ipAllowlist() { return m_ipAllowlist; }
    const QList<PracticeAllowEntry>& ipAllowlist() const { return m_ipAllowlist; }
    PracticeRegionData& region(PracticeRegion region) { return region == PracticeRegion::Eu ? m_eu : m_us; }
    const PracticeRegionData& region(PracticeRegion region) const
    {
        return region == PracticeRegion::Eu ? m_eu : m_us;
    }

    bool isAccountDisabled() const { return m_accountDisabled; }
    void setAccountDisabled(bool disabled) { m_accountDisabled = disabled; }
    // How many requests a key made through POST /v1/keys is refused with 401 before it works:
    // our setting, not Mailgun's (docs/mailgun-behaviour.md, point 4). Counted, not timed, so
    // tests stay quick and exact. Default 1, or MRA_PRACTICE_NEW_KEY_REFUSALS; kept by reseed().
    int newKeyRefusals() const { return m_newKeyRefusals; }
    void setNewKeyRefusals(int count) { m_newKeyRefusals = count; }
    int keyLimit() const { return m_keyLimit; }
    void setKeyLimit(int limit) { m_keyLimit = limit; }
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString& id) { m_accountId = id; }
    QString httpSigningKey() const { return m_httpSigningKey; }
    void setHttpSigningKey(const QString& key) { m_httpSigningKey = key; }
    QString publicKey() const { return m_publicKey; }
    void setPublicKey(const QString& key) { m_publicKey = key; }

    // For large-account benchmarks: `count` more domains in `region`, each with
    // `loginsPerDomain` SMTP logins in total (postmaster included).
    void addDomains(PracticeRegion region, int count, int loginsPerDomain);

    PracticeKey* findKeyBySecret(const QString& secret);
    const PracticeKey* findKeyById(const QString& id) const;
    PracticeDomain* findDomain(PracticeRegion region, const QString& name);
    const PracticeDomain* findDomain(PracticeRegion region, const QString& name) const;
    PracticeCredential* findCredential(PracticeRegion region, const QString& domain, const QString& login);
    // The current password of an SMTP login; empty when there is no such login.
    QString credentialPassword(PracticeRegion region, const QString& domain, const QString& login) const;

    // Random material in Mailgun's shapes.
    static QString randomHex(int length);
    static QString newKeySecret(); // 32hex-8hex-8hex
    static QString keyIdFromSecret(const QString& secret);
    static QString newObjectId(); // 24 hex, like Mailgun's domain and route ids
    static QString newPassword(int length = 24);

private:
    QList<PracticeKey> m_keys;
    QList<PracticeUser> m_users;
    QList<PracticeSubaccount> m_subaccounts;
    PracticeSubaccountHoldings m_subaccountHoldings;
    QList<PracticeAllowEntry> m_ipAllowlist;
    PracticeRegionData m_us;
    PracticeRegionData m_eu;
    QHash<QString, QString> m_seededSecrets;
    QDateTime m_seededAt;
    QElapsedTimer m_sinceSeed;
    QString m_accountId;
    QString m_httpSigningKey;
    QString m_publicKey;
    int m_keyLimit = 50;
    int m_newKeyRefusals = defaultNewKeyRefusals();
    static int defaultNewKeyRefusals();
    bool m_accountDisabled = false;
};
