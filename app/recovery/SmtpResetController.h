#pragma once

#include "mailgun/ApiError.h"
#include "recovery/SmtpKeychain.h"
#include "recovery/SmtpResetPlan.h"
#include "recovery/SmtpResetProgress.h"
#include "secrets/Secret.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

class Journal;
class MailgunClient;
class SecretStore;
class SmtpLoginLoader;
class SubaccountClients;

// Step 3 done for the user: every SMTP login of every domain, in both regions, gets a new
// password or is deleted. Per login the order never changes: the new password goes into
// the keychain and is read back first (into the pending entry when an earlier password is
// kept in the current one, see SmtpKeychain), then to Mailgun; only after Mailgun accepted
// it does it replace the current entry. The journal records each move before and after,
// and a journal that cannot be written stops the run before the next change. A refused
// change leaves the old password working and the row can be tried again; a change whose
// answer was lost is resolved by sending the same stored password again, never by
// guessing. Many logins run at once, so one login's keychain work overlaps another's
// request, within the client's cap per region.
//
// Without a keychain, when allowed (the command line's --print-secrets), the new passwords
// are handed to the front end first (passwordsToSave()) and sent only after the admin
// confirmed saving them (confirmPasswordsSaved()); a resumed run makes new ones and asks
// again, never trusting an earlier confirmation alone.
class SmtpResetController : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,
        Loading, // reading the domains and their logins
        Ready,   // the plan is there; nothing changed yet
        Running,
        Finished, // every row ran; some may have failed (see failedCount())
        Failed,   // the logins could not be read, or the keychain refused the first password
    };
    Q_ENUM(Phase)

    enum class RowStatus
    {
        Waiting,
        Working,
        PasswordSet,
        Deleted,
        Failed,
        Cancelled,
    };
    Q_ENUM(RowStatus)

    struct RowResult
    {
        RowStatus status = RowStatus::Waiting;
        QString message;               // plain sentence for a failed row
        bool ambiguous = false;        // Mailgun's answer was lost: retrying sends the same password
        bool storedInKeychain = false; // where the new password is
        ApiError error;
    };

    SmtpResetController(MailgunClient* client, SecretStore* store, Journal* journal,
                        QObject* parent = nullptr);

    // How many logins are worked on at once. The client still caps requests per region.
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }
    // Without a keychain the new passwords are kept in memory only (the command line prints
    // them with --print-secrets); otherwise a keychain failure stops the run before any
    // change is sent for that login.
    void setAllowWithoutKeychain(bool allow) { m_allowWithoutKeychain = allow; }
    // How long one keychain call may take before the login fails and the run stops. An
    // answer arriving later is ignored.
    void setKeychainTimeout(std::chrono::milliseconds timeout);

    // Reads every domain of both regions and every login of each.
    void load(const QDateTime& incidentStart);
    SmtpResetPlan& plan() { return m_plan; }
    const SmtpResetPlan& plan() const { return m_plan; }
    // How far an earlier, interrupted run got (from the journal).
    const SmtpResetProgress& progress() const { return m_progress; }

    // Runs the plan as it is now.
    void start();
    // Goes on with the interrupted run the journal describes: its own rows and actions.
    void resume();
    // Runs the failed and cancelled rows of this run again.
    void retryFailed();
    // Starts no further row; rows already sent finish.
    void cancel();
    // The answer to passwordsToSave(): true once the admin has saved every password shown.
    // False sends none of them.
    void confirmPasswordsSaved(bool saved);

    Phase phase() const { return m_phase; }
    RowResult result(const QString& key) const { return m_results.value(key); }
    // The new password of a login, only in this process and only while it runs.
    Secret newPassword(const QString& key) const { return m_passwords.value(key); }
    int doneCount() const;
    int failedCount() const;
    // Keychain answers that came after their call had timed out (and were ignored).
    int lateKeychainAnswers() const;
    bool isComplete() const; // every row of the run has its new password or is deleted
    QString failureMessage() const { return m_failureMessage; }

Q_SIGNALS:
    void phaseChanged(SmtpResetController::Phase phase);
    void planReady();
    void rowChanged(int row);
    void progressChanged(int done, int total);
    void finished();
    void failed(const QString& message);
    // No keychain: show these logins' new passwords (newPassword()) to the admin now, before
    // any is sent, then call confirmPasswordsSaved().
    void passwordsToSave(const QStringList& keys);

private:
    // The client for the row: the account's, or its subaccount's (X-Mailgun-On-Behalf-Of);
    // nullptr when neither can be used.
    MailgunClient* clientFor(const SmtpLoginRow& row) const;
    void setPhase(Phase phase);
    void fail(const QString& message, const ApiError& error = {});
    // False (and the run stops) when the journal could not be written.
    bool journal(const QString& type, const QJsonObject& data);
    static QString journalProblem(const QString& error);
    QJsonObject rowData(const SmtpLoginRow& row) const;
    void planLoaded(const QList<SmtpLoginRow>& rows, const QStringList& unreadable);
    void run(const QStringList& keys);
    void chooseKeychainOrHandOver();
    void handOver();
    void startMore();
    void stopRun(const QString& reason);
    // SmtpResetSteps.cpp: one login, step by step.
    void runRow(const QString& key);
    void clearPendingCopy(const SmtpLoginRow& row);
    void storeThenUpdate(const SmtpLoginRow& row);
    void storeIn(const SmtpLoginRow& row, SmtpKeychain::Slot slot);
    void reuseOrStorePending(const SmtpLoginRow& row);
    void recordStored(const SmtpLoginRow& row, SmtpKeychain::Slot slot, const Secret& password);
    void sendUpdate(const SmtpLoginRow& row);
    void makeCurrent(const SmtpLoginRow& row);
    void passwordSet(const SmtpLoginRow& row, bool viaPending);
    void keychainFailed(const SmtpLoginRow& row, const SecretStore::Result& result);
    void sendDelete(const SmtpLoginRow& row);
    void setRow(const QString& key, RowStatus status, const QString& message = {}, const ApiError& error = {},
                bool ambiguous = false);
    void rowFinished();
    void finishRun();

    QPointer<MailgunClient> m_client;
    QPointer<SecretStore> m_store;
    Journal* m_journal;
    SmtpLoginLoader* m_loader;
    SmtpKeychain* m_keychain;
    SubaccountClients* m_subaccountClients;
    bool m_allowWithoutKeychain = false;
    bool m_handOver = false; // this run shows the passwords instead of storing them
    bool m_waitingForSave = false;
    int m_maxParallel = 32;
    Phase m_phase = Phase::Idle;
    SmtpResetPlan m_plan;
    SmtpResetProgress m_progress;
    QDateTime m_incidentStart;
    QHash<QString, int> m_rowIndex;
    QHash<QString, RowResult> m_results;
    QHash<QString, Secret> m_passwords;
    QHash<QString, SmtpKeychain::Slot> m_slots; // where this process stored m_passwords
    QStringList m_queue;
    QStringList m_toSave; // handed over, waiting for confirmPasswordsSaved()
    int m_running = 0;
    bool m_stopping = false;
    QString m_failureMessage;
};
