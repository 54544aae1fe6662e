#pragma once

#include "practice/PracticeCall.h"

// Domain webhooks (/v3/domains/{d}/webhooks[/{event}]) and account webhooks (/v1/webhooks),
// both per region (reference §7.2, §7.3).
class PracticeWebhooksRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
