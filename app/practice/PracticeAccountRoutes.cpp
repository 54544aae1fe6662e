#include "practice/PracticeAccountRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeSubaccountRoutes.h"

using namespace Qt::StringLiterals;

namespace {

PracticeResponse listSubaccounts(const PracticeCall& call)
{
    PracticePaging paging;
    if (!PracticePaging::read(call.request.query, 10, 1000, &paging) || paging.limit < 1)
        return PracticeResponse::message(400, u"limit must be between 1 and 1000"_s);
    const QString filter = call.request.queryValue(u"filter"_s);
    QList<PracticeSubaccount> matching;
    for (const PracticeSubaccount& sub : call.account.subaccounts()) {
        if (filter.isEmpty() || sub.name.contains(filter, Qt::CaseInsensitive))
            matching.append(sub);
    }
    return PracticeResponse::json(
        {{u"subaccounts"_s, paging.page(matching, PracticeSubaccountRoutes::subaccountObject)},
         {u"total"_s, matching.size()}});
}

PracticeResponse signingKey(const PracticeCall& call)
{
    if (call.is("GET"))
        return PracticeResponse::json({{u"http_signing_key"_s, call.account.httpSigningKey()}});
    if (!call.is("POST"))
        return practiceMethodNotAllowed();
    call.account.setHttpSigningKey(u"key-"_s + PracticeAccount::randomHex(32));
    return PracticeResponse::json({{u"message"_s, u"regenerated HTTP signing key for account"_s},
                                   {u"http_signing_key"_s, call.account.httpSigningKey()}});
}

PracticeResponse sendMessage(const PracticeCall& call, const QString& domainName)
{
    PracticeDomain* domain = call.account.findDomain(call.region, domainName);
    if (!domain)
        return PracticeResponse::message(404, u"Domain not found"_s);
    const qint64 hour = call.now.toSecsSinceEpoch() / 3600 * 3600;
    domain->sentThroughApi[hour] += 1;
    return PracticeResponse::json({{u"id"_s, u"<%1@%2>"_s.arg(PracticeAccount::randomHex(20), domain->name)},
                                   {u"message"_s, u"Queued. Thank you."_s}});
}

} // namespace

PracticeRouteResult PracticeAccountRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s == QStringList{u"v5"_s, u"accounts"_s, u"subaccounts"_s})
        return call.is("GET") ? listSubaccounts(call) : practiceMethodNotAllowed();
    if (s == QStringList{u"v5"_s, u"accounts"_s, u"http_signing_key"_s})
        return signingKey(call);
    if (s.size() == 3 && s.at(0) == u"v3"_s && (s.at(2) == u"messages"_s || s.at(2) == u"messages.mime"_s))
        return call.is("POST") ? sendMessage(call, s.at(1)) : practiceMethodNotAllowed();
    return std::nullopt;
}
