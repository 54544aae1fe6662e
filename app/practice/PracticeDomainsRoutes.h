#pragma once

#include "practice/PracticeCall.h"

#include <QJsonObject>

// GET /v4/domains (and the legacy /v3/domains list), GET and PUT /v4/domains/{name}
// (reference §3).
class PracticeDomainsRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
    static QJsonObject domainObject(const PracticeDomain& domain);
};
