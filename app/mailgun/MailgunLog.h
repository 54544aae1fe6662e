#pragma once

#include <QLoggingCategory>

// "mra.mailgun": every request's end (method, path, region, HTTP status, attempt,
// time) and every retry. Never a header, a body or the query string.
// Debug lines are off unless turned on: QT_LOGGING_RULES="mra.mailgun.debug=true" (README.md).
Q_DECLARE_LOGGING_CATEGORY(lcMailgun)
