// The generic client against the practice server: authentication and the mapping of the
// error answers a key can meet.
#include "MailgunClientFixture.h"

class TestMailgunClient : public MailgunClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void sendsBasicAuthAndReadsJson();
    void unknownKeyIsRefused();
    void deletedKeyFailsAtOnce();
    void allowlistBlockIsARefusalLikeAnyOther();
    void keyThatWorkedEarlierSaysSo();
    void newKeyStartsWithoutHistory();
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

void TestMailgunClient::unknownKeyIsRefused()
{
    m_client->setApiKey(Secret(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.httpStatus, 401);
    QCOMPARE(response.error.kind, ApiError::Kind::KeyRefused);
    QCOMPARE(response.error.serverMessage, u"Forbidden"_s); // text/plain, read as text
    QVERIFY(!response.error.keyWorkedEarlier);
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
    QCOMPARE(response.error.kind, ApiError::Kind::KeyRefused);
}

// Mailgun's answer to a blocked computer is the one a wrong key gets (docs/mailgun-behaviour.md,
// point 1): the program cannot tell them apart from the answer, so it never claims a block.
void TestMailgunClient::allowlistBlockIsARefusalLikeAnyOther()
{
    m_server->account().ipAllowlist().append({u"203.0.113.7"_s, u"Office"_s});
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.httpStatus, 401);
    QCOMPARE(response.error.kind, ApiError::Kind::KeyRefused);
    const QString message = response.error.userMessage();
    QVERIFY(message.startsWith(u"Mailgun refused this key. The answer does not say why."_s));
    QVERIFY(message.contains(u"IP allowlist"_s));
    QVERIFY(message.contains(u"mistyped"_s));
}

// The same key answered before: it is not mistyped, so the message names what can change.
void TestMailgunClient::keyThatWorkedEarlierSaysSo()
{
    QVERIFY(sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s)).ok());
    m_server->account().ipAllowlist().append({u"203.0.113.7"_s, u"Office"_s});
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v1/keys"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::KeyRefused);
    QVERIFY(response.error.keyWorkedEarlier);
    QCOMPARE(response.error.userMessage(),
             u"Mailgun refused this key, but it worked a moment ago. The likely causes:\n"
             u"• The key was deleted or disabled since then.\n"
             u"• Someone changed the account's IP allowlist (the list of internet addresses that may use the "
             u"account), and this computer is now outside it.\n"
             u"Check the key on the API Security page of the Mailgun Control Panel "
             u"(https://app.mailgun.com/settings/api_security)."_s);
}

void TestMailgunClient::newKeyStartsWithoutHistory()
{
    QVERIFY(sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s)).ok());
    m_client->setApiKey(Secret(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    const ApiResponse response = sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::KeyRefused);
    QVERIFY(!response.error.keyWorkedEarlier);
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
