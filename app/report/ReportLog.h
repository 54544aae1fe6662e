#pragma once

#include <QLoggingCategory>

// "mra.report": where the report was saved, or why it was not.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.report.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcReport)
