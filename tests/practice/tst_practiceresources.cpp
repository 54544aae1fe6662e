#include "PracticeServerFixture.h"
#include "PracticeTestClient.h"
#include "SessionPractice.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// What the practice account holds, as the client reads it: domains paged past one page,
// SMTP credentials, each region's own domains with keys shared, read-only users, what the
// seed planted for an investigation, stats and metrics with the recent spike, and routes and
// webhooks that can be removed. Authentication and the rules Mailgun enforces are tested in
// tst_practiceserver.cpp.
class TestPracticeResources : public PracticeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void domainsPageBeyondOnePage();
    void credentialsListFollowsTheSpec();
    void regionsKeepTheirOwnDomainsAndShareKeys();
    void usersAreReadOnlyAndFollowTheSpec();
    void seedHasWhatAnInvestigationShouldFind();
    void statsShowTheRecentSpike();
    void metricsByTimeAndDomain();
    void routesAndWebhooksCanBeRemoved();
};

void TestPracticeResources::initTestCase()
{
    startPracticeServer();
}

void TestPracticeResources::init()
{
    reseedAccount();
}

void TestPracticeResources::domainsPageBeyondOnePage()
{
    m_server->account().addDomains(PracticeRegion::Us, 200, 3);
    const int total = int(m_server->account().region(PracticeRegion::Us).domains.size());
    QCOMPARE(total, 203);
    QSet<QString> seen;
    for (int skip = 0; skip < total; skip += 100) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"100"_s);
        query.addQueryItem(u"skip"_s, QString::number(skip));
        const auto page = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey(), query);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(u"total_count"_s).toInt(), total);
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), qMin(100, total - skip));
        for (const QJsonValue& item : items)
            seen.insert(item.toObject().value(u"name"_s).toString());
    }
    QCOMPARE(seen.size(), total);

    const auto tooMany = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey(),
                                       QUrlQuery(u"limit=1001"_s));
    QCOMPARE(tooMany.status, 400);
    const auto unverified = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey(),
                                          QUrlQuery(u"state=unverified"_s));
    QCOMPARE(unverified.json.value(u"total_count"_s).toInt(), 1);

    const auto logins = m_client->get(
        PracticeRegion::Us, u"/v3/domains/bulk-0004.us.example.net/credentials"_s, m_server->practiceKey());
    QCOMPARE(logins.json.value(u"total_count"_s).toInt(), 3);
}

void TestPracticeResources::credentialsListFollowsTheSpec()
{
    QUrlQuery query(u"limit=2&skip=1"_s);
    const auto page =
        m_client->get(PracticeRegion::Us, u"/v3/domains/mg.northwind-outfitters.com/credentials"_s,
                      m_server->practiceKey(), query);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(u"total_count"_s).toInt(), 4);
    const QJsonArray items = page.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QRegularExpression rfc2822(
        u"^[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}$"_s);
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        QVERIFY(rfc2822.match(item.value(u"created_at"_s).toString()).hasMatch());
        QVERIFY(item.contains(u"size_bytes"_s) && item.value(u"size_bytes"_s).isNull());
        QVERIFY(!item.contains(u"password"_s));
        QCOMPARE(item.value(u"mailbox"_s), item.value(u"login"_s));
    }
    QCOMPARE(m_client
                 ->get(PracticeRegion::Us, u"/v3/domains/mg.northwind-outfitters.com/credentials"_s,
                       m_server->practiceKey(), QUrlQuery(u"limit=1001"_s))
                 .message(),
             u"Limit parameter can't be larger than 1000"_s);
    QCOMPARE(m_client
                 ->get(PracticeRegion::Eu, u"/v3/domains/mg.northwind-outfitters.com/credentials"_s,
                       m_server->practiceKey())
                 .status,
             404);
}

