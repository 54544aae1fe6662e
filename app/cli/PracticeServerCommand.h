#pragma once

#include "cli/CommandLineOptions.h"

// `mailgun-recovery practice-server`: serves the practice account until stopped, after
// printing its addresses and practice key as JSON on one line.
int runPracticeServerCommand(const CommandLineOptions& options);
