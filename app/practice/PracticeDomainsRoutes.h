#pragma once

#include "practice/PracticeCall.h"

#include <QJsonObject>

// What the domain list reads from its query, with include_subaccounts (PracticeSubaccountRoutes)
// or without: the page, and the state the domains must be in.
struct PracticeDomainQuery
{
    PracticePaging paging;
    QString state; // any when empty

    // The 400 Mailgun gives when the limit is out of range.
    static std::optional<PracticeResponse> read(const PracticeCall& call, PracticeDomainQuery* query);
    bool wants(const PracticeDomain& domain) const { return state.isEmpty() || domain.state == state; }
};

// GET /v4/domains (and the legacy /v3/domains list), GET and PUT /v4/domains/{name}
// (reference §3).
class PracticeDomainsRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
    static QJsonObject domainObject(const PracticeDomain& domain);
};
