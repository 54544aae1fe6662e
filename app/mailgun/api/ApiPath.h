#pragma once

#include <QString>

// One path segment taken from data (an SMTP login with '@', a route id, a domain name),
// percent-encoded so that it can never add or change path segments of the request.
QString encodedPathSegment(const QString& segment);

// "/v3/domains/{domain}/{area}" ("credentials", "webhooks"), the domain name encoded.
QString domainAreaPath(const QString& domain, const QString& area);
// One entry of it, "/v3/domains/{domain}/{area}/{item}" (a login, an event), also encoded.
QString domainItemPath(const QString& domain, const QString& area, const QString& item);
