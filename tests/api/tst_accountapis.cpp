#include "ApiTestSupport.h"
#include "mailgun/api/IpAllowlistApi.h"
#include "mailgun/api/SigningKeyApi.h"
#include "mailgun/api/SubaccountsApi.h"
#include "mailgun/api/UsersApi.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Users, IP allowlist, subaccounts and the webhook signing key: account-wide endpoints.
class TestAccountApis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usersListReadsPasswordAndTwoFactorState_data();
    void usersListReadsPasswordAndTwoFactorState();
    void usersListFetchesEveryPage();
    void usersGetByIdAndUnknownIsNotFound();
    void allowlistAddListRemove();
    void subaccountsListFetchesEveryPage();
    void signingKeyGetAndRegenerate();

private:
    PracticeFixture m_fixture;
};

void TestAccountApis::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAccountApis::usersListReadsPasswordAndTwoFactorState_data()
{
    QTest::addColumn<Region>("region");
    QTest::newRow("us") << Region::Us;
    QTest::newRow("eu") << Region::Eu;
}

void TestAccountApis::usersListReadsPasswordAndTwoFactorState()
{
    QFETCH(Region, region);
    UsersApi users(*m_fixture.client, region);
    Capture<QList<AccountUser>> listed;
    users.list(this, listed.callback());
    MRA_AWAIT_OK(listed);
    QCOMPARE(listed.value().size(), m_fixture.account().users().size());

    bool sawMaster = false;
    for (const AccountUser& user : listed.value()) {
        const auto seeded =
            std::find_if(m_fixture.account().users().cbegin(), m_fixture.account().users().cend(),
                         [&](const PracticeUser& candidate) { return candidate.id == user.id; });
        QVERIFY2(seeded != m_fixture.account().users().cend(), qPrintable(user.id));
        QCOMPARE(user.email, seeded->email);
        QCOMPARE(user.role, seeded->role);
        QCOMPARE(user.isMaster, seeded->isMaster);
        QCOMPARE(user.tfaEnabled, seeded->tfaEnabled);
        QCOMPARE(user.tfaActive, seeded->tfaActive);
        // Null dates stay unknown; real ones keep their milliseconds.
        QCOMPARE(user.tfaCreatedAt.isValid(), seeded->tfaCreatedAt.isValid());
        QCOMPARE(user.passwordUpdatedAt.isValid(), seeded->passwordUpdatedAt.isValid());
        if (seeded->passwordUpdatedAt.isValid())
            QCOMPARE(user.passwordUpdatedAt, seeded->passwordUpdatedAt.toUTC());
        sawMaster = sawMaster || user.isMaster;
    }
    QVERIFY(sawMaster);
}

void TestAccountApis::usersListFetchesEveryPage()
{
    const qsizetype total = m_fixture.account().users().size();
    QVERIFY(total >= 3);
    UsersApi users(*m_fixture.client);
    users.setPageSize(2);
    m_fixture.server->clearRequests();
    Capture<QList<AccountUser>> listed;
    users.list(this, listed.callback());
    MRA_AWAIT_OK(listed);
    QCOMPARE(listed.value().size(), total);
    QCOMPARE(m_fixture.countRequests("GET", u"/v5/users"_s), int((total + 1) / 2));
}

void TestAccountApis::usersGetByIdAndUnknownIsNotFound()
{
    const PracticeUser& seeded = m_fixture.account().users().constFirst();
    UsersApi users(*m_fixture.client);
    Capture<AccountUser> got;
    users.get(seeded.id, this, got.callback());
    MRA_AWAIT_OK(got);
    QCOMPARE(got.value().id, seeded.id);
    QCOMPARE(got.value().name, seeded.name);

    Capture<AccountUser> missing;
    users.get(u"000000000000000000000000"_s, this, missing.callback());
    MRA_AWAIT(missing);
    QCOMPARE(missing.get().error.kind, ApiError::Kind::NotFound);
}

