#pragma once

#include "practice/PracticeCall.h"

// Subaccounts beyond the list (PracticeAccountRoutes): requests made on behalf of one,
// disabling and enabling one, and the parent's domain list with theirs included
// (docs/mailgun-behaviour.md, point 6).
class PracticeSubaccountRoutes
{
public:
    using Dispatch = PracticeRouteResult (*)(const PracticeCall&);

    // A request with X-Mailgun-On-Behalf-Of: `dispatch` runs it against what that subaccount
    // holds. Nothing when the request has no such header, manages subaccounts themselves, or
    // goes to a path set to ignore the header (PracticeSubaccountHoldings::headerIgnoredOn).
    static PracticeRouteResult onBehalfOf(const PracticeCall& call, Dispatch dispatch);
    // POST /v5/accounts/subaccounts/{id}/disable and /enable, and GET /v4/domains with
    // include_subaccounts=true.
    static PracticeRouteResult route(const PracticeCall& call);
    static QJsonObject subaccountObject(const PracticeSubaccount& sub);
};
