#pragma once

#include "practice/PracticeCall.h"

// Mailgun "routes" (inbound rules), per region: /v3/routes and /v3/routes/{id} (reference §7.1).
class PracticeRoutesRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
