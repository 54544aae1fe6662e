// Knowing which key is which (docs/mailgun-behaviour.md, points 2, 3, 5 and 10): a key names its
// list entry by its tail only, a found key that is a domain's sending key is named so, an
// unmatched 32-8-8 secret is not called a deleted key, the webhook signing key is recognised by
// an exact comparison, and the creator fields are shown as claims.
#include "investigate/KeyFindings.h"
#include "investigate/KeyMatcher.h"
#include "mailgun/api/KeyInfo.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;
using KeyMatch = LeakFinding::KeyMatch;

namespace {

const QString body = u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s;
const QString tail = u"1a2b3c4d-5e6f7a8b"_s;

KeyInfo listed(const QString& id, const QString& kind = u"user"_s, const QString& role = u"admin"_s)
{
    KeyInfo key;
    key.id = id;
    key.kind = kind;
    key.role = role;
    return key;
}

LeakFinding found(Kind kind, const QString& secret)
{
    LeakFinding finding;
    finding.kind = kind;
    finding.path = u"/srv/site/.env"_s;
    finding.secret = Secret(secret);
    return finding;
}

} // namespace

class TestKeyIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyNamesItsEntryBySuffixOnly_data();
    void keyNamesItsEntryBySuffixOnly();
    void missingListFieldsAreTolerated();
    void foundSendingKeyIsNamedWithItsDomain();
    void unmatchedSecretIsNotCalledADeletedKey();
    void signingKeyIsRecognisedByExactComparison();
    void smtpPasswordOfKeyShapeStaysOne();
    void legacyKeySaysItCannotTell();
    void creatorFieldsAreClaims();
    void keysAreJudgedByTimeNotByCreator();
    void keyInUseThatNoTailNamesIsSaidSo();
};

void TestKeyIdentity::keyNamesItsEntryBySuffixOnly_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("matches");
    QTest::newRow("tail") << body + u'-' + tail << tail << true;
    QTest::newRow("tail, other case") << (body + u'-' + tail).toUpper() << tail << true;
    // TruffleHog's substring search would take these; a suffix after "-" does not.
    QTest::newRow("shorter than a part") << body + u'-' + tail << u"a2b3c4d-5e6f7a8b"_s << false;
    QTest::newRow("inside, not the end") << body + u'-' + tail << u"1a2b3c4d"_s << false;
    QTest::newRow("body") << body + u'-' + tail << body << false;
    QTest::newRow("legacy") << u"key-"_s + body << u"0f1e2d3c-4b5a6978"_s << false;
    QTest::newRow("empty id") << body + u'-' + tail << QString() << false;
}

void TestKeyIdentity::keyNamesItsEntryBySuffixOnly()
{
    QFETCH(QString, secret);
    QFETCH(QString, id);
    QFETCH(bool, matches);
    QCOMPARE(listed(id).isIdOf(secret), matches);
    const QList<KeyInfo> keys{listed(u"99990000-aaaabbbb"_s), listed(id)};
    QCOMPARE(KeyInfo::findBySecret(keys, secret) != nullptr, matches);
}

void TestKeyIdentity::missingListFieldsAreTolerated()
{
    // The real list quoted in TH #3870 has no is_disabled; expires_at and disabled_reason may be absent.
    const QJsonObject item =
        QJsonDocument::fromJson(R"({"id":"1a2b3c4d-5e6f7a8b","description":"x","kind":"user",
        "role":"admin","created_at":"2025-01-02T03:04:05","updated_at":"2025-01-02T03:04:05",
        "domain_name":null,"requestor":null,"user_name":null})")
            .object();
    QVERIFY(!item.isEmpty());
    const KeyInfo key = KeyInfo::fromJson(item);
    QCOMPARE(key.id, tail);
    QVERIFY(!key.isDisabled);
    QVERIFY(!key.expiresAt.isValid());
    QVERIFY(key.disabledReason.isEmpty());
    QVERIFY(!key.hasRecordedCreator());
    QCOMPARE(key.createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
}

