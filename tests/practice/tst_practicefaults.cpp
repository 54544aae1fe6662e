#include "PracticeTestClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Injected faults: what the client's retry and reconciliation logic is tested against.
class TestPracticeFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void rateLimitSendsHeadersAndAppliesNothing();
    void rateLimitCanNameTheWaitInTheBodyOnly();
    void recipientLimitAnswers420WithADate();
    void serverErrorAppliesNothing();
    void faultsMatchMethodAndPathAndRunOut();
    void dropBeforeApplyLeavesStateUnchanged();
    void dropAfterApplyChangesState();
    void hangNeverAnswers();
    void delayAnswersLate();

private:
    int keyCount() const { return int(m_server->account().keys().size()); }
    PracticeTestClient::Reply createKey(int transferTimeoutMs = 10000)
    {
        return m_client->sendMultipart("POST", PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey(),
                                       {{u"role"_s, u"admin"_s}}, transferTimeoutMs);
    }

    std::unique_ptr<PracticeServer> m_server;
    std::unique_ptr<PracticeTestClient> m_client;
};

void TestPracticeFaults::initTestCase()
{
    m_server = std::make_unique<PracticeServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<PracticeTestClient>(*m_server);
}

void TestPracticeFaults::init()
{
    m_server->account().reseed(QDateTime::currentDateTimeUtc());
    m_server->clearFaults();
    m_server->clearRequests();
}

void TestPracticeFaults::rateLimitSendsHeadersAndAppliesNothing()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::RateLimit;
    fault.path = QRegularExpression(u"^/v1/keys$"_s);
    fault.retryAfterSeconds = 2;
    fault.rateLimitResetEpochMs = 1893456000000;
    m_server->addFault(fault);
    const int before = keyCount();
    const auto reply = createKey();
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.retryAfter, "2");
    QCOMPARE(reply.rateLimitReset, "1893456000000");
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(keyCount(), before);
    QCOMPARE(m_server->requests().constLast().status, 429);
    // The fault fired once; the next request goes through.
    QCOMPARE(createKey().status, 200);
    QCOMPARE(keyCount(), before + 1);
}

// Nothing public shows headers on a Mailgun 429; the OAS example names the wait in the message.
void TestPracticeFaults::rateLimitCanNameTheWaitInTheBodyOnly()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::RateLimit;
    fault.path = QRegularExpression(u"^/v1/keys$"_s);
    fault.bodyRetrySeconds = 120;
    m_server->addFault(fault);
    const int before = keyCount();
    const auto reply = createKey();
    QCOMPARE(reply.status, 429);
    QVERIFY(reply.retryAfter.isEmpty());
    QVERIFY(reply.rateLimitReset.isEmpty());
    QCOMPARE(reply.message(), u"account-requests-per-sec limit exceeded, try again after 120 seconds"_s);
    QCOMPARE(keyCount(), before);
}

// mailgun-java #50: the recipient limit answers 420 with the time as a date.
void TestPracticeFaults::recipientLimitAnswers420WithADate()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::RateLimit;
    fault.path = QRegularExpression(u"^/v1/keys$"_s);
    fault.rateLimitStatus = 420;
    fault.bodyRetryAt = QDateTime(QDate(2025, 8, 25), QTime(7, 0, 31), QTimeZone::utc());
    m_server->addFault(fault);
    const int before = keyCount();
    const auto reply = createKey();
    QCOMPARE(reply.status, 420);
    QVERIFY(reply.retryAfter.isEmpty());
    QCOMPARE(reply.message(), u"recipient limit exceeded, try again after Mon, 25 Aug 2025 07:00:31 UTC"_s);
    QCOMPARE(keyCount(), before);
    QCOMPARE(m_server->requests().constLast().status, 420);
}

void TestPracticeFaults::serverErrorAppliesNothing()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::ServerError;
    fault.status = 502;
    fault.path = QRegularExpression(u"^/v1/keys$"_s);
    m_server->addFault(fault);
    const int before = keyCount();
    const auto reply = createKey();
    QCOMPARE(reply.status, 502);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(keyCount(), before);
}

