#pragma once

#include <QLoggingCategory>

// "mra.secrets": every keychain job's answer: the entry's name and the status, never
// the value.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.secrets.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
