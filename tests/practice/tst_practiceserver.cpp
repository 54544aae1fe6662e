#include "PracticeServerFixture.h"
#include "PracticeTestClient.h"
#include "SessionPractice.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

// The practice server as the client sees it: authentication, roles, the rules Mailgun
// enforces (secret shown once, postmaster undeletable, password lengths, key limit,
// allowlist lockout), both form encodings and unknown paths. What the account holds
// (domains, credentials, regions, users, stats, routes) is tested in tst_practiceresources.cpp.
class TestPracticeServer : public PracticeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listedKeysFollowTheSpec();
    void createdSecretIsShownOnce();
    void deletedKeyIsRejectedAtOnce();
    void disabledAndExpiredKeysAreRejected();
    void wrongUserOrMissingCredentialsAreRejected();
    void rolesLimitWhatAKeyMayDo();
    void smtpPasswordRules();
    void postmasterCannotBeDeleted();
    void keyLimitIsEnforced();
    void allowlistLocksOutOtherAddresses();
    void allowlistEndpointValidatesAddresses();
    void disabledAccountIsForbidden();
    void multipartAndUrlEncodedBodiesAreBothRead();
    void unknownPathAndWrongMethod();
};

void TestPracticeServer::initTestCase()
{
    startPracticeServer();
}

void TestPracticeServer::init()
{
    reseedAccount();
}

void TestPracticeServer::listedKeysFollowTheSpec()
{
    const auto reply = m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey());
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json.value(u"items"_s).toArray();
    QCOMPARE(reply.json.value(u"total_count"_s).toInt(), items.size());
    QCOMPARE(items.size(), m_server->account().keys().size());
    const QRegularExpression isoNoZone(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"_s);
    for (const QJsonValue& value : items) {
        const QJsonObject key = value.toObject();
        // is_disabled may be missing, as in real lists (tst_practiceseedkeys).
        for (const char* field : {"id", "description", "kind", "role", "created_at", "updated_at",
                                  "domain_name", "requestor", "user_name"})
            QVERIFY2(key.contains(QLatin1String(field)), field);
        QVERIFY(!key.contains(u"secret"_s));
        QVERIFY(isoNoZone.match(key.value(u"created_at"_s).toString()).hasMatch());
        QVERIFY(!key.contains(u"is_disabled"_s) || key.value(u"is_disabled"_s).isBool());
        QVERIFY(key.value(u"domain_name"_s).isNull() || key.value(u"domain_name"_s).isString());
    }
    // The leaked key is findable by its id, the secret's tail.
    const QString leakedId = m_server->practiceKey().right(17);
    QVERIFY(std::any_of(items.begin(), items.end(), [&](const QJsonValue& v) {
        return v.toObject().value(u"id"_s).toString() == leakedId;
    }));

    const auto filtered = m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey(),
                                        QUrlQuery(u"kind=domain"_s));
    QCOMPARE(filtered.json.value(u"total_count"_s).toInt(), 1);
    const auto badKind =
        m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey(), QUrlQuery(u"kind=robot"_s));
    QCOMPARE(badKind.status, 400);
}

void TestPracticeServer::createdSecretIsShownOnce()
{
    const int refusals = m_server->account().newKeyRefusals();
    m_server->account().setNewKeyRefusals(0); // tst_newkeypatience covers the refusals
    const auto restore = qScopeGuard([this, refusals] { m_server->account().setNewKeyRefusals(refusals); });
    const auto created =
        m_client->sendMultipart("POST", PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey(),
                                {{u"role"_s, u"admin"_s}, {u"description"_s, u"recovery 1234"_s}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.message(), u"great success"_s);
    const QJsonObject key = created.json.value(u"key"_s).toObject();
    const QString newSecret = key.value(u"secret"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$"_s).match(newSecret).hasMatch());
    QCOMPARE(key.value(u"id"_s).toString(), newSecret.right(17));
    QCOMPARE(key.value(u"kind"_s).toString(), u"user"_s);
    QVERIFY(key.value(u"requestor"_s).isNull()); // no email given (docs/mailgun-behaviour.md, point 5)

    const auto listed = m_client->get(PracticeRegion::Eu, u"/v1/keys"_s, newSecret);
    QCOMPARE(listed.status, 200);
    QVERIFY(listed.json.value(u"items"_s).toArray().size() > 0);
    QVERIFY(!listed.body.contains(newSecret.toUtf8()));
    QVERIFY(listed.body.contains(key.value(u"id"_s).toString().toUtf8()));
}

void TestPracticeServer::deletedKeyIsRejectedAtOnce()
{
    const int refusals = m_server->account().newKeyRefusals();
    m_server->account().setNewKeyRefusals(1);
    const auto restore = qScopeGuard([this, refusals] { m_server->account().setNewKeyRefusals(refusals); });
    const auto created = m_client->sendMultipart("POST", PracticeRegion::Us, u"/v1/keys"_s,
                                                 m_server->practiceKey(), {{u"role"_s, u"admin"_s}});
    const QString newSecret = created.json.value(u"key"_s).toObject().value(u"secret"_s).toString();
    // A new key refused once (docs/mailgun-behaviour.md, point 4; the default outside tests), then works.
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, newSecret).status, 401);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, newSecret).status, 200);

    const auto deleted = m_client->send("DELETE", PracticeRegion::Us, u"/v1/keys/"_s + newSecret.right(17),
                                        m_server->practiceKey());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.message(), u"key deleted"_s);
    const auto rejected = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, newSecret);
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.body, "Forbidden");

    const auto again = m_client->send("DELETE", PracticeRegion::Us, u"/v1/keys/"_s + newSecret.right(17),
                                      m_server->practiceKey());
    QCOMPARE(again.status, 404);
    QCOMPARE(again.message(), u"no key matching id"_s);
}

