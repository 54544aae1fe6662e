// The generic client against the practice server: authentication and the mapping of the
// error answers a key can meet.
#include "MailgunClientFixture.h"

class TestMailgunClient : public MailgunClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void sendsBasicAuthAndReadsJson();
    void unknownKeyIsInvalidKey();
    void deletedKeyFailsAtOnce();
    void allowlistBlockIsExplained();
    void nonAdminKeyGetsForbidden();
    void disabledAccountIsRecognised();
};

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

QTEST_GUILESS_MAIN(TestMailgunClient)
#include "tst_mailgunclient.moc"
