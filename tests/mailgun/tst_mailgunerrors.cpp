// How Mailgun's error answers become ApiError, and how long the client waits before a retry.
#include "mailgun/ApiError.h"
#include "mailgun/RetryDelay.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestMailgunErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverMessageOrder_data();
    void serverMessageOrder();
    void statusToKind_data();
    void statusToKind();
    void everyErrorHasAPlainSentence();
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void nonsenseRetryAfterIsNotWaitedOut();
    void rateLimitResetSecondsAndMilliseconds();
    void pastResetFallsBackToBackoff();
    void backoffGrowsAndIsCapped();
};

void TestMailgunErrors::serverMessageOrder_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("message") << R"({"message":"Invalid private key","error":"x"})"_ba
                             << u"Invalid private key"_s;
    QTest::newRow("Reason") << R"({"Reason":"not a valid url","Description":"d"})"_ba << u"not a valid url"_s;
    QTest::newRow("Description") << R"({"Description":"Webhook not found"})"_ba << u"Webhook not found"_s;
    QTest::newRow("error") << R"({"error":"bad","Error":"worse"})"_ba << u"bad"_s;
    QTest::newRow("Error") << R"({"Error":"worse"})"_ba << u"worse"_s;
    QTest::newRow("empty message falls through") << R"({"message":"","error":"e"})"_ba << u"e"_s;
    QTest::newRow("raw text") << "Forbidden"_ba << u"Forbidden"_s;
    QTest::newRow("Field") << R"({"Field":"url"})"_ba << uR"(Mailgun rejected the field "url".)"_s;
    QTest::newRow("other json is never shown") << R"({"code":7,"detail":"x"})"_ba << QString();
}

void TestMailgunErrors::serverMessageOrder()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::extractServerMessage(body), expected);
}

void TestMailgunErrors::statusToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    using K = ApiError::Kind;
    QTest::newRow("200") << 200 << "{}"_ba << int(K::None);
    QTest::newRow("401 invalid") << 401 << R"({"message":"Invalid private key"})"_ba << int(K::KeyRefused);
    QTest::newRow("401 forbidden") << 401 << "Forbidden"_ba << int(K::KeyRefused);
    QTest::newRow("401 json forbidden") << 401 << R"({"message":"Forbidden"})"_ba << int(K::KeyRefused);
    QTest::newRow("401 html") << 401 << "<html><body>Forbidden</body></html>"_ba << int(K::KeyRefused);
    QTest::newRow("403") << 403 << R"({"message":"Forbidden"})"_ba << int(K::Forbidden);
    QTest::newRow("403 disabled account")
        << 403 << R"({"message":"Your account is disabled. Contact Mailgun support."})"_ba
        << int(K::AccountDisabled);
    QTest::newRow("404") << 404 << R"({"message":"Domain not found"})"_ba << int(K::NotFound);
    QTest::newRow("400") << 400 << R"({"message":"Parameter 'login' is missing"})"_ba << int(K::BadRequest);
    QTest::newRow("429") << 429 << R"({"message":"slow down"})"_ba << int(K::RateLimited);
    QTest::newRow("420") << 420 << R"({"message":"recipient limit exceeded"})"_ba << int(K::RateLimited);
    QTest::newRow("503") << 503 << "Service Unavailable"_ba << int(K::ServerError);
    QTest::newRow("302") << 302 << ""_ba << int(K::BadResponse);
}

void TestMailgunErrors::statusToKind()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
}

void TestMailgunErrors::everyErrorHasAPlainSentence()
{
    for (int k = int(ApiError::Kind::KeyRefused); k <= int(ApiError::Kind::BadResponse); ++k) {
        ApiError error;
        error.kind = ApiError::Kind(k);
        const QString message = error.userMessage();
        QVERIFY2(message.size() > 20, qPrintable(error.code()));
        QVERIFY2(message.endsWith(u'.') || message.endsWith(u'"'), qPrintable(message));
        QVERIFY(error.code() != u"unknown"_s);
    }
}

void TestMailgunErrors::retryAfterSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RetryDelay delay = RetryDelay::compute("3", {}, {}, 1, 500, 20000, now);
    QVERIFY(delay.fromServer);
    QCOMPARE(delay.ms, 3000);
    QCOMPARE(RetryDelay::compute("0", {}, {}, 1, 500, 20000, now).ms, 0);
}

