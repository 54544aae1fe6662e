#include "practice/PracticeKeysRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject keyInfo(const PracticeKey& key)
{
    QJsonObject object{
        {u"id"_s, key.id},
        {u"description"_s, key.description},
        {u"kind"_s, key.kind},
        {u"role"_s, key.role},
        {u"created_at"_s, PracticeDates::isoNoZone(key.createdAt)},
        {u"updated_at"_s, PracticeDates::isoNoZone(key.updatedAt)},
        {u"domain_name"_s, nullable(key.domainName)},
        {u"requestor"_s, nullable(key.requestor)},
        {u"user_name"_s, nullable(key.userName)},
    };
    if (key.listsIsDisabled)
        object.insert(u"is_disabled"_s, key.isDisabled);
    if (key.expiresAt.isValid())
        object.insert(u"expires_at"_s, PracticeDates::isoNoZone(key.expiresAt));
    if (!key.disabledReason.isEmpty())
        object.insert(u"disabled_reason"_s, key.disabledReason);
    return object;
}

PracticeResponse listKeys(const PracticeCall& call)
{
    const QString kind = call.request.queryValue(u"kind"_s);
    if (call.request.query.hasQueryItem(u"kind"_s) && kind != u"domain"_s && kind != u"user"_s &&
        kind != u"web"_s)
        return PracticeResponse::message(400,
                                         u"expected `kind` param to be one of [domain user web] or absent"_s);
    const QString domainName = call.request.queryValue(u"domain_name"_s);
    QJsonArray items;
    for (const PracticeKey& key : call.account.keys()) {
        if (!kind.isEmpty() && key.kind != kind)
            continue;
        if (!domainName.isEmpty() && key.domainName.compare(domainName, Qt::CaseInsensitive) != 0)
            continue;
        items.append(keyInfo(key));
    }
    return PracticeResponse::json({{u"total_count"_s, items.size()}, {u"items"_s, items}});
}

PracticeResponse createKey(const PracticeCall& call)
{
    PracticeForm form;
    // The OAS marks role required (POST /v1/keys) but shows no error for it: the 400 is the
    // OAS's status for a bad request, the wording is ours.
    if (auto refusal = call.readForm(&form, u"role"_s, u"missing required parameter: role"_s))
        return *refusal;
    const QString role = form.value(u"role"_s);
    static const QStringList roles{u"admin"_s, u"basic"_s, u"sending"_s, u"developer"_s};
    if (!roles.contains(role))
        return PracticeResponse::message(
            400, u"expected `role` param to be one of [admin basic sending developer]"_s);
    const QString kind = form.value(u"kind"_s).isEmpty() ? u"user"_s : form.value(u"kind"_s);
    if (kind != u"domain"_s && kind != u"user"_s && kind != u"web"_s)
        return PracticeResponse::message(400,
                                         u"expected `kind` param to be one of [domain user web] or absent"_s);
    if (kind == u"domain"_s && form.value(u"domain_name"_s).isEmpty())
        return PracticeResponse::message(400, u"domain_name is required for keys of 'domain' kind"_s);
    qint64 expiration = 0;
    if (form.contains(u"expiration"_s)) {
        bool ok = false;
        expiration = form.value(u"expiration"_s).toLongLong(&ok);
        if (!ok || expiration <= 0)
            return PracticeResponse::message(400, u"expiration must be greater than 0"_s);
    }
    if (kind == u"web"_s && (expiration == 0 || expiration > 86400))
        expiration = 86400; // web keys live one day at most

    int liveKeys = 0;
    for (const PracticeKey& key : call.account.keys())
        liveKeys += key.kind == u"web"_s ? 0 : 1;
    if (kind != u"web"_s && liveKeys >= call.account.keyLimit())
        return PracticeResponse::message(403, u"could not create key, account limit reached"_s);

    PracticeKey key;
    key.secret = PracticeAccount::newKeySecret();
    key.id = PracticeAccount::keyIdFromSecret(key.secret);
    key.kind = kind;
    key.role = role;
    key.description = form.value(u"description"_s);
    key.createdAt = call.now;
    key.updatedAt = call.now;
    if (expiration > 0)
        key.expiresAt = call.now.addSecs(expiration);
    key.domainName = form.value(u"domain_name"_s);
    // Whatever the caller wrote, or null: OAS's create example has "requestor": null,
    // "user_name": null (docs/mailgun-behaviour.md, point 5).
    key.requestor = form.value(u"email"_s);
    key.userName = form.value(u"user_name"_s);
    key.userId = form.value(u"user_id"_s);
    // Not Mailgun's documented behaviour: Mailgun calls itself eventually consistent (about
    // 404s), and no public source shows a new key refused. Practice refuses it a little, so
    // the program's patience with new keys is exercised (docs/mailgun-behaviour.md, point 4).
    key.refusalsLeft = qMax(0, call.account.newKeyRefusals());
    call.account.keys().append(key);

    QJsonObject info = keyInfo(key);
    info.insert(u"secret"_s, key.secret);
    return PracticeResponse::json({{u"message"_s, u"great success"_s}, {u"key"_s, info}});
}

PracticeResponse deleteKey(const PracticeCall& call, const QString& id)
{
    QList<PracticeKey>& keys = call.account.keys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).id == id) {
            keys.removeAt(i);
            return PracticeResponse::message(200, u"key deleted"_s);
        }
    }
    return PracticeResponse::message(404, u"no key matching id"_s);
}

} // namespace

PracticeRouteResult PracticeKeysRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() < 2 || s.at(0) != u"v1"_s || s.at(1) != u"keys"_s)
        return std::nullopt;
    if (s.size() == 2) {
        if (call.is("GET"))
            return listKeys(call);
        if (call.is("POST"))
            return createKey(call);
        return practiceMethodNotAllowed();
    }
    if (s.size() == 3 && s.at(2) == u"public"_s) {
        if (!call.is("POST"))
            return practiceMethodNotAllowed();
        call.account.setPublicKey(u"pubkey-"_s + PracticeAccount::randomHex(32));
        return PracticeResponse::json(
            {{u"key"_s, call.account.publicKey()},
             {u"message"_s, u"The public API key has been successfully regenerated."_s}});
    }
    if (s.size() == 3) {
        if (!call.is("DELETE"))
            return practiceMethodNotAllowed();
        return deleteKey(call, s.at(2));
    }
    return std::nullopt;
}
