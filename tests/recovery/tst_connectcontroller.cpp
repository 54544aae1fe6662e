// The Connect check against the practice server: every outcome the user can meet.
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/ConnectController.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A client with short waits, so the failure paths do not slow the suite down.
MailgunClient* quickClient(const ApiEndpoints& endpoints)
{
    auto* client = new MailgunClient(endpoints);
    MailgunClient::Options options;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 50;
    options.timeoutMs = 1500;
    client->setOptions(options);
    return client;
}

} // namespace

class TestConnectController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void adminKeyIsValidWithSummary();
    void unknownKeyIsInvalid();
    void developerKeyIsValidButNotAdmin();
    void olderKeyHasNoIdAndSaysWhy();
    void sendingKeyIsRefusedWithTheCauses();
    void allowlistBlockIsNotClaimed();
    void keyThatWorkedThenRefusedSaysSo();
    void forbiddenIsNotARefusal();
    void disabledAccount();
    void expiredKeyIsInvalid();
    void nothingListening();
    void badFormatSendsNothing();
    void oneRegionDownStillConnects();
    void secondCheckReplacesTheFirst();

private:
    ConnectController::Result check(const QString& key);

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
};

void TestConnectController::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = quickClient(apiEndpointsOf(*m_server));
}

void TestConnectController::cleanup()
{
    delete m_client;
    delete m_server;
}

ConnectController::Result TestConnectController::check(const QString& key)
{
    ConnectController controller;
    QSignalSpy finished(&controller, &ConnectController::finished);
    controller.check(m_client, Secret(key));
    [&] {
        QVERIFY(finished.wait(20000));
    }();
    if (finished.isEmpty())
        return {};
    return finished.first().first().value<ConnectController::Result>();
}

void TestConnectController::adminKeyIsValidWithSummary()
{
    const ConnectController::Result result = check(m_server->practiceKey());
    QCOMPARE(result.outcome, ConnectController::Outcome::Valid);
    QVERIFY(result.canUseApi());
    const PracticeAccount& account = m_server->account();
    QCOMPARE(result.summary.domainsUs, account.region(PracticeRegion::Us).domains.size());
    QCOMPARE(result.summary.domainsEu, account.region(PracticeRegion::Eu).domains.size());
    QVERIFY(result.summary.domainsEu > 0);
    QCOMPARE(result.summary.users, account.users().size());
    QVERIFY(result.summary.keys > 0);
    QCOMPARE(result.summary.keyInUseId, PracticeAccount::keyIdFromSecret(m_server->practiceKey()));
    QCOMPARE(result.summary.keyInUseRole, u"admin"_s);
    QVERIFY(result.summary.checkedAt.isValid());
}

void TestConnectController::unknownKeyIsInvalid()
{
    const ConnectController::Result result = check(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s);
    QCOMPARE(result.outcome, ConnectController::Outcome::KeyRefused);
    QCOMPARE(result.outcomeId(), u"key-refused"_s);
    QVERIFY(!result.canUseApi());
    QCOMPARE(result.headline(), u"Mailgun refused this key."_s);
    // Account paths only: the domain cause does not apply.
    QCOMPARE(
        result.explanation(),
        u"The answer does not say why. The likely causes, most likely first:\n"
        u"• The key is mistyped, or it was deleted, disabled or has expired.\n"
        u"• It is a sending key for one domain, not the account's private API key. You find the private "
        u"API key in the Mailgun Control Panel under API Security "
        u"(https://app.mailgun.com/settings/api_security).\n"
        u"• This computer is outside the account's IP allowlist (the list of internet addresses that may "
        u"use the account)."_s);
}

void TestConnectController::developerKeyIsValidButNotAdmin()
{
    const ConnectController::Result result = check(m_server->account().seededSecret(u"developer"_s));
    QCOMPARE(result.outcome, ConnectController::Outcome::ValidNotAdmin);
    QVERIFY(result.canUseApi());
    QCOMPARE(result.summary.keys, -1);
}

// An older "key-" key is listed under an unrelated ID (TH #3870), so the summary names no
// entry and says why instead of "not found".
void TestConnectController::olderKeyHasNoIdAndSaysWhy()
{
    const ConnectController::Result result = check(m_server->account().seededSecret(u"legacy"_s));
    QVERIFY(result.canUseApi());
    QVERIFY(result.summary.keys > 0);
    QVERIFY(result.summary.keyInUseId.isEmpty());
    QVERIFY(result.summary.keyInUseIsOlder);
    QCOMPARE(result.summary.unmatchedKeyInUse(),
             u"This is an older key (it starts with \"key-\"). Mailgun lists such keys under an ID that "
             "has nothing to do with the key, so the program cannot tell which entry in the list it is."_s);
    const ConnectController::Result current = check(m_server->practiceKey());
    QVERIFY(current.summary.unmatchedKeyInUse().isEmpty());
}

// A sending key gets 401 {"message":"Invalid private key"}: one more refusal, no proof of
// a sending key (docs/mailgun-behaviour.md, point 2), so the causes are listed, sending key
// among them, with where the right key is.
void TestConnectController::sendingKeyIsRefusedWithTheCauses()
{
    const ConnectController::Result result = check(m_server->account().seededSecret(u"sending"_s));
    QCOMPARE(result.outcome, ConnectController::Outcome::KeyRefused);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.serverMessage, u"Invalid private key"_s);
    QVERIFY(result.explanation().contains(u"It is a sending key for one domain"_s));
    QVERIFY(result.explanation().contains(u"https://app.mailgun.com/settings/api_security"_s));
    QVERIFY(result.explanation().contains(u"mistyped"_s)); // not singled out
}