void TestPracticeServer::disabledAndExpiredKeysAreRejected()
{
    for (const char* label : {"disabled", "expired"}) {
        const auto reply = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, secret(label));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.body, "Forbidden");
    }
    QCOMPARE(m_client
                 ->get(PracticeRegion::Us, u"/v4/domains"_s,
                       u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s)
                 .status,
             401);
}

void TestPracticeServer::wrongUserOrMissingCredentialsAreRejected()
{
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, QString()).status, 401);
    QUrl url = m_server->baseUrl(PracticeRegion::Us);
    url.setPath(u"/v4/domains"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray("admin:" + m_server->practiceKey().toUtf8()).toBase64());
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(!m_server->requests().isEmpty());
    QVERIFY(!m_server->requests().constFirst().hadAuthorization);
    QCOMPARE(m_server->requests().constFirst().status, 401);
}

void TestPracticeServer::rolesLimitWhatAKeyMayDo()
{
    const auto developerKeys = m_client->get(PracticeRegion::Us, u"/v1/keys"_s, secret("developer"));
    QCOMPARE(developerKeys.status, 403);
    QCOMPARE(developerKeys.message(), u"Forbidden"_s);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v5/users"_s, secret("developer")).status, 403);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v2/ip_whitelist"_s, secret("developer")).status, 403);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, secret("developer")).status, 200);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v3/routes"_s, secret("developer")).status, 200);

    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, secret("basic")).status, 200);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v1/keys"_s, secret("basic")).status, 403);
    QCOMPARE(m_client
                 ->sendMultipart("PUT", PracticeRegion::Us, u"/v4/domains/mg.northwind-outfitters.com"_s,
                                 secret("basic"), {{u"archive_to"_s, u""_s}})
                 .status,
             403);

    const auto sendingDomains = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, secret("sending"));
    QCOMPARE(sendingDomains.status, 401);
    QCOMPARE(sendingDomains.message(), u"Invalid private key"_s);
    const auto send =
        m_client->sendMultipart("POST", PracticeRegion::Us, u"/v3/mg.northwind-outfitters.com/messages"_s,
                                secret("sending"), {{u"to"_s, u"a@example.com"_s}});
    QCOMPARE(send.status, 200);
    const auto otherDomain =
        m_client->sendMultipart("POST", PracticeRegion::Us, u"/v3/news.northwind-outfitters.com/messages"_s,
                                secret("sending"), {{u"to"_s, u"a@example.com"_s}});
    QCOMPARE(otherDomain.status, 401);

    // The web key (a Control Panel session of the admin) may do what its role allows.
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v1/keys"_s, secret("web")).status, 200);
}

