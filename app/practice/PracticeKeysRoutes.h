#pragma once

#include "practice/PracticeCall.h"

// /v1/keys, /v1/keys/{id}, /v1/keys/public (reference §2).
class PracticeKeysRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
