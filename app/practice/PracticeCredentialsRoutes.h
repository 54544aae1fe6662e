#pragma once

#include "practice/PracticeCall.h"

// /v3/domains/{d}/credentials and /v3/domains/{d}/credentials/{login} (reference §4).
class PracticeCredentialsRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
