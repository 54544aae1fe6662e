#pragma once

#include "mailgun/ApiEndpoints.h"
#include "recovery/AccountSummary.h"
#include "recovery/ConnectController.h"
#include "recovery/KeyRetest.h"
#include "recovery/RecoveryStep.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class AccountWorkspace;
class InvestigationController;
class Journal;
class MailgunClient;
class SecretStore;

// The model the wizard pages read and edit: which account, how to reach it, what the
// Connect check found, and which items of each step are done. Controllers and pages share
// it; the journal makes it survive a restart.
class RecoverySession : public QObject
{
    Q_OBJECT

public:
    enum class AccountMode
    {
        RealAccount,
        Practice
    };
    Q_ENUM(AccountMode)

    // Builds the practice account's workspace the first time the admin chooses it; the
    // entry point that offers practice provides it. nullptr with a reason on failure.
    using PracticeProvider = std::function<AccountWorkspace*(QObject* parent, QString* error)>;

    // The admin's own account as the entry point put it together (not owned).
    explicit RecoverySession(AccountWorkspace* account, QObject* parent = nullptr);
    // The admin's own account at `endpoints`, with `journal` (not owned) and the system keychain.
    RecoverySession(Journal* journal, const ApiEndpoints& endpoints, QObject* parent = nullptr);
    ~RecoverySession() override;

    AccountMode mode() const { return m_mode; }
    // Practice needs the practice workspace (ensurePracticeWorkspace); without it nothing changes.
    void setMode(AccountMode mode);

    void setPracticeProvider(PracticeProvider provider) { m_practiceProvider = std::move(provider); }
    // Builds the practice workspace if there is none yet. False with a reason.
    bool ensurePracticeWorkspace(QString* error = nullptr);
    AccountWorkspace* practiceWorkspace() const { return m_practice; }
    // The workspace of the current mode: endpoints, secret store, journal.
    AccountWorkspace* workspace() const;
    ApiEndpoints endpoints() const;
    // The client for the current mode; created on first use, replaced when the mode changes.
    MailgunClient* client();

    void setConnection(const ConnectController::Result& result);
    void clearConnection();
    bool isConnected() const { return m_connected; }
    // True when the API can be used for the automatic steps.
    bool apiAvailable() const { return m_connected && m_connectResult.canUseApi(); }
    const ConnectController::Result& connectResult() const { return m_connectResult; }
    const AccountSummary& summary() const { return m_connectResult.summary; }

    QDateTime incidentStart() const { return m_incidentStart; }
    void setIncidentStart(const QDateTime& start);

    bool isItemConfirmed(RecoveryStep step, const QString& itemId) const;
    void setItemConfirmed(RecoveryStep step, const QString& itemId, bool confirmed);
    // Done when every checklist item of the step's guide is confirmed.
    bool isStepDone(RecoveryStep step) const;
    int doneStepCount() const;
    // The first step that is not done, in order; empty when every step is done.
    std::optional<RecoveryStep> firstUnfinishedStep() const;

    // The current workspace's journal: the practice account keeps its own.
    Journal* journal() const;
    // Sets the journal aside (Journal::startOver) and forgets the progress it held: ticks
    // and the incident start go back to a fresh start. Nothing in the account is undone.
    // False with a reason if the old record could not be put aside; nothing changes then.
    bool startOver(QString* error = nullptr);
    // Step 1's controller for the account in use now: it matches found keys to the
    // account's key ids when the API can be used, and records findings in its journal.
    InvestigationController* newInvestigation(QObject* parent);
    // The account's keys that step 1 found in files or on a website during this run, in
    // memory only; forgotten when the connection is cleared or the account changes. Step 2
    // tries them once more after its deletes.
    const QList<KeyRetest::Candidate>& foundKeys() const { return m_foundKeys; }

    // Where new secrets go in the current workspace (AccountWorkspace::setSecretStore).
    SecretStore* secretStore() const;
    void setSecretStore(SecretStore* store);

Q_SIGNALS:
    void modeChanged();
    void connectionChanged();
    void stepStateChanged(RecoveryStep step);
    // A confirmation or the incident start could not be saved in the journal: `message`
    // says why and what to do. The session keeps the change for this run only.
    void journalNotSaved(const QString& message);

private:
    void restoreFromJournal();
    static QString notSavedMessage(const QString& journalError);

    AccountWorkspace* m_account;
    AccountWorkspace* m_practice = nullptr;
    PracticeProvider m_practiceProvider;
    AccountMode m_mode = AccountMode::RealAccount;
    MailgunClient* m_client = nullptr;
    bool m_connected = false;
    ConnectController::Result m_connectResult;
    QDateTime m_incidentStart;
    QHash<RecoveryStep, QSet<QString>> m_confirmed;
    QList<KeyRetest::Candidate> m_foundKeys;
};
