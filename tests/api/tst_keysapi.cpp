#include "ApiTestSupport.h"
#include "mailgun/api/KeysApi.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestKeysApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsSeededKeysInBothRegions_data();
    void listsSeededKeysInBothRegions();
    void listFiltersByKindAndDomain();
    void createSendsMultipartAndReturnsTheSecretOnce();
    void createRefusedWhenTheAccountLimitIsReached();
    void removeDeletesTheKey();
    void removeUnknownKeyIsNotFound();
    void regeneratePublicKey();

private:
    PracticeFixture m_fixture;
};

void TestKeysApi::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKeysApi::listsSeededKeysInBothRegions_data()
{
    QTest::addColumn<Region>("region");
    QTest::newRow("us") << Region::Us;
    QTest::newRow("eu") << Region::Eu;
}

void TestKeysApi::listsSeededKeysInBothRegions()
{
    QFETCH(Region, region);
    KeysApi keys(*m_fixture.client, region);
    Capture<QList<KeyInfo>> listed;
    keys.list({}, {}, this, listed.callback());
    MRA_AWAIT_OK(listed);

    const QString practiceKey = m_fixture.server->practiceKey();
    const auto mine = std::find_if(listed.value().cbegin(), listed.value().cend(), [&](const KeyInfo& key) {
        return !key.id.isEmpty() && practiceKey.endsWith(u'-' + key.id);
    });
    QVERIFY2(mine != listed.value().cend(), "the key in use must be listed, found by its id suffix");
    QCOMPARE(mine->role, u"admin"_s);
    QCOMPARE(mine->kind, u"user"_s);
    QVERIFY(mine->createdAt.isValid());
    QVERIFY(mine->updatedAt.isValid());
    QCOMPARE(mine->createdAt.timeSpec(), Qt::UTC);

    const PracticeKey* seeded = m_fixture.account().findKeyById(mine->id);
    QVERIFY(seeded);
    QCOMPARE(mine->createdAt, seeded->createdAt.toUTC().addMSecs(-seeded->createdAt.time().msec()));
    QCOMPARE(mine->description, seeded->description);

    // The list never carries secrets, and neither does the model's JSON.
    for (const KeyInfo& key : listed.value())
        QVERIFY(!key.toJson().contains(u"secret"_s));
}

void TestKeysApi::listFiltersByKindAndDomain()
{
    KeysApi keys(*m_fixture.client);
    Capture<QList<KeyInfo>> listed;
    keys.list(u"domain"_s, {}, this, listed.callback());
    MRA_AWAIT_OK(listed);
    QVERIFY(!listed.value().isEmpty());
    for (const KeyInfo& key : listed.value())
        QCOMPARE(key.kind, u"domain"_s);
    const PracticeRequestRecord* request = m_fixture.lastRequest("GET", u"/v1/keys"_s);
    QVERIFY(request);
    QVERIFY2(request->query.contains(u"kind=domain"_s), qPrintable(request->query));

    const QString domain = listed.value().constFirst().domainName;
    QVERIFY(!domain.isEmpty());
    Capture<QList<KeyInfo>> byDomain;
    keys.list({}, domain, this, byDomain.callback());
    MRA_AWAIT_OK(byDomain);
    QVERIFY(!byDomain.value().isEmpty());
    for (const KeyInfo& key : byDomain.value())
        QCOMPARE(key.domainName, domain);
    QVERIFY(m_fixture.lastRequest("GET", u"/v1/keys"_s)->query.contains(u"domain_name="_s + domain));
}

void TestKeysApi::createSendsMultipartAndReturnsTheSecretOnce()
{
    KeysApi keys(*m_fixture.client);
    NewKeySpec spec;
    spec.role = u"admin"_s;
    spec.kind = u"user"_s;
    spec.description = u"Recovery key mra-7f3a"_s;
    spec.expirationSeconds = 86400;
    Capture<CreatedKey> created;
    keys.create(spec, this, created.callback());
    MRA_AWAIT_OK(created);

    QCOMPARE(mediaType(m_fixture.lastRequest("POST", u"/v1/keys"_s)), QByteArray("multipart/form-data"));
    const CreatedKey& key = created.value();
    QVERIFY(!key.secret.isEmpty());
    QVERIFY(key.secret.reveal().endsWith(u'-' + key.info.id));
    QCOMPARE(key.info.description, spec.description);
    QCOMPARE(key.info.role, u"admin"_s);
    QVERIFY(key.info.createdAt.isValid());
    QVERIFY(key.info.expiresAt.isValid());
    QVERIFY(key.info.expiresAt > key.info.createdAt);

    const PracticeKey* stored = m_fixture.account().findKeyById(key.info.id);
    QVERIFY(stored);
    QCOMPARE(stored->secret, key.secret.reveal());

    // Listing afterwards shows the key but never its secret again.
    Capture<QList<KeyInfo>> listed;
    keys.list({}, {}, this, listed.callback());
    MRA_AWAIT_OK(listed);
    QVERIFY(std::any_of(listed.value().cbegin(), listed.value().cend(),
                        [&](const KeyInfo& info) { return info.id == key.info.id; }));
    QVERIFY(!key.info.toJson().contains(u"secret"_s));
}

void TestKeysApi::createRefusedWhenTheAccountLimitIsReached()
{
    m_fixture.account().setKeyLimit(0);
    KeysApi keys(*m_fixture.client);
    Capture<CreatedKey> created;
    keys.create(NewKeySpec{}, this, created.callback());
    MRA_AWAIT(created);
    QVERIFY(!created.get().ok());
    QCOMPARE(created.get().error.kind, ApiError::Kind::Forbidden);
    QVERIFY(created.value().secret.isEmpty());
}

void TestKeysApi::removeDeletesTheKey()
{
    const QString developerSecret = m_fixture.account().seededSecret(u"developer"_s);
    QVERIFY(!developerSecret.isEmpty());
    const QString id = PracticeAccount::keyIdFromSecret(developerSecret);
    QVERIFY(m_fixture.account().findKeyById(id));

    KeysApi keys(*m_fixture.client);
    Capture<QString> removed;
    keys.remove(id, this, removed.callback());
    MRA_AWAIT_OK(removed);
    QVERIFY(!m_fixture.account().findKeyById(id));
    QCOMPARE(m_fixture.lastRequest("DELETE", u"/v1/keys/"_s)->path, u"/v1/keys/"_s + id);
}

void TestKeysApi::removeUnknownKeyIsNotFound()
{
    KeysApi keys(*m_fixture.client);
    Capture<QString> removed;
    keys.remove(u"00000000-00000000"_s, this, removed.callback());
    MRA_AWAIT(removed);
    QCOMPARE(removed.get().error.kind, ApiError::Kind::NotFound);
    QCOMPARE(removed.get().error.httpStatus, 404);
}

void TestKeysApi::regeneratePublicKey()
{
    const QString before = m_fixture.account().publicKey();
    KeysApi keys(*m_fixture.client);
    Capture<Secret> regenerated;
    keys.regeneratePublicKey(this, regenerated.callback());
    MRA_AWAIT_OK(regenerated);
    QVERIFY(regenerated.value().reveal().startsWith(u"pubkey-"_s));
    QVERIFY(regenerated.value().reveal() != before);
    QCOMPARE(regenerated.value().reveal(), m_fixture.account().publicKey());
    QVERIFY(m_fixture.lastRequest("POST", u"/v1/keys/public"_s));
}

QTEST_GUILESS_MAIN(TestKeysApi)
#include "tst_keysapi.moc"
