#pragma once

#include "cli/CommandLineOptions.h"

#include <QObject>

class CommandAccount;

// What the subcommands that work on one account share: their options, the account they
// open, and a `finished` that always comes after start() has returned, so a caller can
// connect first and never misses it.
class AccountCommand : public QObject
{
    Q_OBJECT

public:
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    explicit AccountCommand(const CommandLineOptions& options, QObject* parent = nullptr);

    // Opens the account: with the key it needs (CommandAccount::open), or for the commands
    // that work without one, with a key only if one was given (openKeyOptional). On failure
    // it finishes with the exit code to end with and returns false.
    enum class Key
    {
        Required,
        Optional
    };
    bool openAccount(Key key = Key::Required);
    void finish(int exitCode);

    CommandLineOptions m_options;
    CommandAccount* m_account = nullptr;
};
