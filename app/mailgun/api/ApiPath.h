#pragma once

#include <QString>

// One path segment taken from data (an SMTP login with '@', a route id, a domain name),
// percent-encoded so that it can never add or change path segments of the request.
QString encodedPathSegment(const QString& segment);
