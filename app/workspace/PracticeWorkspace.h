#pragma once

#include "recovery/AccountWorkspace.h"

#include <memory>

class PracticeServer;
class PracticeUserSimulator;

// The practice account, put together: the practice server on loopback, its key, a journal
// in memory (practice work is never resumed and never mixed with the real record), and a
// keychain service of its own, so that practice never reads or overwrites a real secret.
// The wizard and the command line create it when the admin chooses practice.
class PracticeWorkspace : public AccountWorkspace
{
    Q_OBJECT

public:
    // "Mailgun Recovery Assistant (practice)": where practice secrets are kept.
    static QString keychainServiceName();

    // Starts the practice server (ports 0: free ones). nullptr with a reason on failure.
    static PracticeWorkspace* start(QObject* parent, QString* error = nullptr, quint16 usPort = 0,
                                    quint16 euPort = 0);
    ~PracticeWorkspace() override;

    PracticeServer* server() const { return m_server; }

private:
    PracticeWorkspace(PracticeServer* server, QObject* parent);

    PracticeServer* m_server;
    std::unique_ptr<PracticeUserSimulator> m_users;
};
