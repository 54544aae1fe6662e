// The practice account's keys for "which key is which" (docs/mailgun-behaviour.md, points 3, 5
// and 10), as a client sees them: a working "key-" key listed under an unrelated id, an item
// without is_disabled, null creator fields on API-made keys, a forged creator on a recent key,
// a 32-8-8 webhook signing key that is no key's tail, and SMTP passwords of another shape;
// and the company's people, who are both the account's users and the makers of its keys.
#include "PracticeServerFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression keyShape(u"^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$"_s);

} // namespace

class TestPracticeSeedKeys : public PracticeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startPracticeServer(); }
    void init() { reseedAccount(); }

    void legacyKeyWorksAndItsEntryIsNotItsTail();
    void oneItemLeavesOutIsDisabled();
    void apiMadeKeysHaveNullCreatorUnlessGiven();
    void forgedKeyIsRecentWithAColleaguesName();
    void signingKeyHasKeyShapeButNoListedTail();
    void smtpPasswordsAreNotKeyShaped();
    void keysNameTheUsersWhoMadeThem();

private:
    QJsonObject listedItem(const QString& id)
    {
        const auto reply = m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey());
        for (const QJsonValue& item : reply.json.value(u"items"_s).toArray()) {
            if (item.toObject().value(u"id"_s).toString() == id)
                return item.toObject();
        }
        return {};
    }
    QString idOf(const char* label) { return m_server->account().findKeyBySecret(secret(label))->id; }
};

void TestPracticeSeedKeys::legacyKeyWorksAndItsEntryIsNotItsTail()
{
    const QString legacy = secret("legacy");
    QVERIFY(QRegularExpression(u"^key-[0-9a-f]{32}$"_s).match(legacy).hasMatch());
    const auto reply = m_client->get(PracticeRegion::Us, u"/v1/keys"_s, legacy);
    QCOMPARE(reply.status, 200);
    const QString id = idOf("legacy");
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{8}$"_s).match(id).hasMatch());
    QVERIFY(!legacy.endsWith(id));
    const QJsonObject item = listedItem(id);
    QCOMPARE(item.value(u"kind"_s).toString(), u"user"_s);
    QCOMPARE(item.value(u"role"_s).toString(), u"admin"_s);
    // No listed id is a tail of the legacy key.
    for (const QJsonValue& value : reply.json.value(u"items"_s).toArray())
        QVERIFY(!legacy.endsWith(u'-' + value.toObject().value(u"id"_s).toString()));
}

void TestPracticeSeedKeys::oneItemLeavesOutIsDisabled()
{
    const auto reply = m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey());
    QStringList without;
    for (const QJsonValue& value : reply.json.value(u"items"_s).toArray()) {
        if (!value.toObject().contains(u"is_disabled"_s))
            without << value.toObject().value(u"id"_s).toString();
    }
    QCOMPARE(without, QStringList{idOf("api-made")});
}

void TestPracticeSeedKeys::apiMadeKeysHaveNullCreatorUnlessGiven()
{
    const QJsonObject apiMade = listedItem(idOf("api-made"));
    QVERIFY(apiMade.value(u"requestor"_s).isNull());
    QVERIFY(apiMade.value(u"user_name"_s).isNull());

    // Made now through the API without email or user_name: null, like OAS's create example.
    const auto plain =
        m_client->sendMultipart("POST", PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey(),
                                {{u"role"_s, u"basic"_s}, {u"description"_s, u"x"_s}});
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.json.value(u"key"_s).toObject().value(u"requestor"_s).isNull());
    QVERIFY(plain.json.value(u"key"_s).toObject().value(u"user_name"_s).isNull());
    // With them: whatever the caller wrote.
    const auto named = m_client->sendMultipart(
        "POST", PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey(),
        {{u"role"_s, u"basic"_s}, {u"email"_s, u"anyone@example.org"_s}, {u"user_name"_s, u"Any One"_s}});
    QCOMPARE(named.json.value(u"key"_s).toObject().value(u"requestor"_s).toString(), u"anyone@example.org"_s);
    QCOMPARE(named.json.value(u"key"_s).toObject().value(u"user_name"_s).toString(), u"Any One"_s);
}

