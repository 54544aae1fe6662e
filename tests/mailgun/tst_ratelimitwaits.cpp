// How long the client waits after a 429 or 420 (docs/mailgun-behaviour.md, "rate limits"):
// Retry-After, else the wait Mailgun names in the body, else X-RateLimit-Reset, else capped
// backoff; and a wait longer than the program accepts ends the run with the time in words.
#include "MailgunClientFixture.h"
#include "mailgun/RetryDelay.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace {

// The OAS example of a 429 on messages.
const QByteArray oasBody =
    R"({"message":"Domain example.com is not allowed to send: account-requests-per-sec limit exceeded, try again after 120 seconds"})"_ba;
// mailgun-java #50: a 420 with the time as a date.
const QByteArray javaBody =
    R"({"message":"Domain mail.example.io is not allowed to send: recipient limit exceeded, try again after Mon, 25 Aug 2025 07:00:31 UTC"})"_ba;

const QDateTime javaNow(QDate(2025, 8, 25), QTime(7, 0, 0), QTimeZone::utc());

} // namespace

class TestRateLimitWaits : public MailgunClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void bodyHintInSeconds();
    void bodyHintAsADate();
    void bodyHintInPlainText();
    void retryAfterComesBeforeTheBody();
    void bodyComesBeforeRateLimitReset();
    void pastDateInTheBodyFallsThrough();
    void absurdBodyHintIsNotWaitedOut();
    void smallRateLimitResetIsSecondsFromNow();
    void bodyWithoutATimeBacksOff();

    void status420IsRetriedLike429();
    void postIsRetriedAfter420();
    void bodyHintIsWaitedOut();
    void longBodyHintEndsTheRunWithTheTime();
    void dateHintHoursAwayEndsTheRun();
};

void TestRateLimitWaits::bodyHintInSeconds()
{
    const RetryDelay delay = RetryDelay::compute({}, {}, oasBody, 1, 500, 20000, javaNow);
    QVERIFY(delay.fromServer);
    QVERIFY(!delay.unusable);
    QCOMPARE(delay.source, RetryDelay::Source::BodyHint);
    QCOMPARE(delay.ms, 120000);
}

void TestRateLimitWaits::bodyHintAsADate()
{
    const RetryDelay delay = RetryDelay::compute({}, {}, javaBody, 1, 500, 20000, javaNow);
    QCOMPARE(delay.source, RetryDelay::Source::BodyHint);
    QCOMPARE(delay.ms, 31000);
}

void TestRateLimitWaits::bodyHintInPlainText()
{
    QCOMPARE(
        RetryDelay::compute({}, {}, "Too many requests, try again after 5 seconds"_ba, 1, 500, 20000, javaNow)
            .ms,
        5000);
    QCOMPARE(RetryDelay::compute({}, {}, "<p>Try again after 2 minutes.</p>"_ba, 1, 500, 20000, javaNow).ms,
             120000);
}

void TestRateLimitWaits::retryAfterComesBeforeTheBody()
{
    const RetryDelay delay = RetryDelay::compute("2", {}, oasBody, 1, 500, 20000, javaNow);
    QCOMPARE(delay.source, RetryDelay::Source::RetryAfter);
    QCOMPARE(delay.ms, 2000);
}

void TestRateLimitWaits::bodyComesBeforeRateLimitReset()
{
    const QByteArray inFiveSeconds = QByteArray::number(javaNow.toMSecsSinceEpoch() + 5000);
    const RetryDelay delay =
        RetryDelay::compute({}, inFiveSeconds, "try again after 3 seconds"_ba, 1, 500, 20000, javaNow);
    QCOMPARE(delay.source, RetryDelay::Source::BodyHint);
    QCOMPARE(delay.ms, 3000);
}

void TestRateLimitWaits::pastDateInTheBodyFallsThrough()
{
    const QDateTime later = javaNow.addSecs(60); // the body's date is 29 s in the past
    const QByteArray inFiveSeconds = QByteArray::number(later.toMSecsSinceEpoch() + 5000);
    const RetryDelay delay = RetryDelay::compute({}, inFiveSeconds, javaBody, 1, 500, 20000, later);
    QCOMPARE(delay.source, RetryDelay::Source::RateLimitReset);
    QCOMPARE(delay.ms, 5000);
}

