// The generic client against the practice server: authentication, error mapping, retries
// with backoff, no blind retry of a POST, timeouts, dropped connections, paging, the cap on
// requests in flight, and the rules on where credentials may go.
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Runs one request and waits for its answer.
ApiResponse sendAndWait(MailgunClient& client, const ApiRequest& request, int timeoutMs = 15000)
{
    ApiResponse result;
    bool done = false;
    client.send(request, &client, [&](const ApiResponse& response) {
        result = response;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
    }();
    return result;
}

PracticeFault fault(PracticeFault::Kind kind, const QByteArray& method, const QString& path, int times = 1)
{
    PracticeFault f;
    f.kind = kind;
    f.method = method;
    f.path = QRegularExpression(path);
    f.times = times;
    return f;
}

MailgunClient::Options fastOptions()
{
    MailgunClient::Options options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 200;
    options.timeoutMs = 2000;
    return options;
}

} // namespace

class TestMailgunClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendsBasicAuthAndReadsJson();
    void unknownKeyIsInvalidKey();
    void deletedKeyFailsAtOnce();
    void allowlistBlockIsExplained();
    void nonAdminKeyGetsForbidden();
    void disabledAccountIsRecognised();
    void retriesRateLimitHonouringRetryAfter();
    void rateLimitResetInMillisecondsIsHonoured();
    void givesUpWhenServerAsksForALongWait();
    void givesUpAtOnceOnANonsenseWait();
    void retriesServerErrorsForGet();
    void neverRetriesAPostOnServerError();
    void retriesAPostOnRateLimit();
    void timesOutAHangingRequest();
    void droppedGetIsRetried();
    void droppedPostIsNotRetried();
    void fetchesEveryPage();
    void capsRequestsInFlight();
    void refusesPlainHttpToANonLoopbackHost();
    void neverSendsCredentialsToAnotherHost();
    void encodesBodiesAsDeclared();
    void formEncodingKeepsPlusSigns();
    void queryEncodingKeepsPlusSigns();
    void cancelAllAnswersCancelled();
    void noCallbackAfterContextIsDestroyed();

private:
    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
};

void TestMailgunClient::init()
{
    m_server = new PracticeServer;
    QString error;
    QVERIFY2(m_server->start(0, 0, &error), qPrintable(error));
    m_client = new MailgunClient(apiEndpointsOf(*m_server));
    m_client->setOptions(fastOptions());
    m_client->setApiKey(Secret(m_server->practiceKey()));
}

void TestMailgunClient::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestMailgunClient::sendsBasicAuthAndReadsJson()
{
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QVERIFY2(response.ok(), qPrintable(response.error.userMessage()));
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(response.object().value(u"total_count"_s).toInt() > 0);
    QVERIFY(m_server->requests().last().hadAuthorization);
}

void TestMailgunClient::unknownKeyIsInvalidKey()
{
    m_client->setApiKey(Secret(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.httpStatus, 401);
    QCOMPARE(response.error.kind, ApiError::Kind::InvalidKey);
    QCOMPARE(response.attempts, 1); // a 401 is never retried
    QVERIFY(!response.error.userMessage().isEmpty());
}

void TestMailgunClient::deletedKeyFailsAtOnce()
{
    const QString developer = m_server->account().seededSecret(u"developer"_s);
    QVERIFY(!developer.isEmpty());
    const QString developerId = PracticeAccount::keyIdFromSecret(developer);
    const ApiResponse deleted =
        sendAndWait(*m_client, ApiRequest::del(Region::Us, u"/v1/keys/"_s + developerId));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.serverMessage));
    m_client->setApiKey(Secret(developer));
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Eu, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::InvalidKey);
}

void TestMailgunClient::allowlistBlockIsExplained()
{
    m_server->account().ipAllowlist().append({u"203.0.113.7"_s, u"Office"_s});
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.httpStatus, 401);
    QCOMPARE(response.error.kind, ApiError::Kind::IpNotAllowed);
    QVERIFY(response.error.userMessage().contains(u"allowlist"_s));
}

void TestMailgunClient::nonAdminKeyGetsForbidden()
{
    m_client->setApiKey(Secret(m_server->account().seededSecret(u"developer"_s)));
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v1/keys"_s));
    QCOMPARE(response.httpStatus, 403);
    QCOMPARE(response.error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(response.attempts, 1);
}

void TestMailgunClient::disabledAccountIsRecognised()
{
    m_server->account().setAccountDisabled(true);
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::AccountDisabled);
}

