// KeyMatcherLoader against the practice server (docs/mailgun-behaviour.md, points 2 and 10): it
// reads the key list and the webhook signing key, so a found copy of the signing key is named so,
// a found sending key is named with its domain, and an unmatched 32-8-8 secret is "not listed".
#include "FastPracticeClient.h"
#include "investigate/KeyMatcherLoader.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyMatcherLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foundKeysAreNamedFromTheAccount();
};

void TestKeyMatcherLoader::foundKeysAreNamedFromTheAccount()
{
    PracticeServer server;
    QVERIFY(server.start());
    std::unique_ptr<MailgunClient> client(newFastPracticeClient(server));
    KeyMatcher matcher;
    bool loaded = false;
    KeyMatcherLoader::load(*client, server.practiceKey().right(17), this, [&](const KeyMatcher& ready) {
        matcher = ready;
        loaded = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 10000);
    QVERIFY(matcher.isEnabled());
    QVERIFY(matcher.hasSigningKey());

    auto matched = [&](const QString& secret) {
        LeakFinding finding;
        finding.kind = LeakFinding::Kind::ApiKey;
        finding.secret = Secret(secret);
        matcher.apply(finding);
        return finding;
    };
    const PracticeAccount& account = server.account();
    QCOMPARE(matched(account.httpSigningKey()).match, LeakFinding::KeyMatch::WebhookSigningKey);
    const LeakFinding sending = matched(account.seededSecret(u"sending"_s));
    QCOMPARE(sending.match, LeakFinding::KeyMatch::SendingKey);
    QCOMPARE(sending.title(), u"Mailgun sending key for mg.northwind-outfitters.com"_s);
    QCOMPARE(matched(server.practiceKey()).match, LeakFinding::KeyMatch::InUse);
    const LeakFinding other = matched(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s);
    QCOMPARE(other.match, LeakFinding::KeyMatch::NotListed);
    QVERIFY(other.signingKeyCompared);
}

QTEST_GUILESS_MAIN(TestKeyMatcherLoader)
#include "tst_keymatcherloader.moc"
