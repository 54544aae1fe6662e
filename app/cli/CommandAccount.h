#pragma once

#include "cli/CommandLineOptions.h"
#include "secrets/Secret.h"

#include <QDateTime>
#include <QObject>

class AccountWorkspace;
class InvestigationController;
class Journal;
class MailgunClient;
class PracticeWorkspace;
class SecretStore;

// What every subcommand that talks to Mailgun needs, set up the same way: the command
// line's composition root. It puts the workspace together (the practice account's with
// --practice, else the real account's: the endpoints, this computer's journal and the
// keychain), reads the key (the practice account's, else MAILGUN_API_KEY, --key-file or a
// prompt), and makes one client and the incident start.
class CommandAccount : public QObject
{
    Q_OBJECT

public:
    explicit CommandAccount(const CommandLineOptions& options, QObject* parent = nullptr);
    ~CommandAccount() override;

    // Starts the practice server or reads the key, and loads the journal. On failure it
    // prints the reason and returns the exit code to end with; ExitDone when ready.
    int open();
    // For commands that work without a key (scan, probe): uses the key only when one was
    // given (the practice account, MAILGUN_API_KEY or --key-file), never prompts, and has
    // no client without one. The journal is loaded either way.
    int openKeyOptional();
    // Step 1's controller for this account: found keys are matched to the account's key
    // ids when there is a client, and findings are recorded in this account's journal.
    InvestigationController* newInvestigation(QObject* parent) const;

    bool practice() const { return m_options.practice; }
    AccountWorkspace* workspace() const { return m_workspace; }
    MailgunClient* client() const { return m_client; }
    // Where new secrets go: the keychain under the program's name, or under the practice
    // account's own name with --practice.
    SecretStore* secretStore() const;
    const Secret& key() const { return m_key; }
    // The id the Keys API lists for the key in use: its tail, else the listed key the admin
    // chose for it in step 2 (InUseKeyChoice, from the journal); empty when neither names one.
    QString keyId() const;
    // The practice account keeps its journal in memory, a real account on disk.
    Journal* journal() const;
    // --incident-start, else the date saved in the journal, else 14 days ago.
    QDateTime incidentStart() const;
    // The same rule for a journal opened without an account (the report command).
    static QDateTime incidentStart(const CommandLineOptions& options, const Journal* journal);

private:
    int open(bool keyRequired);

    CommandLineOptions m_options;
    Secret m_key;
    MailgunClient* m_client = nullptr;
    AccountWorkspace* m_workspace = nullptr;
    PracticeWorkspace* m_practice = nullptr;
};