void TestMailgunClient::retriesRateLimitHonouringRetryAfter()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v4/domains$"_s, 2);
    limit.retryAfterSeconds = 1;
    m_server->addFault(limit);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QVERIFY2(response.ok(), qPrintable(response.error.userMessage()));
    QCOMPARE(response.attempts, 3);
    // Two waits of the one second the server asked for, not the 20 ms backoff.
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
}

void TestMailgunClient::rateLimitResetInMillisecondsIsHonoured()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v1/keys$"_s);
    limit.rateLimitResetEpochMs = QDateTime::currentMSecsSinceEpoch() + 700;
    m_server->addFault(limit);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v1/keys"_s));
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 2);
    QVERIFY2(timer.elapsed() >= 500, qPrintable(QString::number(timer.elapsed())));
}

void TestMailgunClient::givesUpWhenServerAsksForALongWait()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v4/domains$"_s);
    limit.retryAfterSeconds = 3600;
    m_server->addFault(limit);
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.error.retryAfterSeconds, 3600);
    QCOMPARE(response.attempts, 1);
    QVERIFY2(response.error.userMessage().contains(u"Wait 60 minute(s)"_s),
             qPrintable(response.error.userMessage()));
}

// A Retry-After nobody can mean ends the request at once, with a message that names no
// absurd number (a server once answered 1511828490).
void TestMailgunClient::givesUpAtOnceOnANonsenseWait()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v4/domains$"_s);
    limit.retryAfterSeconds = 1511828490;
    m_server->addFault(limit);
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.error.userMessage(), u"Mailgun is receiving too many requests from this account. "
                                           "Wait a minute, then try again."_s);
}

void TestMailgunClient::retriesServerErrorsForGet()
{
    m_server->addFault(fault(PracticeFault::Kind::ServerError, "GET", u"^/v5/users$"_s, 3));
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v5/users"_s));
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 4);

    m_server->addFault(fault(PracticeFault::Kind::ServerError, "GET", u"^/v5/users$"_s, 10));
    const ApiResponse failed = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v5/users"_s));
    QCOMPARE(failed.error.kind, ApiError::Kind::ServerError);
    QCOMPARE(failed.attempts, m_client->options().maxAttempts);
}

void TestMailgunClient::neverRetriesAPostOnServerError()
{
    m_server->addFault(fault(PracticeFault::Kind::ServerError, "POST", u"^/v1/keys$"_s));
    const ApiResponse response =
        sendAndWait(*m_client, ApiRequest::post(Region::Us, u"/v1/keys"_s, BodyEncoding::Multipart,
                                                {{u"role"_s, u"admin"_s}}));
    QCOMPARE(response.error.kind, ApiError::Kind::ServerError);
    QCOMPARE(response.attempts, 1);
}

void TestMailgunClient::retriesAPostOnRateLimit()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "POST", u"^/v1/keys$"_s);
    limit.retryAfterSeconds = 0;
    m_server->addFault(limit);
    const int keysBefore = static_cast<int>(m_server->account().keys().size());
    const ApiResponse response = sendAndWait(
        *m_client, ApiRequest::post(Region::Us, u"/v1/keys"_s, BodyEncoding::Multipart,
                                    {{u"role"_s, u"admin"_s}, {u"description"_s, u"retry test"_s}}));
    QVERIFY2(response.ok(), qPrintable(response.error.serverMessage));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(m_server->account().keys().size(), keysBefore + 1); // created once, not twice
}

void TestMailgunClient::timesOutAHangingRequest()
{
    MailgunClient::Options options = fastOptions();
    options.timeoutMs = 300;
    options.maxAttempts = 2;
    m_client->setOptions(options);
    m_server->addFault(fault(PracticeFault::Kind::Hang, "GET", u"^/v4/domains$"_s, 5));
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(response.attempts, 2);
}

void TestMailgunClient::droppedGetIsRetried()
{
    m_server->addFault(fault(PracticeFault::Kind::DropBeforeApply, "GET", u"^/v1/keys$"_s));
    m_server->clearRequests();
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v1/keys"_s));
    QVERIFY2(response.ok(), qPrintable(response.error.userMessage()));
    // Sent twice: once dropped, once answered (Qt itself may repeat an idempotent request).
    QCOMPARE(m_server->requests().size(), 2);
}

