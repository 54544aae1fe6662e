#include "practice/PracticeDomainsRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject record(const QString& type, const QString& name, const QString& value,
                   const QString& priority = {})
{
    QJsonObject object{{u"is_active"_s, true},   {u"cached"_s, QJsonArray{value}}, {u"name"_s, name},
                       {u"record_type"_s, type}, {u"valid"_s, u"valid"_s},         {u"value"_s, value}};
    if (!priority.isEmpty())
        object.insert(u"priority"_s, priority);
    return object;
}

QJsonObject domainWithRecords(const PracticeDomain& domain, const QString& message = {})
{
    const QJsonArray receiving{record(u"MX"_s, domain.name, u"mxa.mailgun.org"_s, u"10"_s),
                               record(u"MX"_s, domain.name, u"mxb.mailgun.org"_s, u"10"_s)};
    const QJsonArray sending{
        record(u"TXT"_s, domain.name, u"v=spf1 include:mailgun.org ~all"_s),
        record(u"TXT"_s, u"pdk1._domainkey."_s + domain.name, u"k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA"_s),
        record(u"CNAME"_s, domain.webPrefix + u'.' + domain.name, u"mailgun.org"_s)};
    QJsonObject object{{u"domain"_s, PracticeDomainsRoutes::domainObject(domain)},
                       {u"receiving_dns_records"_s, receiving},
                       {u"sending_dns_records"_s, sending}};
    if (!message.isEmpty())
        object.insert(u"message"_s, message);
    return object;
}

PracticeResponse listDomains(const PracticeCall& call)
{
    PracticeDomainQuery query;
    if (auto refusal = PracticeDomainQuery::read(call, &query))
        return *refusal;
    const QString search = call.request.queryValue(u"search"_s);
    const QString sort = call.request.queryValue(u"sort"_s);
    QList<PracticeDomain> matching;
    for (const PracticeDomain& domain : call.account.region(call.region).domains) {
        if (!query.wants(domain))
            continue;
        if (!search.isEmpty() && !domain.name.contains(search, Qt::CaseInsensitive))
            continue;
        matching.append(domain);
    }
    if (sort == u"name"_s || sort == u"name:asc"_s || sort == u"name:desc"_s) {
        const bool descending = sort == u"name:desc"_s;
        std::stable_sort(matching.begin(), matching.end(), [descending](const auto& a, const auto& b) {
            return descending ? a.name > b.name : a.name < b.name;
        });
    } else {
        std::stable_sort(matching.begin(), matching.end(),
                         [](const auto& a, const auto& b) { return a.createdAt > b.createdAt; });
    }
    return PracticeResponse::json(
        {{u"total_count"_s, matching.size()},
         {u"items"_s, query.paging.page(matching, PracticeDomainsRoutes::domainObject)}});
}

bool readBool(const QString& text, bool* value)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"true"_s || lower == u"yes"_s || lower == u"1"_s) {
        *value = true;
        return true;
    }
    if (lower == u"false"_s || lower == u"no"_s || lower == u"0"_s) {
        *value = false;
        return true;
    }
    return false;
}

