#pragma once

#include "mailgun/ApiEndpoints.h"
#include "recovery/AccountSummary.h"
#include "recovery/ConnectController.h"
#include "recovery/RecoveryStep.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class Journal;
class MailgunClient;
class PracticeServer;
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

    // `journal` is used for every change; the session does not own it.
    RecoverySession(Journal* journal, const ApiEndpoints& realEndpoints, QObject* parent = nullptr);
    ~RecoverySession() override;

    AccountMode mode() const { return m_mode; }
    void setMode(AccountMode mode);

    // The endpoints of the current mode (the practice server's when practising).
    ApiEndpoints endpoints() const;
    // Starts the practice server on loopback if it is not running. False with a reason.
    bool ensurePracticeServer(QString* error = nullptr);
    PracticeServer* practiceServer() const { return m_practice; }
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

    Journal* journal() const { return m_journal; }
    // Sets the journal aside (Journal::startOver) and forgets the progress it held: ticks
    // and the incident start go back to a fresh start. Nothing in the account is undone.
    // False with a reason if the old record could not be put aside; nothing changes then.
    bool startOver(QString* error = nullptr);
    // Where new secrets go: the system keychain, unless a test or another front end set
    // another store first.
    SecretStore* secretStore();
    void setSecretStore(SecretStore* store);

Q_SIGNALS:
    void modeChanged();
    void connectionChanged();
    void stepStateChanged(RecoveryStep step);

private:
    void restoreFromJournal();

    Journal* m_journal;
    ApiEndpoints m_realEndpoints;
    AccountMode m_mode = AccountMode::RealAccount;
    PracticeServer* m_practice = nullptr;
    MailgunClient* m_client = nullptr;
    SecretStore* m_secretStore = nullptr;
    bool m_connected = false;
    ConnectController::Result m_connectResult;
    QDateTime m_incidentStart;
    QHash<RecoveryStep, QSet<QString>> m_confirmed;
};
