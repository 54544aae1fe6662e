// What the user reads of Mailgun's error answers: the body read as JSON whatever its
// Content-Type, then as text; markup stripped; never raw JSON (docs/mailgun-behaviour.md,
// point 9). And what a 401 says: a refusal with its likely causes, never a diagnosis
// the answer cannot support (points 1 and 2).
#include "mailgun/ApiError.h"
#include "mailgun/ErrorBody.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestErrorBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownText_data();
    void shownText();
    void rejectedFieldIsNamed();
    void badRequestWithoutUsableTextNamesTheStatus();
    void refusalListsTheCausesMostLikelyFirst();
    void refusalOnADomainPathAddsTheDomainCause();
    void invalidPrivateKeyIsNoProofOfASendingKey();
    void refusalOfAKeyThatWorkedEarlier();
    void forbiddenStaysApartFromRefused();
    void domainPaths_data();
    void domainPaths();
};

void TestErrorBodies::shownText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text") << "Forbidden"_ba << u"Forbidden"_s;
    QTest::newRow("plain text with spaces") << "  Service   Unavailable \n"_ba << u"Service Unavailable"_s;
    QTest::newRow("json message") << R"({"message":"Invalid private key"})"_ba << u"Invalid private key"_s;
    QTest::newRow("json Reason") << R"({"Reason":"not a valid url"})"_ba << u"not a valid url"_s;
    QTest::newRow("problem document (gateway)")
        << R"({"type":"about:blank","title":"Route not resolved","status":404})"_ba
        << u"Route not resolved"_s;
    QTest::newRow("json nested error") << R"({"error":{"message":"slow down"}})"_ba << u"slow down"_s;
    QTest::newRow("html page (PHP SDK test)") << "<html><body>Forbidden</body></html>"_ba << u"Forbidden"_s;
    QTest::newRow("proxy error page")
        << "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
           "</center><hr><center>nginx</center></body></html>"_ba
        << u"502 Bad Gateway nginx"_s;
    QTest::newRow("html entities") << "<p>Don&#39;t &amp; won&apos;t</p>"_ba << u"Don't & won't"_s;
    QTest::newRow("script is dropped") << "<html><script>alert(1)</script><p>Nope</p></html>"_ba << u"Nope"_s;
    QTest::newRow("long page is not shown")
        << QByteArray("<html><body><p>" + QByteArray(300, 'a') + "</p>") << QString();
    QTest::newRow("long text is not shown") << QByteArray(201, 'b') << QString();
    QTest::newRow("escaped markup is not shown") << "<p>&lt;b&gt;bold&lt;/b&gt;</p>"_ba << QString();
    QTest::newRow("broken json is not shown") << R"({"message": "cut off)"_ba << QString();
    QTest::newRow("json without a message") << R"({"code":7,"detail":"x"})"_ba << QString();
    QTest::newRow("json array") << R"(["a","b"])"_ba << QString();
    QTest::newRow("json string") << R"("just a string")"_ba << u"just a string"_s;
    QTest::newRow("empty") << ""_ba << QString();
    QTest::newRow("digits only") << "502"_ba << QString();
    QTest::newRow("escape sequence") << "Forbidden\x1b[2J"_ba << u"Forbidden\uFFFD[2J"_s;
    QTest::newRow("json line break") << R"({"message":"one\ntwo"})"_ba << u"one two"_s;
    QTest::newRow("credentials in a url")
        << R"({"message":"see https://user:pw@example.com/x"})"_ba << u"see https://***@example.com/x"_s;
}

void TestErrorBodies::shownText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::extractServerMessage(body), expected);
    QCOMPARE(ApiError::fromHttp(400, body).serverMessage, expected);
}

void TestErrorBodies::rejectedFieldIsNamed()
{
    const ApiError error = ApiError::fromHttp(400, R"({"Field":"url"})"_ba);
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(error.rejectedField, u"url"_s);
    QCOMPARE(error.serverMessage, u"Mailgun rejected the field \"url\"."_s);
    QCOMPARE(error.userMessage(), u"Mailgun rejected the field \"url\" of the request. Please try again. If "
                                  u"it happens again, contact Mailgun support."_s);
    // The field name comes from the account's side too.
    QCOMPARE(ApiError::fromHttp(400, R"({"Field":"u\u202Erl"})"_ba).rejectedField, u"u\uFFFDrl"_s);
}