void TestKeyIdentity::foundSendingKeyIsNamedWithItsDomain()
{
    KeyInfo sending = listed(tail, u"domain"_s, u"sending"_s);
    sending.domainName = u"mg.example.com"_s;
    const KeyMatcher matcher({listed(u"99990000-aaaabbbb"_s), sending}, u"99990000-aaaabbbb"_s);
    LeakFinding finding = found(Kind::ApiKey, body + u'-' + tail);
    matcher.apply(finding);
    QCOMPARE(finding.match, KeyMatch::SendingKey);
    QCOMPARE(finding.matchedKeyId, tail);
    QCOMPARE(finding.title(), u"Mailgun sending key for mg.example.com"_s);
    QCOMPARE(finding.matchText(),
             u"Your account lists this key as a sending key for mg.example.com (key 1a2b3c4d-5e6f7a8b)."_s);
    QVERIFY(!finding.title().contains(u"API key"_s));
    QCOMPARE(finding.record().match, u"sending-key"_s);
    QCOMPARE(finding.record().keyId, tail);
    QCOMPARE(finding.toJson().value(u"sending_domain"_s).toString(), u"mg.example.com"_s);

    // The same tail on an account key of kind "user" is not a sending key.
    const KeyMatcher plain({listed(tail, u"user"_s, u"sending"_s)}, QString());
    LeakFinding user = found(Kind::ApiKey, body + u'-' + tail);
    plain.apply(user);
    QCOMPARE(user.match, KeyMatch::AccountKey);
}

void TestKeyIdentity::unmatchedSecretIsNotCalledADeletedKey()
{
    const KeyMatcher matcher({listed(u"99990000-aaaabbbb"_s)}, u"99990000-aaaabbbb"_s);
    LeakFinding finding = found(Kind::ApiKey, body + u'-' + tail);
    matcher.apply(finding);
    QCOMPARE(finding.match, KeyMatch::NotListed);
    QVERIFY(!finding.signingKeyCompared);
    const QString text = finding.matchText();
    QCOMPARE(text, u"This is none of the keys your account lists now. It may be: a deleted or expired key of "
                   "this account; the webhook signing key of this account; a key of a subaccount; a key of "
                   "another Mailgun account; a sending key for one domain that was deleted. Treat it as a "
                   "working key until you know which."_s);
    QVERIFY(finding.record().advice.startsWith(text));
    QCOMPARE(finding.record().match, u"not-listed"_s);
    QVERIFY(finding.record().keyId.isEmpty());
}

void TestKeyIdentity::signingKeyIsRecognisedByExactComparison()
{
    const QString signing = u"aaaabbbbccccddddeeeeffff00001111-22223333-44445555"_s;
    const KeyMatcher matcher({listed(u"99990000-aaaabbbb"_s)}, QString(), Secret(signing));
    QVERIFY(matcher.hasSigningKey());
    LeakFinding same = found(Kind::ApiKey, signing);
    matcher.apply(same);
    QCOMPARE(same.match, KeyMatch::WebhookSigningKey);
    QCOMPARE(same.title(), u"Mailgun webhook signing key"_s);
    QVERIFY(same.advice().contains(u"Replace it"_s));
    QVERIFY(same.advice().contains(u"step 2"_s));
    QCOMPARE(same.record().match, u"webhook-signing-key"_s);

    // One character off: not the signing key, and the list says an earlier one is possible.
    LeakFinding close = found(Kind::ApiKey, signing.left(signing.size() - 1) + u'6');
    matcher.apply(close);
    QCOMPARE(close.match, KeyMatch::NotListed);
    QVERIFY(close.signingKeyCompared);
    QVERIFY(close.matchText().contains(u"an earlier webhook signing key of this account (it is not the "
                                       "current one)"_s));
    // A legacy-shaped signing key is compared too.
    const KeyMatcher legacySigning({listed(u"99990000-aaaabbbb"_s)}, QString(), Secret(u"key-"_s + body));
    LeakFinding legacy = found(Kind::LegacyApiKey, u"key-"_s + body);
    legacySigning.apply(legacy);
    QCOMPARE(legacy.match, KeyMatch::WebhookSigningKey);
}

void TestKeyIdentity::smtpPasswordOfKeyShapeStaysOne()
{
    const KeyMatcher matcher({listed(u"99990000-aaaabbbb"_s)}, QString());
    LeakFinding finding = found(Kind::SmtpPassword, body + u'-' + tail);
    matcher.apply(finding);
    QCOMPARE(finding.match, KeyMatch::NotChecked);
    QCOMPARE(finding.title(), u"Mailgun SMTP password"_s);
}

