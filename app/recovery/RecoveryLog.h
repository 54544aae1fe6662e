#pragma once

#include <QLoggingCategory>

// "mra.recovery": the journal's failures and the key rotation's phases, with key
// ids only, never a key.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.recovery.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcRecovery)
