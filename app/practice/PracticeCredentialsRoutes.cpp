#include "practice/PracticeCredentialsRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Mailgun's only documented password rule: 5 to 32 characters.
std::optional<PracticeResponse> passwordProblem(const QString& password)
{
    if (password.size() < 5)
        return PracticeResponse::message(400,
                                         u"Password is too short. It must be between 5 and 32 characters."_s);
    if (password.size() > 32)
        return PracticeResponse::message(400,
                                         u"Password is too long. It must be between 5 and 32 characters."_s);
    return std::nullopt;
}

PracticeResponse listCredentials(const PracticeCall& call, const PracticeDomain& domain)
{
    PracticePaging paging;
    // OAS GET /v3/domains/{domain_name}/credentials, 400 example.
    if (auto refusal = call.readPaging(&paging, u"Limit parameter can't be larger than 1000"_s))
        return *refusal;
    const QJsonArray items = paging.page(domain.credentials, [](const PracticeCredential& credential) {
        return QJsonObject{{u"mailbox"_s, credential.login},
                           {u"login"_s, credential.login},
                           {u"created_at"_s, PracticeDates::rfc2822(credential.createdAt)},
                           {u"size_bytes"_s, QJsonValue::Null}};
    });
    return PracticeResponse::json({{u"items"_s, items}, {u"total_count"_s, domain.credentials.size()}});
}

PracticeResponse createCredentials(const PracticeCall& call, PracticeDomain& domain)
{
    PracticeForm form;
    if (auto refusal = call.readForm(&form))
        return *refusal;
    QStringList logins = form.values(u"login"_s);
    if (logins.isEmpty())
        logins = form.values(u"mailbox"_s);
    if (logins.isEmpty())
        return PracticeResponse::message(400, u"Parameter 'login' is missing"_s);
    const QStringList passwords = form.values(u"password"_s);
    QList<PracticeCredential> created;
    QJsonObject generated;
    for (qsizetype i = 0; i < logins.size(); ++i) {
        const QString login = logins.at(i).contains(u'@') ? logins.at(i) : logins.at(i) + u'@' + domain.name;
        if (!login.endsWith(u'@' + domain.name, Qt::CaseInsensitive))
            return PracticeResponse::message(400, u"Login must belong to the domain "_s + domain.name);
        if (call.account.findCredential(call.region, domain.name, login))
            return PracticeResponse::message(400, u"Credentials already exist: "_s + login);
        QString password = i < passwords.size() ? passwords.at(i) : QString();
        if (password.isEmpty()) {
            password = PracticeAccount::newPassword(24);
            generated.insert(login, password);
        } else if (auto problem = passwordProblem(password)) {
            return *problem;
        }
        created.append({login, password, call.now});
    }
    domain.credentials.append(created);
    QJsonObject body{{u"message"_s, u"Created %1 credentials pair(s)"_s.arg(created.size())}};
    if (!generated.isEmpty()) {
        body.insert(u"note"_s, u"The password is only shown once; store it now."_s);
        body.insert(u"credentials"_s, generated);
    }
    return PracticeResponse::json(body);
}

PracticeResponse changePassword(const PracticeCall& call, PracticeCredential& credential)
{
    PracticeForm form;
    if (auto refusal = call.readForm(&form))
        return *refusal;
    QString password = form.value(u"password"_s);
    const bool generate = !form.contains(u"password"_s);
    if (generate) {
        password = PracticeAccount::newPassword(24);
    } else if (auto problem = passwordProblem(password)) {
        return *problem;
    }
    if (password == credential.password)
        return PracticeResponse::message(400, u"New password cannot be the same as old password."_s);
    credential.password = password;
    QJsonObject body{{u"message"_s, u"Password changed"_s}};
    if (generate) {
        body.insert(u"note"_s, u"The password is only shown once; store it now."_s);
        body.insert(u"credentials"_s, QJsonObject{{credential.login, password}});
    }
    return PracticeResponse::json(body);
}

PracticeResponse deleteCredential(PracticeDomain& domain, const QString& login)
{
    if (login.compare(domain.smtpLogin(), Qt::CaseInsensitive) == 0)
        return PracticeResponse::message(400, u"Cannot delete system mailbox: "_s + domain.smtpLogin());
    for (qsizetype i = 0; i < domain.credentials.size(); ++i) {
        if (domain.credentials.at(i).login.compare(login, Qt::CaseInsensitive) == 0) {
            const QString spec = domain.credentials.at(i).login;
            domain.credentials.removeAt(i);
            return PracticeResponse::json(
                {{u"message"_s, u"Credentials have been deleted"_s}, {u"spec"_s, spec}});
        }
    }
    return PracticeResponse::message(404, u"Credentials not found"_s);
}

PracticeResponse deleteAll(PracticeDomain& domain)
{
    // The system mailbox survives: it can only be rotated, never removed.
    const qsizetype before = domain.credentials.size();
    domain.credentials.removeIf([&domain](const PracticeCredential& credential) {
        return credential.login.compare(domain.smtpLogin(), Qt::CaseInsensitive) != 0;
    });
    return PracticeResponse::json({{u"message"_s, u"All domain credentials have been deleted"_s},
                                   {u"count"_s, before - domain.credentials.size()}});
}

} // namespace

PracticeRouteResult PracticeCredentialsRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() < 4 || s.size() > 5 || s.at(0) != u"v3"_s || s.at(1) != u"domains"_s ||
        s.at(3) != u"credentials"_s)
        return std::nullopt;
    PracticeDomain* domain = call.account.findDomain(call.region, s.at(2));
    if (s.size() == 4) {
        if (!call.is("GET") && !call.is("POST") && !call.is("DELETE"))
            return practiceMethodNotAllowed();
        if (!domain)
            return PracticeResponse::message(404, u"Domain not found"_s);
        if (call.is("GET"))
            return listCredentials(call, *domain);
        if (call.is("POST"))
            return createCredentials(call, *domain);
        return deleteAll(*domain);
    }
    if (!call.is("PUT") && !call.is("DELETE"))
        return practiceMethodNotAllowed();
    if (!domain)
        return PracticeResponse::message(404, u"Domain not found"_s);
    const QString login = s.at(4).contains(u'@') ? s.at(4) : s.at(4) + u'@' + domain->name;
    if (call.is("DELETE"))
        return deleteCredential(*domain, login);
    PracticeCredential* credential = call.account.findCredential(call.region, domain->name, login);
    if (!credential)
        return PracticeResponse::message(404, u"Credentials not found"_s);
    return changePassword(call, *credential);
}
