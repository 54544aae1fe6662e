#include "practice/PracticeUsersRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullableDate(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(PracticeDates::isoMicros(at)) : QJsonValue(QJsonValue::Null);
}

QJsonObject userObject(const PracticeUser& user, const QString& accountId)
{
    const QString local = user.email.section(u'@', 0, 0);
    const QString domain = user.email.section(u'@', 1);
    return {
        {u"id"_s, user.id},
        {u"name"_s, user.name},
        {u"activated"_s, user.activated},
        {u"is_disabled"_s, user.isDisabled},
        {u"email"_s, user.email},
        {u"email_details"_s,
         QJsonObject{{u"address"_s, user.email},
                     {u"is_valid"_s, true},
                     {u"parts"_s, QJsonObject{{u"local_part"_s, local}, {u"domain"_s, domain}}}}},
        {u"role"_s, user.role},
        {u"account_id"_s, accountId},
        {u"opened_ip"_s, user.openedIp},
        {u"is_master"_s, user.isMaster},
        {u"metadata"_s, QJsonObject()},
        {u"tfa_enabled"_s, user.tfaEnabled},
        {u"tfa_active"_s, user.tfaActive},
        {u"tfa_created_at"_s, nullableDate(user.tfaCreatedAt)},
        {u"password_updated_at"_s, nullableDate(user.passwordUpdatedAt)},
        {u"preferences"_s, QJsonObject{{u"programming_language"_s, u"curl"_s},
                                       {u"time_format"_s, u"%m/%d/%y %I:%M %p"_s},
                                       {u"time_zone"_s, u"US/Eastern"_s}}},
        {u"auth"_s, QJsonObject{{u"method"_s, u"sinch"_s},
                                {u"prior_details"_s, QJsonObject()},
                                {u"prior_method"_s, u""_s}}},
        {u"github_user_id"_s, QJsonValue::Null},
        {u"salesforce_user_id"_s, QJsonValue::Null},
        {u"migration_status"_s, u"done"_s},
    };
}

PracticeResponse listUsers(const PracticeCall& call)
{
    PracticePaging paging;
    if (auto refusal = call.readPaging(&paging, u"limit must be between 0 and 1000"_s))
        return *refusal;
    const QString role = call.request.queryValue(u"role"_s);
    QList<PracticeUser> matching;
    for (const PracticeUser& user : call.account.users()) {
        if (role.isEmpty() || user.role == role)
            matching.append(user);
    }
    const QJsonArray users = paging.page(
        matching, [&call](const PracticeUser& user) { return userObject(user, call.account.accountId()); });
    return PracticeResponse::json({{u"users"_s, users}, {u"total"_s, matching.size()}});
}

} // namespace

PracticeRouteResult PracticeUsersRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() < 2 || s.size() > 3 || s.at(0) != u"v5"_s || s.at(1) != u"users"_s)
        return std::nullopt;
    if (!call.is("GET"))
        return practiceMethodNotAllowed();
    if (s.size() == 2)
        return listUsers(call);
    QString id = s.at(2);
    if (id == u"me"_s) {
        if (call.key.userId.isEmpty())
            return PracticeResponse::message(403, u"Incompatible key for this endpoint"_s);
        id = call.key.userId;
    }
    for (const PracticeUser& user : call.account.users()) {
        if (user.id == id)
            return PracticeResponse::json(userObject(user, call.account.accountId()));
    }
    return PracticeResponse::message(404, u"No such user exists"_s);
}
