#pragma once

#include "practice/PracticeCall.h"

// GET/POST/PUT/DELETE /v2/ip_whitelist (reference §6).
class PracticeAllowlistRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
