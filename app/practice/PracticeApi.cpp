#include "practice/PracticeApi.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeAccountRoutes.h"
#include "practice/PracticeAllowlistRoutes.h"
#include "practice/PracticeAuth.h"
#include "practice/PracticeCredentialsRoutes.h"
#include "practice/PracticeDomainsRoutes.h"
#include "practice/PracticeKeysRoutes.h"
#include "practice/PracticeLogsRoutes.h"
#include "practice/PracticeRoutesRoutes.h"
#include "practice/PracticeStatsRoutes.h"
#include "practice/PracticeSubaccountRoutes.h"
#include "practice/PracticeUsersRoutes.h"
#include "practice/PracticeWebhooksRoutes.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The first route family that owns the path answers.
PracticeRouteResult dispatch(const PracticeCall& call)
{
    using Route = PracticeRouteResult (*)(const PracticeCall&);
    static constexpr std::array<Route, 11> routes{
        &PracticeKeysRoutes::route,        &PracticeSubaccountRoutes::route, &PracticeDomainsRoutes::route,
        &PracticeCredentialsRoutes::route, &PracticeUsersRoutes::route,      &PracticeAllowlistRoutes::route,
        &PracticeRoutesRoutes::route,      &PracticeWebhooksRoutes::route,   &PracticeStatsRoutes::route,
        &PracticeAccountRoutes::route,     &PracticeLogsRoutes::route,
    };
    for (Route route : routes) {
        if (PracticeRouteResult response = route(call))
            return response;
    }
    return std::nullopt;
}

} // namespace

PracticeResponse PracticeApi::handle(PracticeRegion region, const PracticeHttpRequest& request,
                                     const QHostAddress& peer, PracticeAccount& account, const QDateTime& now)
{
    const PracticeAuth::Result auth = PracticeAuth::check(request, peer, account, now);
    if (auth.failure)
        return *auth.failure;

    const PracticeCall call{region, request, request.segments(), account, *auth.key, now};
    if (PracticeRouteResult delegated = PracticeSubaccountRoutes::onBehalfOf(call, &dispatch))
        return *delegated;
    if (PracticeRouteResult response = dispatch(call))
        return *response;
    return PracticeResponse::message(404, u"Not Found: "_s + request.path);
}
