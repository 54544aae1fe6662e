#include "practice/PracticeRoutesRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject routeObject(const PracticeRoute& route)
{
    return {{u"id"_s, route.id},
            {u"priority"_s, route.priority},
            {u"description"_s, route.description},
            {u"expression"_s, route.expression},
            {u"actions"_s, QJsonArray::fromStringList(route.actions)},
            {u"created_at"_s, PracticeDates::rfc1123(route.createdAt)}};
}

// Applies the fields a create or update may carry; returns an error response when one is bad.
std::optional<PracticeResponse> applyForm(const PracticeForm& form, PracticeRoute& route)
{
    if (form.contains(u"priority"_s)) {
        bool ok = false;
        route.priority = form.value(u"priority"_s).toInt(&ok);
        if (!ok)
            return PracticeResponse::message(400, u"priority must be an integer"_s);
    }
    if (form.contains(u"description"_s))
        route.description = form.value(u"description"_s);
    if (form.contains(u"expression"_s))
        route.expression = form.value(u"expression"_s);
    if (form.contains(u"action"_s))
        route.actions = form.values(u"action"_s);
    return std::nullopt;
}

PracticeResponse listRoutes(const PracticeCall& call)
{
    PracticePaging paging;
    // OAS GET /v3/routes, 400 example.
    if (auto refusal = call.readPaging(&paging, u"The 'limit' parameter can't be larger than 1000"_s))
        return *refusal;
    const QList<PracticeRoute>& routes = call.account.region(call.region).routes;
    return PracticeResponse::json(
        {{u"total_count"_s, routes.size()}, {u"items"_s, paging.page(routes, routeObject)}});
}

PracticeResponse createRoute(const PracticeCall& call)
{
    PracticeForm form;
    // The OAS marks expression required but shows no error for it; the wording follows the
    // allowlist's public "Missing mandatory parameter: address/domain".
    if (auto refusal = call.readForm(&form, u"expression"_s, u"Missing mandatory parameter: expression"_s))
        return *refusal;
    PracticeRoute route;
    route.id = PracticeAccount::newObjectId();
    route.createdAt = call.now;
    if (auto problem = applyForm(form, route))
        return *problem;
    call.account.region(call.region).routes.append(route);
    return PracticeResponse::json(
        {{u"message"_s, u"Route has been created"_s}, {u"route"_s, routeObject(route)}});
}

} // namespace

PracticeRouteResult PracticeRoutesRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() < 2 || s.size() > 3 || s.at(0) != u"v3"_s || s.at(1) != u"routes"_s)
        return std::nullopt;
    if (s.size() == 2) {
        if (call.is("GET"))
            return listRoutes(call);
        if (call.is("POST"))
            return createRoute(call);
        return practiceMethodNotAllowed();
    }
    if (!call.is("GET") && !call.is("PUT") && !call.is("DELETE"))
        return practiceMethodNotAllowed();
    QList<PracticeRoute>& routes = call.account.region(call.region).routes;
    for (qsizetype i = 0; i < routes.size(); ++i) {
        if (routes.at(i).id != s.at(2))
            continue;
        if (call.is("GET"))
            return PracticeResponse::json({{u"route"_s, routeObject(routes.at(i))}});
        if (call.is("DELETE")) {
            const QString id = routes.at(i).id;
            routes.removeAt(i);
            return PracticeResponse::json({{u"message"_s, u"Route has been deleted"_s}, {u"id"_s, id}});
        }
        PracticeForm form;
        if (auto refusal = call.readForm(&form))
            return *refusal;
        PracticeRoute updated = routes.at(i);
        if (auto problem = applyForm(form, updated))
            return *problem;
        routes[i] = updated;
        return PracticeResponse::json(
            {{u"message"_s, u"Route has been updated"_s}, {u"route"_s, routeObject(updated)}});
    }
    return PracticeResponse::message(404, u"Route not found"_s);
}
