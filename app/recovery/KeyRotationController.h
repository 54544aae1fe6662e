#pragma once

#include "mailgun/ApiError.h"
#include "recovery/KeyRetest.h"
#include "recovery/KeyRotationPlan.h"
#include "recovery/KeyRotationProgress.h"
#include "secrets/Secret.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class Journal;
class MailgunClient;
class SecretStore;

// Step 2 done for the user: replace the private API key without ever being left without
// a working one. The order never changes: create the new key, store it in the keychain
// and read it back, verify it against Mailgun and switch to it, and only then delete the
// old keys. Every mutating call is journaled before and after, so a crash or a closed
// window resumes from the journal; a create whose answer was lost leaves an orphan that
// is found by the unique marker in its description and deleted before trying again.
// A resume first checks that the key in use belongs to the journal's account, and reads
// the new key back from the keychain and checks it with Mailgun before any delete. When an
// entry cannot be written to the journal the rotation stops before its next change.
class KeyRotationController : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,
        Loading,            // reading the account's keys
        Ready,              // the plan is there; nothing changed yet
        Creating,           // creating the new key (and removing orphans of earlier tries)
        Storing,            // writing it to the keychain and reading it back
        Verifying,          // checking the new key with Mailgun
        AwaitingManualSave, // no keychain: the admin must save the key before any delete
        Deleting,           // deleting the old keys
        Finished,
        Failed,
    };
    Q_ENUM(Phase)

    KeyRotationController(MailgunClient* client, SecretStore* store, Journal* journal,
                          QObject* parent = nullptr);

    // Reads the keys and builds the plan; `inUseId` is the id of the key the client uses.
    void load(const QString& inUseId, const QDateTime& incidentStart);
    // The plan and how far an earlier, interrupted rotation got (from the journal).
    const KeyRotationPlan& plan() const { return m_plan; }
    const KeyRotationProgress& progress() const { return m_progress; }

    // The admin says which listed key is the one in use, when nothing else can tell (a "key-"
    // key; docs/mailgun-behaviour.md point 3). Recorded in the journal (InUseKeyChoice), then
    // the plan is built again with it and planReady follows. False, with nothing changed, when
    // not Ready, when the key's own tail names its entry, or for an id that is not listed.
    bool chooseInUse(const QString& id);
    // Starts a new rotation that deletes `toDelete` at the end.
    void start(const QSet<QString>& toDelete);
    // Goes on with the interrupted rotation the journal describes (KeyRotationResume.cpp).
    void resume();
    // No keychain: the front end has just shown the new key (printed and flushed, or on
    // screen). Recorded so that a restart asks again instead of replacing the key. False
    // when the journal could not be written: then the rotation has failed.
    bool markKeyShown();
    // The admin saved the new key by hand (the keychain was not available).
    void confirmSavedByHand();
    // How long to wait before each new check of a key Mailgun refused (401, 403) or did not
    // list yet (404, missing): a brand-new key may be refused for a few seconds. Bounded: one
    // try plus one per delay, then the rotation fails and keeps the old keys. Tests shorten it.
    void setVerifyRetryDelays(const QList<int>& milliseconds) { m_retryDelays = milliseconds; }

    // Keys step 1 found whose secrets the front end still holds in memory (never stored): they
    // are tried once more after the deletes, with the key this run replaced (KeyRetest).
    void setFoundKeys(const QList<KeyRetest::Candidate>& keys) { m_foundKeys = keys; }
    // The re-test of the old keys after the deletes, "still works" first; empty before.
    const QList<KeyRetest::Result>& retestResults() const { return m_retestResults; }

    Phase phase() const { return m_phase; }
    QString newKeyId() const { return m_newKeyId; }
    // The new key, to show once: empty after a restart unless it was read from the keychain.
    const Secret& newKey() const { return m_newKey; }
    // True only when this run saved the new key in the keychain or read it back from there;
    // an older journal entry alone does not count.
    bool storedInKeychain() const { return m_inKeychain; }
    QStringList deletedIds() const;
    QStringList remainingIds() const; // selected for deletion but still alive
    const ApiError& lastError() const { return m_error; }
    QString failureMessage() const { return m_failureMessage; }

    // "Mailgun Recovery Assistant 2026-11-28 mra-1a2b3c4d5e6f": how created keys are named.
    static QString descriptionFor(const QDate& date, const QString& marker);
    static QString newMarker();

Q_SIGNALS:
    void phaseChanged(KeyRotationController::Phase phase);
    void planReady();
    void keyCreated(const QString& id);
    // The keychain could not take the key: show it once and ask "I have saved it". After a
    // restart newKey() is empty: the key was shown before and can only be asked about.
    void manualSaveNeeded(const QString& storeProblem);
    // Something the admin should read while the rotation waits (a check tried again).
    void notice(const QString& text);
    void keyDeleted(const QString& id);
    void finished();
    void failed(const QString& message);

private:
    void setPhase(Phase phase);
    void fail(const QString& message, const ApiError& error = {});
    // False when the entry could not be saved: the rotation has failed then, and the
    // caller must return before its next change.
    [[nodiscard]] bool journal(const QString& type, QJsonObject data);
    void continueResume();
    void removeOrphansThenCreate();
    void deleteOrphans(QStringList ids);
    void create();
    void store();
    void verify(int attempt = 0);
    void onVerified();
    void readStoredKeyThenVerify();
    void deleteOldKeys();
    void deleteNext(QStringList queue);
    void finish();
    // After the deletes: proves the old keys dead (or not) before `finished`.
    void retestOldKeys();

    QPointer<MailgunClient> m_client;
    QPointer<SecretStore> m_store;
    Journal* m_journal;
    Phase m_phase = Phase::Idle;
    KeyRotationPlan m_plan;
    QList<KeyInfo> m_listedKeys; // as load() read them, to build the plan again
    QDateTime m_incidentStart;
    KeyRotationProgress m_progress;
    QString m_newKeyId;
    Secret m_newKey;
    Secret m_oldKey;
    bool m_inKeychain = false;
    bool m_adminHoldsNewKey = false;            // resumed with the new key itself
    QList<int> m_retryDelays{1000, 2000, 4000}; // 4 attempts within 7 s
    QString m_storeProblem;
    ApiError m_error;
    QString m_failureMessage;
    QStringList m_deleteFailures;
    QList<KeyRetest::Candidate> m_foundKeys;
    QList<KeyRetest::Result> m_retestResults;
};
