#pragma once

#include <QLoggingCategory>

// "mra.investigate": the leak scan's start and its counts at the end, never what it
// found in a file.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.investigate.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcInvestigate)