void TestPracticeResources::regionsKeepTheirOwnDomainsAndShareKeys()
{
    auto names = [this](PracticeRegion region) {
        QStringList result;
        const auto reply = m_client->get(region, u"/v4/domains"_s, m_server->practiceKey());
        const QJsonArray items = reply.json.value(u"items"_s).toArray();
        for (const QJsonValue& item : items)
            result.append(item.toObject().value(u"name"_s).toString());
        return result;
    };
    const QStringList us = names(PracticeRegion::Us);
    const QStringList eu = names(PracticeRegion::Eu);
    QCOMPARE(us.size(), 3);
    QCOMPARE(eu.size(), 2);
    for (const QString& name : us)
        QVERIFY(!eu.contains(name));
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey()).body,
             m_client->get(PracticeRegion::Eu, u"/v1/keys"_s, m_server->practiceKey()).body);

    const auto euDomain = m_client->get(PracticeRegion::Eu, u"/v4/domains/eu.northwind-outfitters.com"_s,
                                        m_server->practiceKey());
    QCOMPARE(euDomain.status, 200);
    QVERIFY(euDomain.json.value(u"domain"_s)
                .toObject()
                .value(u"archive_to"_s)
                .toString()
                .startsWith(u"https://"_s));
    QCOMPARE(
        m_client
            ->get(PracticeRegion::Us, u"/v4/domains/eu.northwind-outfitters.com"_s, m_server->practiceKey())
            .message(),
        u"Domain not found"_s);
}

void TestPracticeResources::usersAreReadOnlyAndFollowTheSpec()
{
    const auto users = m_client->get(PracticeRegion::Us, u"/v5/users"_s, m_server->practiceKey());
    QCOMPARE(users.status, 200);
    const QJsonArray list = users.json.value(u"users"_s).toArray();
    QCOMPARE(users.json.value(u"total"_s).toInt(), list.size());
    QVERIFY(list.size() >= 4);
    const QRegularExpression micros(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"_s);
    bool sawNullPassword = false;
    bool sawNoTfa = false;
    for (const QJsonValue& value : list) {
        const QJsonObject user = value.toObject();
        const QJsonValue updated = user.value(u"password_updated_at"_s);
        QVERIFY(updated.isNull() || micros.match(updated.toString()).hasMatch());
        sawNullPassword = sawNullPassword || updated.isNull();
        sawNoTfa = sawNoTfa || !user.value(u"tfa_active"_s).toBool();
        QVERIFY(user.value(u"tfa_enabled"_s).isBool());
    }
    QVERIFY(sawNullPassword);
    QVERIFY(sawNoTfa);
    QCOMPARE(
        m_client
            ->get(PracticeRegion::Us, u"/v5/users"_s, m_server->practiceKey(), QUrlQuery(u"limit=2&skip=1"_s))
            .json.value(u"users"_s)
            .toArray()
            .size(),
        2);
    const QString id = list.first().toObject().value(u"id"_s).toString();
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v5/users/"_s + id, m_server->practiceKey())
                 .json.value(u"id"_s)
                 .toString(),
             id);
    const auto missing = m_client->get(PracticeRegion::Us, u"/v5/users/nope"_s, m_server->practiceKey());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.message(), u"No such user exists"_s);
    QCOMPARE(
        m_client->send("DELETE", PracticeRegion::Us, u"/v5/users/"_s + id, m_server->practiceKey()).status,
        405);
}

void TestPracticeResources::seedHasWhatAnInvestigationShouldFind()
{
    const PracticeAccount& account = m_server->account();
    for (const char* label :
         {"admin-leaked", "developer", "basic", "sending", "web", "disabled", "expired", "attacker"})
        QVERIFY2(!account.seededSecret(QLatin1String(label)).isEmpty(), label);
    QCOMPARE(m_server->practiceKey(), account.seededSecret(u"admin-leaked"_s));

    const auto routes = m_client->get(PracticeRegion::Us, u"/v3/routes"_s, m_server->practiceKey());
    QVERIFY(routes.body.contains("catch_all()"));
    const auto webhooks = m_client->get(
        PracticeRegion::Us, u"/v3/domains/mg.northwind-outfitters.com/webhooks"_s, m_server->practiceKey());
    QCOMPARE(webhooks.status, 200);
    QVERIFY(webhooks.json.value(u"webhooks"_s)
                .toObject()
                .value(u"opened"_s)
                .toObject()
                .value(u"urls"_s)
                .isArray());
    const auto accountHooks = m_client->get(PracticeRegion::Us, u"/v1/webhooks"_s, m_server->practiceKey());
    QCOMPARE(accountHooks.json.value(u"webhooks"_s).toArray().size(), 1);
    QCOMPARE(m_client->get(PracticeRegion::Eu, u"/v1/webhooks"_s, m_server->practiceKey())
                 .json.value(u"webhooks"_s)
                 .toArray()
                 .size(),
             0);
    const auto subaccounts =
        m_client->get(PracticeRegion::Us, u"/v5/accounts/subaccounts"_s, m_server->practiceKey());
    QCOMPARE(subaccounts.json.value(u"total"_s).toInt(), 1);
    QVERIFY(subaccounts.json.value(u"subaccounts"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"created_at"_s)
                .toString()
                .endsWith(u" GMT"_s));
    const auto signing =
        m_client->get(PracticeRegion::Us, u"/v5/accounts/http_signing_key"_s, m_server->practiceKey());
    QVERIFY(!signing.json.value(u"http_signing_key"_s).toString().isEmpty());

    // The login nobody recognises was created in the last two days.
    const PracticeCredential* stranger = m_server->account().findCredential(
        PracticeRegion::Us, u"mg.northwind-outfitters.com"_s, u"mailer-7731"_s);
    QVERIFY(stranger);
    QVERIFY(stranger->createdAt > m_now.addDays(-2));
}

