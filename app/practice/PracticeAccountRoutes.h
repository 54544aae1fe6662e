#pragma once

#include "practice/PracticeCall.h"

// Account-wide odds and ends: /v5/accounts/subaccounts, /v5/accounts/http_signing_key, and
// POST /v3/{domain}/messages (so a sending key has something it may do).
class PracticeAccountRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