void TestPracticeServer::smtpPasswordRules()
{
    const QString path =
        u"/v3/domains/mg.northwind-outfitters.com/credentials/shop@mg.northwind-outfitters.com"_s;
    const QString before = m_server->account().credentialPassword(
        PracticeRegion::Us, u"mg.northwind-outfitters.com"_s, u"shop@mg.northwind-outfitters.com"_s);
    QVERIFY(!before.isEmpty());

    const auto tooShort = m_client->sendMultipart("PUT", PracticeRegion::Us, path, m_server->practiceKey(),
                                                  {{u"password"_s, u"abcd"_s}});
    QCOMPARE(tooShort.status, 400);
    QVERIFY(tooShort.message().contains(u"between 5 and 32"_s));
    const auto tooLong = m_client->sendMultipart("PUT", PracticeRegion::Us, path, m_server->practiceKey(),
                                                 {{u"password"_s, QString(33, u'x')}});
    QCOMPARE(tooLong.status, 400);
    const auto same = m_client->sendMultipart("PUT", PracticeRegion::Us, path, m_server->practiceKey(),
                                              {{u"password"_s, before}});
    QCOMPARE(same.status, 400);
    QCOMPARE(same.message(), u"New password cannot be the same as old password."_s);
    QCOMPARE(m_server->account().credentialPassword(PracticeRegion::Us, u"mg.northwind-outfitters.com"_s,
                                                    u"shop"_s),
             before);

    const QString good = u"N3w-Passw0rd-For-Shop-Login-2026"_s; // 32 characters
    QCOMPARE(good.size(), 32);
    const auto changed = m_client->sendMultipart("PUT", PracticeRegion::Us, path, m_server->practiceKey(),
                                                 {{u"password"_s, good}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(m_server->account().credentialPassword(PracticeRegion::Us, u"mg.northwind-outfitters.com"_s,
                                                    u"shop@mg.northwind-outfitters.com"_s),
             good);

    const auto missing = m_client->sendMultipart(
        "PUT", PracticeRegion::Us,
        u"/v3/domains/mg.northwind-outfitters.com/credentials/nobody@mg.northwind-outfitters.com"_s,
        m_server->practiceKey(), {{u"password"_s, good}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.message(), u"Credentials not found"_s);
}

void TestPracticeServer::postmasterCannotBeDeleted()
{
    const auto refused = m_client->send(
        "DELETE", PracticeRegion::Us,
        u"/v3/domains/mg.northwind-outfitters.com/credentials/postmaster@mg.northwind-outfitters.com"_s,
        m_server->practiceKey());
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.message(), u"Cannot delete system mailbox: postmaster@mg.northwind-outfitters.com"_s);

    const auto deleted = m_client->send(
        "DELETE", PracticeRegion::Us,
        u"/v3/domains/mg.northwind-outfitters.com/credentials/mailer-7731@mg.northwind-outfitters.com"_s,
        m_server->practiceKey());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(u"spec"_s).toString(), u"mailer-7731@mg.northwind-outfitters.com"_s);
    QVERIFY(!m_server->account().findCredential(PracticeRegion::Us, u"mg.northwind-outfitters.com"_s,
                                                u"mailer-7731"_s));
}

void TestPracticeServer::keyLimitIsEnforced()
{
    int nonWeb = 0;
    for (const PracticeKey& key : m_server->account().keys())
        nonWeb += key.kind == u"web"_s ? 0 : 1;
    m_server->account().setKeyLimit(nonWeb);
    const qsizetype before = m_server->account().keys().size();
    const auto refused = m_client->sendMultipart("POST", PracticeRegion::Us, u"/v1/keys"_s,
                                                 m_server->practiceKey(), {{u"role"_s, u"admin"_s}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.message(), u"could not create key, account limit reached"_s);
    QCOMPARE(m_server->account().keys().size(), before);

    m_server->account().setKeyLimit(nonWeb + 1);
    QCOMPARE(m_client
                 ->sendMultipart("POST", PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey(),
                                 {{u"role"_s, u"admin"_s}})
                 .status,
             200);
}

void TestPracticeServer::allowlistLocksOutOtherAddresses()
{
    m_server->account().ipAllowlist().append({u"203.0.113.10"_s, u"office"_s});
    m_server->account().ipAllowlist().append({u"10.0.0.0/8"_s, u"vpn"_s});
    const auto locked = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey());
    QCOMPARE(locked.status, 401);
    QCOMPARE(locked.body, "Forbidden");
    // Web keys are exempt from the allowlist.
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, secret("web")).status, 200);

    m_server->account().ipAllowlist().append({u"127.0.0.0/8"_s, u"this machine"_s});
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey()).status, 200);

    m_server->account().ipAllowlist() = {{u"127.0.0.1"_s, u"exactly this machine"_s}};
    QCOMPARE(m_client->get(PracticeRegion::Eu, u"/v4/domains"_s, m_server->practiceKey()).status, 200);
}