void TestPracticeResources::statsShowTheRecentSpike()
{
    QUrlQuery query;
    query.addQueryItem(u"event"_s, u"accepted"_s);
    query.addQueryItem(u"event"_s, u"failed"_s);
    query.addQueryItem(u"resolution"_s, u"day"_s);
    query.addQueryItem(u"start"_s, QString::number(m_now.addDays(-7).toSecsSinceEpoch()));
    query.addQueryItem(u"end"_s, QString::number(m_now.toSecsSinceEpoch()));
    const auto reply = m_client->get(PracticeRegion::Us, u"/v3/mg.northwind-outfitters.com/stats/total"_s,
                                     m_server->practiceKey(), query);
    QCOMPARE(reply.status, 200);
    const QJsonArray stats = reply.json.value(u"stats"_s).toArray();
    QVERIFY(stats.size() >= 7);
    const int first = stats.first().toObject().value(u"accepted"_s).toObject().value(u"total"_s).toInt();
    const int last = stats.last().toObject().value(u"accepted"_s).toObject().value(u"total"_s).toInt();
    QVERIFY2(last > first * 5, qPrintable(u"%1 vs %2"_s.arg(last).arg(first)));
    QVERIFY(stats.first().toObject().contains(u"failed"_s));
    QVERIFY(!stats.first().toObject().contains(u"delivered"_s));
    QVERIFY(reply.json.contains(u"description"_s));

    // RFC 2822 dates with '+' for spaces, as a proxy re-encodes them: Mailgun reads '+' as a
    // space in a query; "%2B" stays a plus (the time zone sign).
    const auto plusEncoded = m_client->get(
        PracticeRegion::Us, u"/v3/stats/total"_s, m_server->practiceKey(),
        QUrlQuery(
            u"event=accepted&start=Tue,+03+Mar+2026+12:00:00+%2B0000&end=Tue,+10+Mar+2026+12:00:00+%2B0000"_s));
    QCOMPARE(plusEncoded.status, 200);

    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v3/stats/total"_s, m_server->practiceKey()).status,
             400); // event is required
    QCOMPARE(m_client
                 ->get(PracticeRegion::Eu, u"/v3/stats/total"_s, m_server->practiceKey(),
                       QUrlQuery(u"event=accepted&duration=2d&resolution=hour"_s))
                 .status,
             200);
}

void TestPracticeResources::metricsByTimeAndDomain()
{
    const QJsonObject query{
        {u"end"_s, u"Tue, 10 Mar 2026 12:00:00 +0000"_s},
        {u"duration"_s, u"48h"_s},
        {u"resolution"_s, u"hour"_s},
        {u"dimensions"_s, QJsonArray{u"time"_s, u"domain"_s}},
        {u"metrics"_s, QJsonArray{u"accepted_count"_s, u"delivered_count"_s, u"failed_count"_s}},
        {u"include_aggregates"_s, true},
        {u"pagination"_s, QJsonObject{{u"skip"_s, 0}, {u"limit"_s, 1000}}}};
    const auto reply =
        m_client->send("POST", PracticeRegion::Us, u"/v1/analytics/metrics"_s, m_server->practiceKey(), {},
                       QJsonDocument(query).toJson(), "application/json");
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json.value(u"items"_s).toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(u"dimensions"_s).toArray().size(), 2);
    QVERIFY(item.value(u"metrics"_s).toObject().contains(u"delivered_count"_s));
    QCOMPARE(reply.json.value(u"pagination"_s).toObject().value(u"total"_s).toInt(), items.size());
    QVERIFY(reply.json.value(u"aggregates"_s)
                .toObject()
                .value(u"metrics"_s)
                .toObject()
                .value(u"accepted_count"_s)
                .toInteger() > 48 * 1000);
    QVERIFY(m_server->requests().constLast().contentType.startsWith("application/json"));
}