void TestKeyIdentity::legacyKeySaysItCannotTell()
{
    // Its list entry exists, under an id unrelated to the key: never matched, never "in use".
    const KeyMatcher matcher({listed(u"0f1e2d3c-4b5a6978"_s)}, u"0f1e2d3c-4b5a6978"_s);
    LeakFinding finding = found(Kind::LegacyApiKey, u"key-"_s + body);
    matcher.apply(finding);
    QCOMPARE(finding.match, KeyMatch::CannotTell);
    QVERIFY(finding.matchedKeyId.isEmpty());
    QVERIFY(finding.matchText().contains(u"the program cannot tell which of your keys it is"_s));
}

void TestKeyIdentity::creatorFieldsAreClaims()
{
    KeyInfo key = listed(tail);
    QCOMPARE(KeyFindings::creatorText(key), u"no creator recorded"_s);
    key.userName = u"Sam Ortiz"_s;
    QCOMPARE(KeyFindings::creatorText(key), u"recorded as Sam Ortiz"_s);
    key.requestor = u"sam@example.com"_s;
    QCOMPARE(KeyFindings::creatorText(key), u"recorded as Sam Ortiz <sam@example.com>"_s);
    key.userName.clear();
    QCOMPARE(KeyFindings::creatorText(key), u"recorded as sam@example.com"_s);
}

void TestKeyIdentity::keysAreJudgedByTimeNotByCreator()
{
    const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    AccountInventory inventory;
    inventory.keysRead = inventory.usersRead = true;
    AccountUser sam;
    sam.email = u"sam@example.com"_s;
    inventory.users = {sam};
    // A new admin key with a colleague's name written in, and an old one by a stranger.
    KeyInfo forged = listed(u"11111111-22222222"_s);
    forged.description = u"deploy"_s;
    forged.userName = u"Sam Ortiz"_s;
    forged.requestor = u"sam@example.com"_s;
    forged.createdAt = now.addSecs(-27 * 3600);
    KeyInfo old = listed(u"33333333-44444444"_s, u"user"_s, u"basic"_s);
    old.requestor = u"stranger@example.net"_s;
    old.createdAt = now.addDays(-300);
    KeyInfo nobody = listed(u"55555555-66666666"_s, u"user"_s, u"basic"_s);
    nobody.description = u"Stock sync script"_s;
    nobody.createdAt = now.addSecs(-5 * 3600);
    inventory.keys = {forged, old, nobody};
    ReviewContext context;
    context.now = now;
    context.incidentStart = now.addDays(-14);
    context.inUseKeyId = u"77777777-88888888"_s;

    const QList<AccountFinding> findings = KeyFindings::find(inventory, context);
    QStringList ids;
    for (const AccountFinding& finding : findings) {
        ids << finding.kindId + u':' + finding.keyId;
        QVERIFY2(!finding.detail.contains(u"made by"_s), qPrintable(finding.detail));
        QVERIFY2(!finding.title.contains(u"made by"_s), qPrintable(finding.title));
    }
    QCOMPARE(ids, (QStringList{u"recent-key:11111111-22222222"_s, u"recent-key:55555555-66666666"_s,
                               u"key-in-use:"_s}));
    QCOMPARE(findings.at(0).severity, u"critical"_s); // admin
    QCOMPARE(findings.at(1).severity, u"high"_s);     // basic
    QVERIFY(findings.at(0).detail.contains(u"(creator recorded as Sam Ortiz)"_s));
    QVERIFY(findings.at(0).detail.contains(u"does not prove who made it"_s));
    QVERIFY(findings.at(1).detail.contains(u"(no creator recorded)"_s));
    QVERIFY(!findings.at(1).detail.contains(u"through the API"_s));
}

void TestKeyIdentity::keyInUseThatNoTailNamesIsSaidSo()
{
    AccountInventory inventory;
    inventory.keysRead = true;
    inventory.keys = {listed(u"0f1e2d3c-4b5a6978"_s)};
    ReviewContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.incidentStart = context.now.addDays(-14);
    const QList<AccountFinding> findings = KeyFindings::find(inventory, context);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().kindId, u"key-in-use"_s);
    QVERIFY(!findings.constFirst().inUse);
    QVERIFY(findings.constFirst().keyId.isEmpty());
    QCOMPARE(findings.constFirst().title,
             u"The program cannot tell which of your listed keys is the one you gave it"_s);
    QVERIFY(findings.constFirst().advice.contains(u"pick it from the list"_s));
}

QTEST_GUILESS_MAIN(TestKeyIdentity)
#include "tst_keyidentity.moc"