void TestPracticeSeedKeys::forgedKeyIsRecentWithAColleaguesName()
{
    const QJsonObject forged = listedItem(idOf("forged"));
    QCOMPARE(forged.value(u"requestor"_s).toString(), u"sam@northwind-outfitters.com"_s);
    QCOMPARE(forged.value(u"user_name"_s).toString(), u"Sam Ortiz"_s);
    QCOMPARE(forged.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(forged.value(u"created_at"_s).toString(), u"2026-03-09T09:00:00"_s); // 27 hours before the seed
}

void TestPracticeSeedKeys::signingKeyHasKeyShapeButNoListedTail()
{
    const auto reply =
        m_client->get(PracticeRegion::Us, u"/v5/accounts/http_signing_key"_s, m_server->practiceKey());
    QCOMPARE(reply.status, 200);
    const QString signing = reply.json.value(u"http_signing_key"_s).toString();
    QVERIFY2(keyShape.match(signing).hasMatch(), qPrintable(signing));
    const auto keys = m_client->get(PracticeRegion::Us, u"/v1/keys"_s, m_server->practiceKey());
    for (const QJsonValue& value : keys.json.value(u"items"_s).toArray())
        QVERIFY(!signing.endsWith(u'-' + value.toObject().value(u"id"_s).toString()));
}

void TestPracticeSeedKeys::smtpPasswordsAreNotKeyShaped()
{
    int passwords = 0;
    for (const PracticeRegion region : {PracticeRegion::Us, PracticeRegion::Eu}) {
        for (const PracticeDomain& domain : m_server->account().region(region).domains) {
            for (const PracticeCredential& credential : domain.credentials) {
                ++passwords;
                QVERIFY2(!keyShape.match(credential.password).hasMatch(), qPrintable(credential.login));
                QVERIFY(credential.password.size() <= 32); // help article 8110785978267: 5 to 32
            }
        }
    }
    QVERIFY(passwords > 0);
}

void TestPracticeSeedKeys::keysNameTheUsersWhoMadeThem()
{
    const auto users = m_client->get(PracticeRegion::Us, u"/v5/users"_s, m_server->practiceKey());
    QCOMPARE(users.status, 200);
    QStringList people;
    for (const QJsonValue& value : users.json.value(u"users"_s).toArray()) {
        const QJsonObject user = value.toObject();
        people << user.value(u"name"_s).toString() + u" <"_s + user.value(u"email"_s).toString() + u'>';
    }
    QCOMPARE(people, (QStringList{u"Dana Whitfield <dana@northwind-outfitters.com>"_s,
                                  u"Sam Ortiz <sam@northwind-outfitters.com>"_s,
                                  u"Priya Natarajan <priya@northwind-outfitters.com>"_s,
                                  u"Alex Kim <alex@northwind-outfitters.com>"_s}));

    const QList<std::pair<const char*, QString>> makers{
        {"admin-leaked", u"Dana Whitfield <dana@northwind-outfitters.com>"_s},
        {"developer", u"Sam Ortiz <sam@northwind-outfitters.com>"_s},
        {"basic", u"Priya Natarajan <priya@northwind-outfitters.com>"_s},
        {"web", u"Dana Whitfield <dana@northwind-outfitters.com>"_s},
        {"disabled", u"Dana Whitfield <dana@northwind-outfitters.com>"_s},
        {"expired", u"Sam Ortiz <sam@northwind-outfitters.com>"_s},
    };
    for (const auto& [label, maker] : makers) {
        const QJsonObject key = listedItem(idOf(label));
        QCOMPARE(key.value(u"user_name"_s).toString() + u" <"_s + key.value(u"requestor"_s).toString() + u'>',
                 maker);
    }
}

QTEST_MAIN(TestPracticeSeedKeys)
#include "tst_practiceseedkeys.moc"
