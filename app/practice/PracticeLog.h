#pragma once

#include <QLoggingCategory>

// "mra.practice": each request the practice account receives (method, path,
// region, answer) and the faults it injects. Never a header, a body or the query string.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.practice.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcPractice)
