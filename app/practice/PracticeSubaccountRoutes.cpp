#include "practice/PracticeSubaccountRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"
#include "practice/PracticeDomainsRoutes.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

// Sources (docs/mailgun-behaviour.md, point 6): the header and "the action could occur on the
// primary account" without it (docs "Performing API requests 'on behalf of' Subaccounts");
// disable answers 400 "subaccount is already disabled" and the subaccount object (OAS
// /v5/accounts/subaccounts/{subaccount_id}/disable); domains carry subaccount_id with
// include_subaccounts (OAS GET /v4/domains). Not public, so our choice: an unknown or closed
// subaccount in the header gets 403 "Forbidden", and a disabled one ("API access suspended,
// UI access limited to read-only state") may still be read but not changed.

namespace {

bool managesSubaccounts(const QStringList& s)
{
    return s.size() >= 3 && s.at(0) == u"v5"_s && s.at(1) == u"accounts"_s && s.at(2) == u"subaccounts"_s;
}

PracticeSubaccount* findSubaccount(PracticeAccount& account, const QString& id)
{
    for (PracticeSubaccount& sub : account.subaccounts()) {
        if (sub.id == id)
            return &sub;
    }
    return nullptr;
}

PracticeResponse changeStatus(const PracticeCall& call, const QString& id, bool disable)
{
    PracticeSubaccount* sub = findSubaccount(call.account, id);
    if (!sub || sub->status == u"closed"_s)
        return PracticeResponse::message(404, u"Not Found"_s);
    const QString wanted = disable ? u"disabled"_s : u"open"_s;
    if (sub->status == wanted)
        return PracticeResponse::message(400, disable ? u"subaccount is already disabled"_s
                                                      : u"subaccount is already enabled"_s);
    sub->status = wanted;
    sub->updatedAt = call.now;
    return PracticeResponse::json({{u"subaccount"_s, PracticeSubaccountRoutes::subaccountObject(*sub)}});
}

struct ListedDomain
{
    PracticeDomain domain;
    QString subaccountId;
};

PracticeResponse domainsWithSubaccounts(const PracticeCall& call)
{
    PracticeDomainQuery query;
    if (auto refusal = PracticeDomainQuery::read(call, &query))
        return *refusal;
    QList<ListedDomain> matching;
    const auto add = [&](const PracticeAccount& owner, const QString& subaccountId) {
        for (const PracticeDomain& domain : owner.region(call.region).domains) {
            if (query.wants(domain))
                matching.append({domain, subaccountId});
        }
    };
    add(call.account, {});
    for (const PracticeSubaccount& sub : call.account.subaccounts()) {
        if (const PracticeAccount* holdings = call.account.subaccountHoldings().find(sub.id))
            add(*holdings, sub.id);
    }
    std::stable_sort(matching.begin(), matching.end(), [](const ListedDomain& a, const ListedDomain& b) {
        return a.domain.createdAt > b.domain.createdAt;
    });
    const QJsonArray items = query.paging.page(matching, [](const ListedDomain& listed) {
        QJsonObject object = PracticeDomainsRoutes::domainObject(listed.domain);
        if (!listed.subaccountId.isEmpty())
            object.insert(u"subaccount_id"_s, listed.subaccountId);
        return object;
    });
    return PracticeResponse::json({{u"total_count"_s, matching.size()}, {u"items"_s, items}});
}

} // namespace

QJsonObject PracticeSubaccountRoutes::subaccountObject(const PracticeSubaccount& sub)
{
    return {{u"id"_s, sub.id},
            {u"name"_s, sub.name},
            {u"status"_s, sub.status},
            {u"created_at"_s, PracticeDates::rfc1123(sub.createdAt)},
            {u"updated_at"_s, PracticeDates::rfc1123(sub.updatedAt)}};
}

PracticeRouteResult PracticeSubaccountRoutes::onBehalfOf(const PracticeCall& call, Dispatch dispatch)
{
    const QString id = QString::fromUtf8(call.request.header("X-Mailgun-On-Behalf-Of")).trimmed();
    if (id.isEmpty() || managesSubaccounts(call.segments))
        return std::nullopt;
    for (const QString& ignored : std::as_const(call.account.subaccountHoldings().headerIgnoredOn)) {
        if (call.request.path.startsWith(ignored))
            return std::nullopt;
    }
    const PracticeSubaccount* sub = findSubaccount(call.account, id);
    if (!sub || sub->status == u"closed"_s)
        return PracticeResponse::message(403, u"Forbidden"_s);
    if (sub->status == u"disabled"_s && !call.is("GET"))
        return PracticeResponse::message(403, u"Forbidden"_s);
    PracticeAccount& holdings = call.account.subaccountHoldings().of(id);
    const PracticeCall subaccountCall{call.region, call.request, call.segments, holdings, call.key, call.now};
    if (PracticeRouteResult answer = dispatch(subaccountCall))
        return answer;
    return PracticeResponse::message(404, u"Not Found: "_s + call.request.path);
}

PracticeRouteResult PracticeSubaccountRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() == 5 && managesSubaccounts(s) && (s.at(4) == u"disable"_s || s.at(4) == u"enable"_s)) {
        if (!call.is("POST"))
            return practiceMethodNotAllowed();
        return changeStatus(call, s.at(3), s.at(4) == u"disable"_s);
    }
    if (s == QStringList{u"v4"_s, u"domains"_s} && call.is("GET") &&
        call.request.queryValue(u"include_subaccounts"_s) == u"true"_s)
        return domainsWithSubaccounts(call);
    return std::nullopt;
}
