// How the practice server refuses a key, as real Mailgun does (docs/mailgun-behaviour.md,
// points 1 and 2): every request it cannot authenticate gets the same 401 text/plain
// "Forbidden" with a Basic challenge; a domain sending key gets 401 JSON "Invalid private
// key" on account endpoints and is accepted for its own domain's messages.
#include "PracticeTestClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPracticeAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void everyUnauthenticatedRequestGetsTheSameRefusal_data();
    void everyUnauthenticatedRequestGetsTheSameRefusal();
    void sendingKeyOnAccountEndpoints();
    void sendingKeySendsForItsOwnDomainOnly();
    void webKeyIsExemptFromTheAllowlist();

private:
    struct Raw
    {
        int status = 0;
        QByteArray contentType;
        QByteArray challenge;
        QByteArray body;
    };
    Raw get(const QString& path, const QString& secret);
    QString secret(const char* label) const
    {
        return m_server->account().seededSecret(QString::fromLatin1(label));
    }

    std::unique_ptr<PracticeServer> m_server;
    std::unique_ptr<PracticeTestClient> m_client;
    QNetworkAccessManager m_manager;
};

void TestPracticeAuth::initTestCase()
{
    m_server = std::make_unique<PracticeServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<PracticeTestClient>(*m_server);
}

void TestPracticeAuth::init()
{
    m_server->account().reseed(QDateTime::currentDateTimeUtc());
    m_server->clearFaults();
}

TestPracticeAuth::Raw TestPracticeAuth::get(const QString& path, const QString& key)
{
    QUrl url = m_server->baseUrl(PracticeRegion::Us);
    url.setPath(path);
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Basic " + QByteArray("api:" + key.toUtf8()).toBase64());
    std::unique_ptr<QNetworkReply> reply(m_manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    [&] {
        QVERIFY(finished.wait(10000));
    }();
    Raw raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.contentType = reply->rawHeader("Content-Type");
    raw.challenge = reply->rawHeader("WWW-Authenticate");
    raw.body = reply->readAll();
    return raw;
}

void TestPracticeAuth::everyUnauthenticatedRequestGetsTheSameRefusal_data()
{
    QTest::addColumn<QString>("label"); // a seeded key, or "" for the admin key behind an allowlist
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown key") << u"unknown"_s << u"/v4/domains"_s;
    QTest::newRow("no key") << u"none"_s << u"/v1/keys"_s;
    QTest::newRow("disabled key") << u"disabled"_s << u"/v4/domains"_s;
    QTest::newRow("expired key") << u"expired"_s << u"/v5/users"_s;
    QTest::newRow("deleted key") << u"deleted"_s << u"/v4/domains"_s;
    QTest::newRow("allowlist block") << u"allowlist"_s << u"/v4/domains"_s;
    QTest::newRow("allowlist block, domain path")
        << u"allowlist"_s << u"/v3/domains/mg.northwind-outfitters.com/credentials"_s;
}

void TestPracticeAuth::everyUnauthenticatedRequestGetsTheSameRefusal()
{
    QFETCH(QString, label);
    QFETCH(QString, path);
    QString key;
    if (label == u"unknown"_s) {
        key = u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s;
    } else if (label == u"deleted"_s) {
        key = secret("attacker");
        const QString id = PracticeAccount::keyIdFromSecret(key);
        QCOMPARE(
            m_client->send("DELETE", PracticeRegion::Us, u"/v1/keys/"_s + id, m_server->practiceKey()).status,
            200);
    } else if (label == u"allowlist"_s) {
        key = m_server->practiceKey();
        m_server->account().ipAllowlist().append({u"203.0.113.7"_s, u"Office"_s});
    } else if (label != u"none"_s) {
        key = secret(label.toLatin1().constData());
    }
    const Raw raw = get(path, key);
    QCOMPARE(raw.status, 401);
    QCOMPARE(raw.contentType, "text/plain; charset=utf-8");
    QCOMPARE(raw.challenge, "Basic realm=\"MG API\"");
    QCOMPARE(raw.body, "Forbidden");
}

void TestPracticeAuth::sendingKeyOnAccountEndpoints()
{
    for (const QString& path : {u"/v4/domains"_s, u"/v1/keys"_s, u"/v3/routes"_s, u"/v5/users"_s}) {
        const Raw raw = get(path, secret("sending"));
        QCOMPARE(raw.status, 401);
        QCOMPARE(raw.contentType, "application/json");
        QCOMPARE(raw.body, R"({"message":"Invalid private key"})");
    }
}

void TestPracticeAuth::sendingKeySendsForItsOwnDomainOnly()
{
    const auto own =
        m_client->sendMultipart("POST", PracticeRegion::Us, u"/v3/mg.northwind-outfitters.com/messages"_s,
                                secret("sending"), {{u"to"_s, u"a@example.com"_s}});
    QCOMPARE(own.status, 200);
    const auto other =
        m_client->sendMultipart("POST", PracticeRegion::Us, u"/v3/news.northwind-outfitters.com/messages"_s,
                                secret("sending"), {{u"to"_s, u"a@example.com"_s}});
    QCOMPARE(other.status, 401);
    QCOMPARE(other.body, "Forbidden");
}

// Web keys are exempt from the allowlist (OAS POST /v1/keys, `kind`): a working web key
// proves nothing about this computer's address.
void TestPracticeAuth::webKeyIsExemptFromTheAllowlist()
{
    m_server->account().ipAllowlist().append({u"203.0.113.7"_s, u"Office"_s});
    QCOMPARE(get(u"/v4/domains"_s, secret("web")).status, 200);
    QCOMPARE(get(u"/v4/domains"_s, m_server->practiceKey()).status, 401);
}

QTEST_GUILESS_MAIN(TestPracticeAuth)
#include "tst_practiceauth.moc"