void TestConnectController::allowlistBlockIsNotClaimed()
{
    m_server->account().ipAllowlist().append({u"198.51.100.0/24"_s, u"Office"_s});
    const ConnectController::Result result = check(m_server->practiceKey());
    QCOMPARE(result.outcome, ConnectController::Outcome::KeyRefused);
    QCOMPARE(result.headline(), u"Mailgun refused this key."_s);
    QVERIFY(result.explanation().contains(u"IP allowlist"_s));
    QVERIFY(!result.explanation().contains(u"blocked"_s));
}

// The Connect page checks again with the same client (the session's): the second check
// knows the key answered a moment ago.
void TestConnectController::keyThatWorkedThenRefusedSaysSo()
{
    QCOMPARE(check(m_server->practiceKey()).outcome, ConnectController::Outcome::Valid);
    m_server->account().ipAllowlist().append({u"198.51.100.0/24"_s, u"Office"_s});
    const ConnectController::Result result = check(m_server->practiceKey());
    QCOMPARE(result.outcome, ConnectController::Outcome::KeyRefused);
    QVERIFY(result.error.keyWorkedEarlier);
    QCOMPARE(result.headline(), u"Mailgun refused this key, which worked a moment ago."_s);
    QVERIFY(result.explanation().contains(u"deleted or disabled since then"_s));
    QVERIFY(!result.explanation().contains(u"mistyped"_s));
}

// 403 means the key authenticated: it works, but may not do this. Never a refusal.
void TestConnectController::forbiddenIsNotARefusal()
{
    PracticeFault forbidden;
    forbidden.kind = PracticeFault::Kind::ServerError;
    forbidden.status = 403;
    forbidden.path = QRegularExpression(u"^/v4/domains$"_s);
    forbidden.times = 2;
    m_server->addFault(forbidden);
    const ConnectController::Result result = check(m_server->practiceKey());
    QCOMPARE(result.outcome, ConnectController::Outcome::NotAllowed);
    QCOMPARE(result.outcomeId(), u"not-allowed"_s);
    QCOMPARE(result.headline(), u"This key works, but it is not allowed to read your account."_s);
    QVERIFY(!result.explanation().contains(u"refused"_s));
}

void TestConnectController::disabledAccount()
{
    m_server->account().setAccountDisabled(true);
    QCOMPARE(check(m_server->practiceKey()).outcome, ConnectController::Outcome::AccountDisabled);
}

void TestConnectController::expiredKeyIsInvalid()
{
    QCOMPARE(check(m_server->account().seededSecret(u"expired"_s)).outcome,
             ConnectController::Outcome::KeyRefused);
    QCOMPARE(check(m_server->account().seededSecret(u"disabled"_s)).outcome,
             ConnectController::Outcome::KeyRefused);
}

void TestConnectController::nothingListening()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // the port is now free: connections are refused
    delete m_client;
    m_client = quickClient(ApiEndpoints::both(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    const ConnectController::Result result = check(m_server->practiceKey());
    QCOMPARE(result.outcome, ConnectController::Outcome::Unreachable);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QVERIFY(result.explanation().contains(u"internet"_s));
}

void TestConnectController::badFormatSendsNothing()
{
    m_server->clearRequests();
    const ConnectController::Result result = check(u"pubkey-0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(result.outcome, ConnectController::Outcome::BadFormat);
    QVERIFY(!result.explanation().isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestConnectController::oneRegionDownStillConnects()
{
    // EU answers 503 every time: keys are global, so the key is still known to work.
    PracticeFault down;
    down.kind = PracticeFault::Kind::ServerError;
    down.path = QRegularExpression(u"^/v4/domains$"_s);
    down.times = 1000;
    delete m_client;
    ApiEndpoints endpoints = apiEndpointsOf(*m_server);
    PracticeServer broken;
    QVERIFY(broken.start());
    broken.addFault(down);
    endpoints.eu = broken.baseUrl(PracticeRegion::Eu);
    m_client = quickClient(endpoints);
    const ConnectController::Result result = check(m_server->practiceKey());
    QCOMPARE(result.outcome, ConnectController::Outcome::Valid);
    QCOMPARE(result.summary.domainsEu, -1); // unknown, not zero
    QVERIFY(result.summary.domainsUs > 0);
}

void TestConnectController::secondCheckReplacesTheFirst()
{
    ConnectController controller;
    QSignalSpy finished(&controller, &ConnectController::finished);
    controller.check(m_client, Secret(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    controller.check(m_client, Secret(m_server->practiceKey()));
    QVERIFY(finished.wait(20000));
    // Every request of both checks has had its answer: the first check's answers came and
    // were ignored.
    QTRY_VERIFY(m_client->inFlight(Region::Us) == 0 && m_client->inFlight(Region::Eu) == 0 &&
                m_client->queued(Region::Us) == 0 && m_client->queued(Region::Eu) == 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ConnectController::Result>().outcome,
             ConnectController::Outcome::Valid);
}

QTEST_GUILESS_MAIN(TestConnectController)
#include "tst_connectcontroller.moc"
