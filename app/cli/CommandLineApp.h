#pragma once

#include "cli/CommandLineOptions.h"

// Runs a subcommand headless, over the same controllers as the wizard. Creates the
// QCoreApplication itself. Returns the exit code: 0 done, 1 failed, 2 bad usage, 3 declined.
int runCommandLine(int& argc, char** argv);

enum ExitCode
{
    ExitDone = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitDeclined = 3
};