void TestErrorBodies::badRequestWithoutUsableTextNamesTheStatus()
{
    QCOMPARE(ApiError::fromHttp(400, R"({"code":7})"_ba).userMessage(),
             u"Mailgun refused the request (error 400). Please try again."_s);
    QCOMPARE(ApiError::fromHttp(413, "<html><body>" + QByteArray(400, 'x') + "</body></html>").userMessage(),
             u"Mailgun refused the request (error 413). Please try again."_s);
    QCOMPARE(ApiError::fromHttp(400, R"({"message":"Parameter 'login' is missing"})"_ba).userMessage(),
             u"Mailgun refused the request: \"Parameter 'login' is missing\"."_s);
}

void TestErrorBodies::refusalListsTheCausesMostLikelyFirst()
{
    const ApiError error = ApiError::fromHttp(401, "Forbidden"_ba, u"/v4/domains"_s);
    QCOMPARE(error.kind, ApiError::Kind::KeyRefused);
    QCOMPARE(error.code(), u"key-refused"_s);
    QVERIFY(!error.onDomainPath);
    QCOMPARE(
        error.userMessage(),
        u"Mailgun refused this key. The answer does not say why. The likely causes, most likely first:\n"
        u"• The key is mistyped, or it was deleted, disabled or has expired.\n"
        u"• It is a sending key for one domain, not the account's private API key. You find the private "
        u"API key in the Mailgun Control Panel under API Security "
        u"(https://app.mailgun.com/settings/api_security).\n"
        u"• This computer is outside the account's IP allowlist (the list of internet addresses that may "
        u"use the account)."_s);
}

void TestErrorBodies::refusalOnADomainPathAddsTheDomainCause()
{
    const ApiError error =
        ApiError::fromHttp(401, "Forbidden"_ba, u"/v3/domains/mg.example.com/credentials"_s);
    QVERIFY(error.onDomainPath);
    QVERIFY(error.userMessage().endsWith(
        u"use the account).\n"
        u"• The domain is not in this account, or it is in the other region (US or EU)."_s));
}

void TestErrorBodies::invalidPrivateKeyIsNoProofOfASendingKey()
{
    const ApiError json = ApiError::fromHttp(401, R"({"message":"Invalid private key"})"_ba, u"/v1/keys"_s);
    const ApiError text = ApiError::fromHttp(401, "Forbidden"_ba, u"/v1/keys"_s);
    QCOMPARE(json.kind, ApiError::Kind::KeyRefused);
    QCOMPARE(json.serverMessage, u"Invalid private key"_s);
    QCOMPARE(json.userMessage(), text.userMessage());
}

void TestErrorBodies::refusalOfAKeyThatWorkedEarlier()
{
    ApiError error = ApiError::fromHttp(401, "Forbidden"_ba, u"/v3/mg.example.com/messages"_s);
    error.keyWorkedEarlier = true;
    QCOMPARE(error.userMessage(),
             u"Mailgun refused this key, but it worked a moment ago. The likely causes:\n"
             u"• The domain is not in this account, or it is in the other region (US or EU).\n"
             u"• The key was deleted or disabled since then.\n"
             u"• Someone changed the account's IP allowlist (the list of internet addresses that may use the "
             u"account), and this computer is now outside it.\n"
             u"Check the key on the API Security page of the Mailgun Control Panel "
             u"(https://app.mailgun.com/settings/api_security)."_s);
}

void TestErrorBodies::forbiddenStaysApartFromRefused()
{
    const ApiError error = ApiError::fromHttp(403, "Forbidden"_ba, u"/v1/keys"_s);
    QCOMPARE(error.kind, ApiError::Kind::Forbidden);
    QVERIFY(error.userMessage().startsWith(u"This API key works, but it is not allowed to do this."_s));
}

void TestErrorBodies::domainPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("domain");
    QTest::newRow("messages") << u"/v3/mg.example.com/messages"_s << true;
    QTest::newRow("events") << u"/v3/mg.example.com/events"_s << true;
    QTest::newRow("credentials") << u"/v3/domains/mg.example.com/credentials"_s << true;
    QTest::newRow("v4 domain") << u"/v4/domains/mg.example.com"_s << true;
    QTest::newRow("domain list") << u"/v4/domains"_s << false;
    QTest::newRow("keys") << u"/v1/keys"_s << false;
    QTest::newRow("routes") << u"/v3/routes"_s << false;
    QTest::newRow("route") << u"/v3/routes/5f1a2b3c"_s << false;
    QTest::newRow("users") << u"/v5/users"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestErrorBodies::domainPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, domain);
    QCOMPARE(ApiError::isDomainPath(path), domain);
}

QTEST_GUILESS_MAIN(TestErrorBodies)
#include "tst_errorbodies.moc"
