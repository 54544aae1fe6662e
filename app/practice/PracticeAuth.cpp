#include "practice/PracticeAuth.h"

#include "practice/PracticeAccount.h"

using namespace Qt::StringLiterals;

namespace {

// What Mailgun answers every request it cannot authenticate: a wrong, deleted, disabled or
// expired key and a computer outside the IP allowlist alike (docs/mailgun-behaviour.md, point 1:
// RB vcr_cassettes/exceptions-invalid-api-key.yml, help article 360012244474).
PracticeResponse refused()
{
    PracticeResponse response;
    response.status = 401;
    response.contentType = "text/plain; charset=utf-8";
    response.headers.append(
        {QByteArrayLiteral("Www-Authenticate"), QByteArrayLiteral("Basic realm=\"MG API\"")});
    response.body = "Forbidden";
    return response;
}

// A domain sending key anywhere but its domain's messages (point 2: mailgun.js #227; OAS uses
// the same body as the 401 example of the domains, webhooks and DKIM operations).
PracticeResponse notAPrivateKey()
{
    return PracticeResponse::message(401, u"Invalid private key"_s);
}

bool isSendingKey(const PracticeKey& key)
{
    return key.role == u"sending"_s || key.kind == u"domain"_s;
}

// The secret of an "Authorization: Basic base64(api:secret)" header; empty when absent or
// not for user "api".
QString basicSecret(const QByteArray& authorization)
{
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0 || decoded.left(colon) != "api")
        return {};
    return QString::fromUtf8(decoded.mid(colon + 1));
}

bool isAdminOnlyArea(const QStringList& segments)
{
    if (segments.size() >= 2 && segments.at(0) == u"v1"_s && segments.at(1) == u"keys"_s)
        return true;
    if (segments.size() >= 2 && segments.at(0) == u"v5"_s && segments.at(1) == u"users"_s)
        return true;
    return segments.size() >= 2 && segments.at(0) == u"v2"_s && segments.at(1) == u"ip_whitelist"_s;
}

// "/v3/{domain}/messages": the one thing a sending key may do. Returns the domain.
QString messagesDomain(const QByteArray& method, const QStringList& segments)
{
    if (method != "POST" || segments.size() != 3 || segments.at(0) != u"v3"_s)
        return {};
    if (segments.at(2) != u"messages"_s && segments.at(2) != u"messages.mime"_s)
        return {};
    return segments.at(1);
}

} // namespace

PracticeAuth::Result PracticeAuth::check(const PracticeHttpRequest& request, const QHostAddress& peer,
                                         PracticeAccount& account, const QDateTime& now)
{
    Result result;
    const QString secret = basicSecret(request.header("Authorization"));
    PracticeKey* key = secret.isEmpty() ? nullptr : account.findKeyBySecret(secret);
    if (!key || key->isDisabled || key->isExpired(now)) {
        result.failure = refused();
        return result;
    }
    if (key->refusalsLeft > 0) { // a brand-new key, not accepted yet (PracticeKeysRoutes)
        --key->refusalsLeft;
        result.failure = refused();
        return result;
    }
    if (account.isAccountDisabled()) {
        result.failure =
            PracticeResponse::message(403, u"Your account is disabled. Contact Mailgun support."_s);
        return result;
    }
    // Web keys are the Control Panel's own sessions and are exempt from the allowlist.
    if (key->kind != u"web"_s && !account.ipAllowlist().isEmpty() &&
        !isAllowlisted(account.ipAllowlist(), peer)) {
        result.failure = refused();
        return result;
    }
    if (isSendingKey(*key)) {
        // Another domain's messages get what any key gets for a domain outside its reach.
        const QString domain = messagesDomain(request.method, request.segments());
        if (domain.isEmpty() || domain.compare(key->domainName, Qt::CaseInsensitive) != 0) {
            result.failure = domain.isEmpty() ? notAPrivateKey() : refused();
            return result;
        }
    }
    if (auto denied = checkRole(*key, request.method, request.segments())) {
        result.failure = denied;
        return result;
    }
    result.key = *key;
    return result;
}

bool PracticeAuth::isAllowlisted(const QList<PracticeAllowEntry>& allowlist, const QHostAddress& peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    const QHostAddress address = isV4 ? QHostAddress(v4) : peer;
    for (const PracticeAllowEntry& entry : allowlist) {
        if (entry.address.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(entry.address);
            if (subnet.second >= 0 && address.isInSubnet(subnet))
                return true;
        } else if (QHostAddress(entry.address).isEqual(address, QHostAddress::ConvertV4MappedToIPv4)) {
            return true;
        }
    }
    return false;
}

bool PracticeAuth::isValidAddressOrCidr(const QString& address)
{
    if (address.contains(u'/'))
        return QHostAddress::parseSubnet(address).second >= 0;
    return !QHostAddress(address).isNull();
}

std::optional<PracticeResponse> PracticeAuth::checkRole(const PracticeKey& key, const QByteArray& method,
                                                        const QStringList& segments)
{
    const PracticeResponse forbidden = PracticeResponse::message(403, u"Forbidden"_s);
    if (key.role == u"admin"_s)
        return std::nullopt;
    if (key.role == u"sending"_s || key.kind == u"domain"_s) {
        const QString domain = messagesDomain(method, segments);
        if (!domain.isEmpty() && domain.compare(key.domainName, Qt::CaseInsensitive) == 0)
            return std::nullopt;
        return forbidden;
    }
    if (isAdminOnlyArea(segments))
        return forbidden;
    if (key.role == u"developer"_s)
        return std::nullopt;
    // basic (analyst) and anything else: read-only.
    if (method == "GET")
        return std::nullopt;
    return forbidden;
}
