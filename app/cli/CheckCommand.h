#pragma once

#include "cli/CommandLineOptions.h"

#include <QObject>

// `mailgun-recovery check`: classifies the key, finds its regions and prints a summary of
// the account. The same ConnectController as the wizard's Connect page.
class CheckCommand : public QObject
{
    Q_OBJECT

public:
    explicit CheckCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    // Starts the check; `finished` gives the exit code.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    CommandLineOptions m_options;
};
