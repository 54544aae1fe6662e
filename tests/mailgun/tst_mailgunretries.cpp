// The client's retries: rate limits with their waits, server errors, no blind retry of a
// POST, timeouts and dropped connections.
#include "MailgunClientFixture.h"

class TestMailgunRetries : public MailgunClientFixture
{
    Q_OBJECT

private Q_SLOTS:
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
};

void TestMailgunRetries::retriesRateLimitHonouringRetryAfter()
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

void TestMailgunRetries::rateLimitResetInMillisecondsIsHonoured()
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

void TestMailgunRetries::givesUpWhenServerAsksForALongWait()
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
void TestMailgunRetries::givesUpAtOnceOnANonsenseWait()
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

void TestMailgunRetries::retriesServerErrorsForGet()
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

void TestMailgunRetries::neverRetriesAPostOnServerError()
{
    m_server->addFault(fault(PracticeFault::Kind::ServerError, "POST", u"^/v1/keys$"_s));
    const ApiResponse response =
        sendAndWait(*m_client, ApiRequest::post(Region::Us, u"/v1/keys"_s, BodyEncoding::Multipart,
                                                {{u"role"_s, u"admin"_s}}));
    QCOMPARE(response.error.kind, ApiError::Kind::ServerError);
    QCOMPARE(response.attempts, 1);
}

void TestMailgunRetries::retriesAPostOnRateLimit()
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

void TestMailgunRetries::timesOutAHangingRequest()
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

void TestMailgunRetries::droppedGetIsRetried()
{
    m_server->addFault(fault(PracticeFault::Kind::DropBeforeApply, "GET", u"^/v1/keys$"_s));
    m_server->clearRequests();
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v1/keys"_s));
    QVERIFY2(response.ok(), qPrintable(response.error.userMessage()));
    // Sent twice: once dropped, once answered (Qt itself may repeat an idempotent request).
    QCOMPARE(m_server->requests().size(), 2);
}

void TestMailgunRetries::droppedPostIsNotRetried()
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

QTEST_GUILESS_MAIN(TestMailgunRetries)
#include "tst_mailgunretries.moc"
