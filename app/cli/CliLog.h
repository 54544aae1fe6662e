#pragma once

#include <QLoggingCategory>

// "mra.cli": the command that runs and its switches, never its arguments.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.cli.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcCli)
