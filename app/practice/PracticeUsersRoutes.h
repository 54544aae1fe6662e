#pragma once

#include "practice/PracticeCall.h"

// GET /v5/users, /v5/users/{id}, /v5/users/me: read-only, as in the real API (reference §5).
class PracticeUsersRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