void TestMailgunClient::droppedPostIsNotRetried()
{
    m_server->addFault(fault(PracticeFault::Kind::DropAfterApply, "POST", u"^/v1/keys$"_s));
    const int keysBefore = static_cast<int>(m_server->account().keys().size());
    const ApiResponse response =
        sendAndWait(*m_client, ApiRequest::post(Region::Us, u"/v1/keys"_s, BodyEncoding::Multipart,
                                                {{u"role"_s, u"admin"_s}, {u"description"_s, u"dropped"_s}}));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(m_server->requests().last().method, "POST");
    QCOMPARE(m_server->requests().last().status, 0); // the only POST is the dropped one
    // The server applied it once; the caller must reconcile, the client must not repeat it.
    QCOMPARE(m_server->account().keys().size(), keysBefore + 1);
}

void TestMailgunClient::fetchesEveryPage()
{
    m_server->account().addDomains(PracticeRegion::Eu, 23, 1);
    const ApiResponse first = sendAndWait(*m_client, ApiRequest::get(Region::Eu, u"/v4/domains"_s));
    const int total = first.object().value(u"total_count"_s).toInt();
    QVERIFY(total >= 23);

    QList<QJsonObject> items;
    ApiError error;
    bool done = false;
    m_client->fetchAllPages(Region::Eu, u"/v4/domains"_s, {}, u"items"_s, u"total_count"_s, 5, this,
                            [&](const QList<QJsonObject>& all, const ApiError& e) {
                                items = all;
                                error = e;
                                done = true;
                            });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    QCOMPARE(items.size(), total);
    QSet<QString> names;
    for (const QJsonObject& item : items)
        names.insert(item.value(u"name"_s).toString());
    QCOMPARE(names.size(), total); // no page read twice, none skipped
}

void TestMailgunClient::capsRequestsInFlight()
{
    MailgunClient::Options options = fastOptions();
    options.maxInFlightPerRegion = 3;
    m_client->setOptions(options);
    PracticeFault slow = fault(PracticeFault::Kind::Delay, "GET", u"^/v4/domains$"_s, 12);
    slow.delayMs = 100;
    m_server->addFault(slow);
    int answered = 0;
    int highest = 0;
    // After each answer the client starts the next queued request from the event loop; a
    // look queued from the answer runs right after that, when the most are in flight.
    int highestAfterAnswers = 0;
    int looks = 0;
    for (int i = 0; i < 12; ++i) {
        m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), this, [&](const ApiResponse& response) {
            QVERIFY(response.ok());
            ++answered;
            QTimer::singleShot(0, this, [&] {
                highestAfterAnswers = std::max(highestAfterAnswers, m_client->inFlight(Region::Us));
                ++looks;
            });
        });
        highest = std::max(highest, m_client->inFlight(Region::Us));
    }
    QCOMPARE(highest, 3);
    QCOMPARE(m_client->queued(Region::Us), 9);
    QTRY_COMPARE_WITH_TIMEOUT(looks, 12, 20000);
    QCOMPARE(answered, 12);
    QCOMPARE(highestAfterAnswers, 3); // refilled to the cap, never above it
    QCOMPARE(m_client->inFlight(Region::Us), 0);
}

