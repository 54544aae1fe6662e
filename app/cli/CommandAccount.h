#pragma once

#include "cli/CommandLineOptions.h"
#include "secrets/Secret.h"

#include <QDateTime>
#include <QObject>

class Journal;
class MailgunClient;
class PracticeServer;

// What every subcommand that talks to Mailgun needs, set up the same way: the endpoints
// and the key (the practice account's with --practice, else MAILGUN_API_KEY, --key-file or
// a prompt), one client, this computer's journal and the incident start.
class CommandAccount : public QObject
{
    Q_OBJECT

public:
    explicit CommandAccount(const CommandLineOptions& options, QObject* parent = nullptr);
    ~CommandAccount() override;

    // Starts the practice server or reads the key, and loads the journal. On failure it
    // prints the reason and returns the exit code to end with; ExitDone when ready.
    int open();

    bool practice() const { return m_options.practice; }
    MailgunClient* client() const { return m_client; }
    const Secret& key() const { return m_key; }
    // The id the Keys API lists for the key in use; empty for a legacy key.
    QString keyId() const;
    PracticeServer* practiceServer() const { return m_practiceServer; }
    // The practice account keeps its journal in memory, a real account on disk.
    Journal* journal() const { return m_journal; }
    // --incident-start, else the date saved in the journal, else 14 days ago.
    QDateTime incidentStart() const;

private:
    CommandLineOptions m_options;
    Secret m_key;
    MailgunClient* m_client = nullptr;
    PracticeServer* m_practiceServer = nullptr;
    Journal* m_journal = nullptr;
};
