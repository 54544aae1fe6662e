#include "practice/PracticeAllowlistRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeAuth.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

PracticeResponse fullList(const PracticeAccount& account)
{
    QJsonArray addresses;
    for (const PracticeAllowEntry& entry : account.ipAllowlist())
        addresses.append(
            QJsonObject{{u"ip_address"_s, entry.address}, {u"description"_s, entry.description}});
    return PracticeResponse::json({{u"addresses"_s, addresses}});
}

qsizetype indexOf(const QList<PracticeAllowEntry>& list, const QString& address)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).address == address)
            return i;
    }
    return -1;
}

} // namespace

PracticeRouteResult PracticeAllowlistRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() != 2 || s.at(0) != u"v2"_s || s.at(1) != u"ip_whitelist"_s)
        return std::nullopt;
    QList<PracticeAllowEntry>& list = call.account.ipAllowlist();
    if (call.is("GET"))
        return fullList(call.account);
    if (call.is("DELETE")) {
        const QString address = call.request.queryValue(u"address"_s).trimmed();
        if (address.isEmpty())
            return PracticeResponse::message(400, u"IP address can not be blank"_s);
        const qsizetype index = indexOf(list, address);
        if (index < 0)
            return PracticeResponse::message(400, u"IP not found"_s);
        list.removeAt(index);
        return fullList(call.account);
    }
    if (!call.is("POST") && !call.is("PUT"))
        return practiceMethodNotAllowed();
    PracticeForm form;
    if (auto refusal = call.readForm(&form))
        return *refusal;
    const QString address = form.value(u"address"_s).trimmed();
    const qsizetype index = indexOf(list, address);
    if (call.is("PUT")) {
        if (index < 0)
            return PracticeResponse::message(400, u"IP not found"_s);
        list[index].description = form.value(u"description"_s);
        return fullList(call.account);
    }
    if (!PracticeAuth::isValidAddressOrCidr(address))
        return PracticeResponse::message(400, u"Invalid IP Address or CIDR"_s);
    if (index < 0)
        list.append({address, form.value(u"description"_s)});
    return fullList(call.account);
}