void TestAccountApis::allowlistAddListRemove()
{
    IpAllowlistApi allowlist(*m_fixture.client);
    Capture<QList<IpAllowlistEntry>> initial;
    allowlist.list(this, initial.callback());
    MRA_AWAIT_OK(initial);
    QVERIFY(initial.value().isEmpty());

    // This computer first, or the allowlist would lock the program out.
    Capture<QList<IpAllowlistEntry>> added;
    allowlist.add(u"127.0.0.1"_s, u"Recovery workstation"_s, this, added.callback());
    MRA_AWAIT_OK(added);
    QCOMPARE(mediaType(m_fixture.lastRequest("POST", u"/v2/ip_whitelist"_s)),
             QByteArray("multipart/form-data"));
    QCOMPARE(added.value().size(), qsizetype(1));
    QCOMPARE(added.value().constFirst().address, u"127.0.0.1"_s);
    QCOMPARE(added.value().constFirst().description, u"Recovery workstation"_s);

    Capture<QList<IpAllowlistEntry>> range;
    allowlist.add(u"10.20.0.0/16"_s, u"Office"_s, this, range.callback());
    MRA_AWAIT_OK(range);
    QCOMPARE(range.value().size(), qsizetype(2));

    Capture<QList<IpAllowlistEntry>> removed;
    allowlist.remove(u"10.20.0.0/16"_s, this, removed.callback());
    MRA_AWAIT_OK(removed);
    QCOMPARE(removed.value().size(), qsizetype(1));
    QVERIFY(
        m_fixture.lastRequest("DELETE", u"/v2/ip_whitelist"_s)->query.contains(u"address=10.20.0.0/16"_s));
    QCOMPARE(m_fixture.account().ipAllowlist().size(), qsizetype(1));

    Capture<QList<IpAllowlistEntry>> invalid;
    allowlist.add(u"not-an-ip"_s, QString(), this, invalid.callback());
    MRA_AWAIT(invalid);
    QCOMPARE(invalid.get().error.kind, ApiError::Kind::BadRequest);
}

void TestAccountApis::subaccountsListFetchesEveryPage()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 24; ++i) {
        PracticeSubaccount sub;
        sub.id = PracticeAccount::randomHex(24);
        sub.name = u"Bulk %1"_s.arg(i);
        sub.createdAt = now.addDays(-i);
        sub.updatedAt = sub.createdAt;
        m_fixture.account().subaccounts().append(sub);
    }
    const qsizetype total = m_fixture.account().subaccounts().size();

    SubaccountsApi subaccounts(*m_fixture.client);
    subaccounts.setPageSize(10);
    m_fixture.server->clearRequests();
    Capture<QList<Subaccount>> listed;
    subaccounts.list(this, listed.callback());
    MRA_AWAIT_OK(listed);
    QCOMPARE(listed.value().size(), total);
    QCOMPARE(m_fixture.countRequests("GET", u"/v5/accounts/subaccounts"_s), int((total + 9) / 10));
    for (const Subaccount& sub : listed.value()) {
        QVERIFY(!sub.id.isEmpty());
        QVERIFY2(sub.createdAt.isValid(), "created_at is RFC 1123 and must parse");
        QVERIFY(!sub.status.isEmpty());
    }
}

void TestAccountApis::signingKeyGetAndRegenerate()
{
    SigningKeyApi signingKey(*m_fixture.client);
    Capture<Secret> current;
    signingKey.get(this, current.callback());
    MRA_AWAIT_OK(current);
    QCOMPARE(current.value().reveal(), m_fixture.account().httpSigningKey());

    Capture<Secret> regenerated;
    signingKey.regenerate(this, regenerated.callback());
    MRA_AWAIT_OK(regenerated);
    QVERIFY(!regenerated.value().isEmpty());
    QVERIFY(regenerated.value() != current.value());
    QCOMPARE(regenerated.value().reveal(), m_fixture.account().httpSigningKey());
    QVERIFY(m_fixture.lastRequest("POST", u"/v5/accounts/http_signing_key"_s));
}

QTEST_GUILESS_MAIN(TestAccountApis)
#include "tst_accountapis.moc"