void TestMailgunClient::refusesPlainHttpToANonLoopbackHost()
{
    MailgunClient client(ApiEndpoints::both(QUrl(u"http://api.example.com"_s)));
    client.setApiKey(Secret(m_server->practiceKey()));
    const ApiResponse response = sendAndWait(client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(response.attempts, 0); // nothing was sent
    QVERIFY(!ApiEndpoints::problemWithBase(QUrl(u"http://api.example.com"_s)).isEmpty());
    QVERIFY(ApiEndpoints::problemWithBase(QUrl(u"http://127.0.0.1:8080"_s)).isEmpty());
    QVERIFY(ApiEndpoints::problemWithBase(QUrl(u"http://[::1]:8080"_s)).isEmpty());
    QVERIFY(ApiEndpoints::problemWithBase(QUrl(u"https://api.mailgun.net"_s)).isEmpty());
    QVERIFY(!ApiEndpoints::problemWithBase(QUrl(u"ftp://api.mailgun.net"_s)).isEmpty());
}

void TestMailgunClient::neverSendsCredentialsToAnotherHost()
{
    PracticeServer other;
    QVERIFY(other.start());
    ApiRequest request = ApiRequest::get(Region::Us, {});
    request.absoluteUrl = other.baseUrl(PracticeRegion::Us).resolved(QUrl(u"/v4/domains"_s));
    const ApiResponse response = sendAndWait(*m_client, request);
    QCOMPARE(response.error.kind, ApiError::Kind::InsecureUrl);
    QVERIFY(other.requests().isEmpty());

    // A URL on the configured server itself is followed, with credentials.
    request.absoluteUrl = m_server->baseUrl(PracticeRegion::Us).resolved(QUrl(u"/v4/domains"_s));
    const ApiResponse own = sendAndWait(*m_client, request);
    QVERIFY(own.ok());
    QVERIFY(m_server->requests().last().hadAuthorization);
}

void TestMailgunClient::encodesBodiesAsDeclared()
{
    sendAndWait(*m_client, ApiRequest::post(Region::Us, u"/v1/keys"_s, BodyEncoding::Multipart,
                                            {{u"role"_s, u"admin"_s}, {u"description"_s, u"encoding"_s}}));
    QVERIFY(m_server->requests().last().contentType.startsWith("multipart/form-data; boundary="));
    const QString routeId = m_server->account().region(PracticeRegion::Us).routes.first().id;
    sendAndWait(*m_client, ApiRequest::put(Region::Us, u"/v3/routes/"_s + routeId, BodyEncoding::UrlEncoded,
                                           {{u"description"_s, u"checked"_s}}));
    QCOMPARE(m_server->requests().last().contentType, "application/x-www-form-urlencoded");
    sendAndWait(*m_client, ApiRequest::postJson(Region::Us, u"/v1/analytics/metrics"_s,
                                                {{u"duration"_s, u"2d"_s}, {u"resolution"_s, u"hour"_s}}));
    QCOMPARE(m_server->requests().last().contentType, "application/json");
}

void TestMailgunClient::formEncodingKeepsPlusSigns()
{
    const QString routeId = m_server->account().region(PracticeRegion::Us).routes.first().id;
    const ApiResponse response = sendAndWait(
        *m_client, ApiRequest::put(Region::Us, u"/v3/routes/"_s + routeId, BodyEncoding::UrlEncoded,
                                   {{u"description"_s, u"a+b & c=d"_s}}));
    QVERIFY2(response.ok(), qPrintable(response.error.serverMessage));
    QCOMPARE(m_server->account().region(PracticeRegion::Us).routes.first().description, u"a+b & c=d"_s);
}

void TestMailgunClient::queryEncodingKeepsPlusSigns()
{
    // An RFC 2822 date carries "+0000": sent as "+", Mailgun would read a space.
    QUrlQuery query;
    query.addQueryItem(u"event"_s, u"accepted"_s);
    query.addQueryItem(u"start"_s, u"Tue, 03 Mar 2026 12:00:00 +0000"_s);
    query.addQueryItem(u"end"_s, u"Tue, 10 Mar 2026 12:00:00 +0000"_s);
    const ApiResponse response =
        sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v3/stats/total"_s, query));
    QVERIFY2(response.ok(), qPrintable(response.error.serverMessage));
    QVERIFY(m_server->requests().last().query.contains(u"+0000"_s));
}

void TestMailgunClient::cancelAllAnswersCancelled()
{
    PracticeFault slow = fault(PracticeFault::Kind::Delay, "GET", u"^/v4/domains$"_s, 20);
    slow.delayMs = 500;
    m_server->addFault(slow);
    int cancelled = 0;
    for (int i = 0; i < 12; ++i)
        m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), this, [&](const ApiResponse& response) {
            if (response.error.kind == ApiError::Kind::Cancelled)
                ++cancelled;
        });
    m_client->cancelAll();
    QTRY_COMPARE(cancelled, 12);
    QCOMPARE(m_client->inFlight(Region::Us), 0);
}

void TestMailgunClient::noCallbackAfterContextIsDestroyed()
{
    auto* context = new QObject;
    bool called = false;
    m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), context,
                   [&](const ApiResponse&) { called = true; });
    delete context;
    // A request sent after it, with a live context: once that one is answered, the first
    // one's answer has come and gone too.
    bool markerAnswered = false;
    m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), this,
                   [&](const ApiResponse&) { markerAnswered = true; });
    QTRY_VERIFY(markerAnswered);
    QTRY_COMPARE(m_client->inFlight(Region::Us), 0);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestMailgunClient)
#include "tst_mailgunclient.moc"