void TestRateLimitWaits::absurdBodyHintIsNotWaitedOut()
{
    QVERIFY(
        RetryDelay::compute({}, {}, "try again after 99999999 seconds"_ba, 1, 500, 20000, javaNow).unusable);
    QVERIFY(RetryDelay::compute({}, {}, "try again after Mon, 25 Aug 2099 07:00:31 UTC"_ba, 1, 500, 20000,
                                javaNow)
                .unusable);
}

void TestRateLimitWaits::smallRateLimitResetIsSecondsFromNow()
{
    const RetryDelay delay = RetryDelay::compute({}, "30"_ba, {}, 1, 500, 20000, javaNow);
    QCOMPARE(delay.source, RetryDelay::Source::RateLimitReset);
    QCOMPARE(delay.ms, 30000);
}

void TestRateLimitWaits::bodyWithoutATimeBacksOff()
{
    const RetryDelay delay = RetryDelay::compute(
        {}, {}, R"({"message":"Too many requests, try again later"})"_ba, 1, 400, 20000, javaNow);
    QVERIFY(!delay.fromServer);
    QCOMPARE(delay.source, RetryDelay::Source::Backoff);
    QVERIFY(delay.ms >= 300 && delay.ms <= 400);
}

void TestRateLimitWaits::status420IsRetriedLike429()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v4/domains$"_s);
    limit.rateLimitStatus = 420;
    limit.bodyRetrySeconds = 0;
    m_server->addFault(limit);
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QVERIFY2(response.ok(), qPrintable(response.error.userMessage()));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(m_server->requests().constFirst().status, 420);
}

// A 420, like a 429, means nothing was done: even a request that creates something is sent again.
void TestRateLimitWaits::postIsRetriedAfter420()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "POST", u"^/v1/keys$"_s);
    limit.rateLimitStatus = 420;
    limit.bodyRetrySeconds = 0;
    m_server->addFault(limit);
    const int before = int(m_server->account().keys().size());
    const ApiResponse response =
        sendAndWait(*m_client, ApiRequest::post(Region::Us, u"/v1/keys"_s, BodyEncoding::Multipart,
                                                {{u"role"_s, u"admin"_s}}));
    QVERIFY2(response.ok(), qPrintable(response.error.userMessage()));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(int(m_server->account().keys().size()), before + 1);
}

void TestRateLimitWaits::bodyHintIsWaitedOut()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v1/keys$"_s);
    limit.bodyRetrySeconds = 1; // no Retry-After, no X-RateLimit-Reset
    m_server->addFault(limit);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v1/keys"_s));
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 2);
    // The second the body named, not the 20 ms backoff.
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestRateLimitWaits::longBodyHintEndsTheRunWithTheTime()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v4/domains$"_s);
    limit.bodyRetrySeconds = 120;
    m_server->addFault(limit);
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.error.retryAfterSeconds, 120);
    QCOMPARE(
        response.error.userMessage(),
        u"Mailgun is receiving too many requests from this account. Wait 120 second(s), then try again."_s);
}

void TestRateLimitWaits::dateHintHoursAwayEndsTheRun()
{
    PracticeFault limit = fault(PracticeFault::Kind::RateLimit, "GET", u"^/v4/domains$"_s);
    limit.rateLimitStatus = 420;
    limit.bodyRetryAt = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    m_server->addFault(limit);
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.httpStatus, 420);
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.attempts, 1);
    QVERIFY2(response.error.retryAfterSeconds > 3 * 3600 - 60 && response.error.retryAfterSeconds <= 3 * 3600,
             qPrintable(QString::number(response.error.retryAfterSeconds)));
    QCOMPARE(response.error.userMessage(),
             u"Mailgun is receiving too many requests from this account and asks "
             u"you to wait more than two hours. Try again later today."_s);
}

QTEST_GUILESS_MAIN(TestRateLimitWaits)
#include "tst_ratelimitwaits.moc"