PracticeResponse updateDomain(const PracticeCall& call, PracticeDomain& domain)
{
    PracticeForm form;
    if (auto refusal = call.readForm(&form))
        return *refusal;
    PracticeDomain updated = domain;
    for (const auto& [name, value] : form.fields()) {
        if (name == u"archive_to"_s) {
            // Nothing public says how to clear archive_to (OAS PUT /v4/domains/{name} describes
            // only a URL; the Go SDK drops an empty value). Practice answers 200 and keeps the
            // old address, so the program's read-back is exercised (docs/mailgun-behaviour.md, 8).
            if (!value.isEmpty())
                updated.archiveTo = value;
        } else if (name == u"mailfrom_host"_s) {
            updated.mailfromHost = value;
        } else if (name == u"message_ttl"_s) {
            bool ok = false;
            updated.messageTtl = value.toInt(&ok);
            if (!ok || updated.messageTtl < 0)
                return PracticeResponse::message(400, u"message_ttl must be a non-negative integer"_s);
        } else if (name == u"spam_action"_s) {
            if (value != u"disabled"_s && value != u"tag"_s && value != u"block"_s)
                return PracticeResponse::message(400, u"spam_action must be one of: disabled, tag, block"_s);
            updated.spamAction = value;
        } else if (name == u"web_scheme"_s) {
            if (value != u"http"_s && value != u"https"_s)
                return PracticeResponse::message(400, u"web_scheme must be http or https"_s);
            updated.webScheme = value;
        } else if (name == u"web_prefix"_s) {
            updated.webPrefix = value;
        } else if (name == u"smtp_password"_s) {
            if (value.size() < 5)
                return PracticeResponse::message(
                    400, u"Password is too short. It must be between 5 and 32 characters."_s);
            if (value.size() > 32)
                return PracticeResponse::message(
                    400, u"Password is too long. It must be between 5 and 32 characters."_s);
        } else {
            bool* flag = name == u"require_tls"_s                     ? &updated.requireTls
                         : name == u"skip_verification"_s             ? &updated.skipVerification
                         : name == u"use_automatic_sender_security"_s ? &updated.useAutomaticSenderSecurity
                         : name == u"wildcard"_s                      ? &updated.wildcard
                                                                      : nullptr;
            if (flag && !readBool(value, flag))
                return PracticeResponse::message(400, name + u" must be true or false"_s);
        }
    }
    if (form.contains(u"smtp_password"_s)) {
        const QString password = form.value(u"smtp_password"_s);
        bool found = false;
        for (PracticeCredential& credential : updated.credentials) {
            if (credential.login.compare(updated.smtpLogin(), Qt::CaseInsensitive) == 0) {
                credential.password = password;
                found = true;
            }
        }
        if (!found)
            updated.credentials.prepend({updated.smtpLogin(), password, call.now});
    }
    domain = updated;
    return PracticeResponse::json(domainWithRecords(domain, u"Domain has been updated"_s));
}

} // namespace

std::optional<PracticeResponse> PracticeDomainQuery::read(const PracticeCall& call,
                                                          PracticeDomainQuery* query)
{
    query->state = call.request.queryValue(u"state"_s);
    // The cap of 1000 is public (mailgun-php Domain::index, limit 1-1000); the OAS shows no
    // error for the domain list, so the wording is the routes list's (OAS GET /v3/routes).
    return call.readPaging(&query->paging, u"The 'limit' parameter can't be larger than 1000"_s);
}

QJsonObject PracticeDomainsRoutes::domainObject(const PracticeDomain& domain)
{
    QJsonObject object{
        {u"id"_s, domain.id},
        {u"name"_s, domain.name},
        {u"created_at"_s, PracticeDates::rfc1123(domain.createdAt)},
        {u"state"_s, domain.state},
        {u"type"_s, domain.type},
        {u"is_disabled"_s, domain.isDisabled},
        {u"require_tls"_s, domain.requireTls},
        {u"skip_verification"_s, domain.skipVerification},
        {u"smtp_login"_s, domain.smtpLogin()},
        {u"spam_action"_s, domain.spamAction},
        {u"use_automatic_sender_security"_s, domain.useAutomaticSenderSecurity},
        {u"web_prefix"_s, domain.webPrefix},
        {u"web_scheme"_s, domain.webScheme},
        {u"wildcard"_s, domain.wildcard},
        {u"encrypt_incoming_message"_s, domain.encryptIncomingMessage},
        {u"message_ttl"_s, domain.messageTtl},
    };
    if (!domain.archiveTo.isEmpty())
        object.insert(u"archive_to"_s, domain.archiveTo);
    if (domain.isDisabled)
        object.insert(u"disabled"_s, QJsonObject{{u"code"_s, u"abuse"_s},
                                                 {u"note"_s, u""_s},
                                                 {u"permanently"_s, false},
                                                 {u"reason"_s, u"Disabled for suspected compromise"_s}});
    return object;
}

PracticeRouteResult PracticeDomainsRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    const bool v4 = s.size() >= 2 && s.at(0) == u"v4"_s && s.at(1) == u"domains"_s;
    const bool v3List = s.size() == 2 && s.at(0) == u"v3"_s && s.at(1) == u"domains"_s;
    if (v3List || (v4 && s.size() == 2)) {
        if (!call.is("GET"))
            return practiceMethodNotAllowed();
        return listDomains(call);
    }
    if (!v4 || s.size() != 3)
        return std::nullopt;
    PracticeDomain* domain = call.account.findDomain(call.region, s.at(2));
    if (!call.is("GET") && !call.is("PUT"))
        return practiceMethodNotAllowed();
    if (!domain)
        return PracticeResponse::message(404, u"Domain not found"_s);
    if (call.is("GET"))
        return PracticeResponse::json(domainWithRecords(*domain));
    return updateDomain(call, *domain);
}
