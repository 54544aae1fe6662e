#pragma once

#include "mailgun/ApiError.h"
#include "secrets/Secret.h"

#include <QObject>
#include <QPointer>

class Journal;
class MailgunClient;
class SecretStore;

// The two other account secrets step 2 may replace: the HTTP webhook signing key (anyone
// who read it can forge webhook calls to the admin's apps) and the public validation key.
// Regenerating is a single call whose retry is harmless (it only makes yet another key),
// so a lost answer is resolved by asking again. The new value goes to the keychain and is
// shown once; the journal records that it changed, never the value.
class ExtraKeyRegeneration : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        WebhookSigningKey,
        PublicKey,
    };
    Q_ENUM(Kind)

    struct Result
    {
        Kind kind = Kind::WebhookSigningKey;
        bool ok = false;
        Secret value;           // the new key, to show once
        bool stored = false;    // kept in the keychain under keychainEntry(kind)
        QString storeProblem;   // why it was not stored, in plain words
        QString failure;        // why it was not regenerated, in plain words
        QString journalProblem; // replaced, but the journal could not record it
        ApiError error;
    };

    ExtraKeyRegeneration(MailgunClient* client, SecretStore* store, Journal* journal,
                         QObject* parent = nullptr);

    void regenerate(Kind kind);
    bool isBusy() const { return m_busy; }

    // "webhook-signing-key" / "public-key": where the keychain keeps the new value.
    static QString keychainEntry(Kind kind);
    static QString journalType(Kind kind);

Q_SIGNALS:
    void finished(const ExtraKeyRegeneration::Result& result);

private:
    void store(Result result);

    QPointer<MailgunClient> m_client;
    QPointer<SecretStore> m_store;
    Journal* m_journal;
    bool m_busy = false;
    // An entry the journal could not take: written first by the next regenerate(), which
    // changes nothing while it still cannot be written.
    QString m_unrecordedType;
};
Q_DECLARE_METATYPE(ExtraKeyRegeneration::Result)
