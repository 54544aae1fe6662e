#pragma once

#include <QLoggingCategory>

// "mra.ui": the wizard's page changes.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.ui.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