void TestPracticeFaults::faultsMatchMethodAndPathAndRunOut()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::ServerError;
    fault.method = "GET";
    fault.path = QRegularExpression(u"^/v4/domains"_s);
    fault.times = 2;
    m_server->addFault(fault);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey()).status,
             200); // other path
    QCOMPARE(m_client
                 ->send("PUT", PracticeRegion::Us, u"/v4/domains/mg.northwind-outfitters.com"_s,
                        m_server->practiceKey(), {}, "wildcard=false", "application/x-www-form-urlencoded")
                 .status,
             200); // other method
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey()).status, 503);
    QCOMPARE(m_client->get(PracticeRegion::Eu, u"/v4/domains"_s, m_server->practiceKey()).status, 503);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey()).status, 200);
    m_server->addFault(fault);
    m_server->clearFaults();
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey()).status, 200);
}

void TestPracticeFaults::dropBeforeApplyLeavesStateUnchanged()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::DropBeforeApply;
    fault.method = "POST";
    fault.path = QRegularExpression(u"^/v1/keys$"_s);
    fault.times = 10; // QNetworkAccessManager re-sends on a dropped connection; drop those too
    m_server->addFault(fault);
    const int before = keyCount();
    const auto reply = createKey();
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(keyCount(), before);
    QVERIFY(!m_server->requests().isEmpty());
    QCOMPARE(m_server->requests().constFirst().status, 0);
}

void TestPracticeFaults::dropAfterApplyChangesState()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::DropAfterApply;
    fault.method = "DELETE";
    fault.path = QRegularExpression(u"^/v1/keys/"_s);
    fault.times = 10;
    m_server->addFault(fault);
    const QString attackerId = m_server->account().seededSecret(u"attacker"_s).right(17);
    const auto reply =
        m_client->send("DELETE", PracticeRegion::Us, u"/v1/keys/"_s + attackerId, m_server->practiceKey());
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QVERIFY(!m_server->account().findKeyById(attackerId));
    QCOMPARE(
        m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->account().seededSecret(u"attacker"_s))
            .status,
        401);
}

void TestPracticeFaults::hangNeverAnswers()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::Hang;
    fault.path = QRegularExpression(u"^/v1/keys$"_s);
    m_server->addFault(fault);
    const int before = keyCount();
    QElapsedTimer timer;
    timer.start();
    const auto reply = createKey(400);
    QVERIFY(timer.elapsed() >= 350);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(keyCount(), before);
    QCOMPARE(m_server->requests().constFirst().status, 0);
    // The server is still healthy for the next request.
    QCOMPARE(createKey().status, 200);
}

void TestPracticeFaults::delayAnswersLate()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::Delay;
    fault.path = QRegularExpression(u"^/v4/domains$"_s);
    fault.delayMs = 300;
    m_server->addFault(fault);
    QElapsedTimer timer;
    timer.start();
    const auto reply = m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey());
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"total_count"_s).toInt(), 3);
    QCOMPARE(m_server->requests().constFirst().status, 200);

    // A delayed request whose client gives up first must not crash the server. The next
    // request is delayed as long and sent later, so its answer comes only after the server
    // has answered the abandoned one into a closed connection.
    fault.delayMs = 500;
    fault.times = 2;
    m_server->addFault(fault);
    const auto abandoned =
        m_client->send("GET", PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey(), {}, {}, {}, 100);
    QVERIFY(abandoned.error != QNetworkReply::NoError);
    QCOMPARE(m_client->get(PracticeRegion::Us, u"/v4/domains"_s, m_server->practiceKey()).status, 200);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(1).status, 0); // the abandoned one: nobody got its answer
}

QTEST_GUILESS_MAIN(TestPracticeFaults)
#include "tst_practicefaults.moc"