// A Retry-After that cannot be meant is never waited out (and never cast to an integer):
// the run stops at once. Sources of such values: a broken proxy, a hostile server.
void TestMailgunErrors::nonsenseRetryAfterIsNotWaitedOut()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0), QTimeZone::utc());
    for (const QByteArray& value :
         {QByteArray("-5"), QByteArray("inf"), QByteArray("nan"), QByteArray("1e300"),
          QByteArray("1511828490"), QByteArray("soon"), QByteArray("Sat, 28 Nov 2099 10:00:42 GMT")}) {
        const RetryDelay delay = RetryDelay::compute(value, {}, {}, 1, 500, 20000, now);
        QVERIFY2(delay.unusable, value.constData());
        QCOMPARE(delay.ms, 0);
    }
    // A long but real wait is reported in words a person can act on.
    ApiError error;
    error.kind = ApiError::Kind::RateLimited;
    error.retryAfterSeconds = 6 * 24 * 3600;
    QCOMPARE(error.userMessage(), u"Mailgun is receiving too many requests from this account and asks you to "
                                  "wait more than two hours. Try again later today."_s);
    error.retryAfterSeconds = 600;
    QCOMPARE(
        error.userMessage(),
        u"Mailgun is receiving too many requests from this account. Wait 10 minute(s), then try again."_s);
}

void TestMailgunErrors::retryAfterHttpDate()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0), QTimeZone::utc());
    const RetryDelay delay = RetryDelay::compute("Sat, 28 Nov 2026 10:00:42 GMT", {}, {}, 1, 500, 20000, now);
    QVERIFY(delay.fromServer);
    QCOMPARE(delay.ms, 42000);
}

void TestMailgunErrors::rateLimitResetSecondsAndMilliseconds()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0), QTimeZone::utc());
    // 2026-11-28 10:00:05 UTC, five seconds after now, in milliseconds and in seconds (date -u +%s).
    const QByteArray inFiveSecondsMs = "1795860005000";
    const QByteArray inFiveSecondsS = "1795860005";
    const RetryDelay ms = RetryDelay::compute({}, inFiveSecondsMs, {}, 1, 500, 20000, now);
    QVERIFY(ms.fromServer);
    QCOMPARE(ms.ms, 5000);
    const RetryDelay seconds = RetryDelay::compute({}, inFiveSecondsS, {}, 1, 500, 20000, now);
    QVERIFY(seconds.fromServer);
    QCOMPARE(seconds.ms, 5000);
    // Retry-After wins over X-RateLimit-Reset.
    QCOMPARE(RetryDelay::compute("1", inFiveSecondsMs, {}, 1, 500, 20000, now).ms, 1000);
}

void TestMailgunErrors::pastResetFallsBackToBackoff()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0), QTimeZone::utc());
    // 2026-11-28 09:59:59 UTC, a second before now.
    const RetryDelay delay = RetryDelay::compute({}, "1795859999000", {}, 1, 400, 20000, now);
    QVERIFY(!delay.fromServer);
    QVERIFY(delay.ms >= 300 && delay.ms <= 400);
}

void TestMailgunErrors::backoffGrowsAndIsCapped()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 previousMax = 0;
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const RetryDelay delay = RetryDelay::compute({}, {}, {}, attempt, 100, 100000, now);
        const qint64 full = 100LL << (attempt - 1);
        QVERIFY2(delay.ms >= full * 3 / 4 && delay.ms <= full, qPrintable(QString::number(delay.ms)));
        QVERIFY(full > previousMax);
        previousMax = full;
    }
    QVERIFY(RetryDelay::compute({}, {}, {}, 30, 100, 2000, now).ms <= 2000);
    // Text that is neither seconds nor an HTTP date is not guessed at: the run stops
    // (nonsenseRetryAfterIsNotWaitedOut), it is not retried on a made-up schedule.
    QVERIFY(RetryDelay::compute("soon", {}, {}, 1, 100, 2000, now).unusable);
}

QTEST_GUILESS_MAIN(TestMailgunErrors)
#include "tst_mailgunerrors.moc"