void TestPracticeServer::allowlistEndpointValidatesAddresses()
{
    const QString admin = m_server->practiceKey();
    const auto empty = m_client->get(PracticeRegion::Us, u"/v2/ip_whitelist"_s, admin);
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json.value(u"addresses"_s).isArray());
    QCOMPARE(empty.json.value(u"addresses"_s).toArray().size(), 0);

    const auto invalid = m_client->sendMultipart("POST", PracticeRegion::Us, u"/v2/ip_whitelist"_s, admin,
                                                 {{u"address"_s, u"not-an-ip"_s}});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.message(), u"Invalid IP Address or CIDR"_s);

    const auto added =
        m_client->sendMultipart("POST", PracticeRegion::Us, u"/v2/ip_whitelist"_s, admin,
                                {{u"address"_s, u"127.0.0.1"_s}, {u"description"_s, u"assistant"_s}});
    QCOMPARE(added.status, 200);
    const QJsonObject entry = added.json.value(u"addresses"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"ip_address"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(entry.value(u"description"_s).toString(), u"assistant"_s);

    QCOMPARE(m_client->send("DELETE", PracticeRegion::Us, u"/v2/ip_whitelist"_s, admin).status, 400);
    const auto removed = m_client->send("DELETE", PracticeRegion::Us, u"/v2/ip_whitelist"_s, admin,
                                        QUrlQuery(u"address=127.0.0.1"_s));
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json.value(u"addresses"_s).toArray().size(), 0);
}

void TestPracticeServer::disabledAccountIsForbidden()
{
    m_server->account().setAccountDisabled(true);
    const auto reply = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey());
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.message(), u"Your account is disabled. Contact Mailgun support."_s);
    QCOMPARE(m_client->get(PracticeRegion::Eu, u"/v1/keys"_s, m_server->practiceKey()).status, 403);
}

void TestPracticeServer::multipartAndUrlEncodedBodiesAreBothRead()
{
    const QString path =
        u"/v3/domains/news.northwind-outfitters.com/credentials/newsletter@news.northwind-outfitters.com"_s;
    const QString viaMultipart = u"multipart pass+word&=1"_s;
    QCOMPARE(m_client
                 ->sendMultipart("PUT", PracticeRegion::Us, path, m_server->practiceKey(),
                                 {{u"password"_s, viaMultipart}})
                 .status,
             200);
    QCOMPARE(m_server->account().credentialPassword(PracticeRegion::Us, u"news.northwind-outfitters.com"_s,
                                                    u"newsletter"_s),
             viaMultipart);

    const QString viaForm = u"url encoded+pass&=2"_s;
    QCOMPARE(m_client
                 ->sendUrlEncoded("PUT", PracticeRegion::Us, path, m_server->practiceKey(),
                                  {{u"password"_s, viaForm}})
                 .status,
             200);
    QCOMPARE(m_server->account().credentialPassword(PracticeRegion::Us, u"news.northwind-outfitters.com"_s,
                                                    u"newsletter"_s),
             viaForm);

    // A raw '+' in a url-encoded body is a space.
    QCOMPARE(m_client
                 ->send("PUT", PracticeRegion::Us, path, m_server->practiceKey(), {},
                        "password=plus+means+space", "application/x-www-form-urlencoded")
                 .status,
             200);
    QCOMPARE(m_server->account().credentialPassword(PracticeRegion::Us, u"news.northwind-outfitters.com"_s,
                                                    u"newsletter"_s),
             u"plus means space"_s);

    const auto& records = m_server->requests();
    QCOMPARE(records.size(), 3);
    QVERIFY(records.at(0).contentType.startsWith("multipart/form-data"));
    QVERIFY(records.at(1).contentType.startsWith("application/x-www-form-urlencoded"));
    QCOMPARE(records.at(0).method, "PUT");
    QCOMPARE(records.at(0).path, path);
    QVERIFY(records.at(0).hadAuthorization);
    QCOMPARE(records.at(0).status, 200);

    // Repeated fields: a route update with two actions.
    const QString routeId = m_server->account().region(PracticeRegion::Us).routes.constFirst().id;
    const auto updated = m_client->sendUrlEncoded(
        "PUT", PracticeRegion::Us, u"/v3/routes/"_s + routeId, m_server->practiceKey(),
        {{u"action"_s, u"forward(\"a@example.com\")"_s}, {u"action"_s, u"stop()"_s}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(m_server->account().region(PracticeRegion::Us).routes.constFirst().actions,
             QStringList({u"forward(\"a@example.com\")"_s, u"stop()"_s}));
}

void TestPracticeServer::unknownPathAndWrongMethod()
{
    const auto unknown = m_client->get(PracticeRegion::Us, u"/v9/nothing"_s, m_server->practiceKey());
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.message().isEmpty());
    QCOMPARE(m_client->send("PATCH", PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey()).status, 405);
    QCOMPARE(m_client->send("DELETE", PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey()).status,
             405);
}

QTEST_GUILESS_MAIN(TestPracticeServer)
#include "tst_practiceserver.moc"
