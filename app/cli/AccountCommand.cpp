#include "cli/AccountCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"

#include <QTimer>

AccountCommand::AccountCommand(const CommandLineOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

bool AccountCommand::openAccount(Key key)
{
    m_account = new CommandAccount(m_options, this);
    const int opened = key == Key::Required ? m_account->open() : m_account->openKeyOptional();
    if (opened != ExitDone) {
        finish(opened);
        return false;
    }
    return true;
}

void AccountCommand::finish(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}
