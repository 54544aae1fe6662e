#pragma once

#include "practice/PracticeCall.h"

// Sending volume: GET /v3/{domain}/stats/total, GET /v3/stats/total (deprecated but still
// served) and POST /v1/analytics/metrics (reference §8.3, §8.4).
class PracticeStatsRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