void TestPracticeResources::routesAndWebhooksCanBeRemoved()
{
    const QString admin = m_server->practiceKey();
    const QString routeId = m_server->account().region(PracticeRegion::Us).routes.constLast().id;
    const auto route = m_client->get(PracticeRegion::Us, u"/v3/routes/"_s + routeId, admin);
    QCOMPARE(route.json.value(u"route"_s).toObject().value(u"expression"_s).toString(), u"catch_all()"_s);
    const auto deleted = m_client->send("DELETE", PracticeRegion::Us, u"/v3/routes/"_s + routeId, admin);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(u"id"_s).toString(), routeId);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v3/routes/"_s + routeId, admin).message(),
             u"Route not found"_s);

    const auto hook = m_client->send("DELETE", PracticeRegion::Us,
                                     u"/v3/domains/mg.northwind-outfitters.com/webhooks/opened"_s, admin);
    QCOMPARE(hook.status, 200);
    QCOMPARE(hook.message(), u"Webhook has been deleted"_s);
    QVERIFY(!m_server->account()
                 .findDomain(PracticeRegion::Us, u"mg.northwind-outfitters.com"_s)
                 ->webhooks.contains(u"opened"_s));

    const QString accountHook =
        m_server->account().region(PracticeRegion::Us).accountWebhooks.constFirst().id;
    QCOMPARE(m_client
                 ->send("DELETE", PracticeRegion::Us, u"/v1/webhooks"_s, admin,
                        QUrlQuery(u"webhook_ids="_s + accountHook))
                 .status,
             204);
    QVERIFY(m_server->account().region(PracticeRegion::Us).accountWebhooks.isEmpty());

    const auto archive =
        m_client->sendMultipart("PUT", PracticeRegion::Eu, u"/v4/domains/eu.northwind-outfitters.com"_s,
                                admin, {{u"archive_to"_s, u""_s}});
    // Nothing public says how to clear archive_to: practice answers 200 to an empty value and
    // keeps the address, so the program's read-back is exercised (docs/mailgun-behaviour.md, 8).
    QCOMPARE(archive.status, 200);
    QCOMPARE(m_server->account().findDomain(PracticeRegion::Eu, u"eu.northwind-outfitters.com"_s)->archiveTo,
             u"https://mail-archive-sync.example.com/hook/7f3a"_s);
    const auto replaced =
        m_client->sendMultipart("PUT", PracticeRegion::Eu, u"/v4/domains/eu.northwind-outfitters.com"_s,
                                admin, {{u"archive_to"_s, u"https://archive.northwind-outfitters.com/in"_s}});
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json.value(u"domain"_s).toObject().value(u"archive_to"_s).toString(),
             u"https://archive.northwind-outfitters.com/in"_s);

    // v4: one address out of every event, the map that remains in the answer.
    m_server->account()
        .findDomain(PracticeRegion::Us, u"mg.northwind-outfitters.com"_s)
        ->webhooks.insert(u"clicked"_s, {u"https://a.example.net/x"_s, u"https://b.example.net/y"_s});
    const auto byUrl =
        m_client->send("DELETE", PracticeRegion::Us, u"/v4/domains/mg.northwind-outfitters.com/webhooks"_s,
                       admin, QUrlQuery({{u"url"_s, u"https://a.example.net/x"_s}}));
    QCOMPARE(byUrl.status, 200);
    QCOMPARE(byUrl.json.value(u"webhooks"_s)[u"clicked"_s][u"urls"_s].toArray(),
             QJsonArray{u"https://b.example.net/y"_s});
    QCOMPARE(
        m_client
            ->send("DELETE", PracticeRegion::Us, u"/v4/domains/mg.northwind-outfitters.com/webhooks"_s, admin)
            .status,
        400); // `url` is required
}

QTEST_GUILESS_MAIN(TestPracticeResources)
#include "tst_practiceresources.moc"
