#include "ApiTestSupport.h"
#include "SessionPractice.h"
#include "mailgun/api/CredentialsApi.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCredentialsApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsLoginsInBothRegions_data();
    void listsLoginsInBothRegions();
    void listFetchesEveryPage();
    void createSendsMultipart();
    void changePasswordSendsMultipartPutToTheEncodedLogin();
    void changePasswordOfUnknownLoginIsNotFound();
    void removeDeletesOneLogin();
    void postmasterCannotBeRemoved();

private:
    PracticeFixture m_fixture;
};

void TestCredentialsApi::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCredentialsApi::listsLoginsInBothRegions_data()
{
    QTest::addColumn<Region>("region");
    QTest::newRow("us") << Region::Us;
    QTest::newRow("eu") << Region::Eu;
}

void TestCredentialsApi::listsLoginsInBothRegions()
{
    QFETCH(Region, region);
    CredentialsApi credentials(*m_fixture.client);
    for (const PracticeDomain& domain : m_fixture.account().region(practiceRegionOf(region)).domains) {
        Capture<QList<SmtpCredential>> listed;
        credentials.list(region, domain.name, this, listed.callback());
        MRA_AWAIT_OK(listed);
        QCOMPARE(listed.value().size(), domain.credentials.size());
        for (const SmtpCredential& credential : listed.value()) {
            QVERIFY2(credential.login.endsWith(u'@' + domain.name), qPrintable(credential.login));
            QVERIFY2(credential.createdAt.isValid(), "created_at is RFC 2822 and must parse");
        }
        QVERIFY(std::any_of(listed.value().cbegin(), listed.value().cend(),
                            [&](const SmtpCredential& c) { return c.login == domain.smtpLogin(); }));
    }
}

void TestCredentialsApi::listFetchesEveryPage()
{
    m_fixture.account().addDomains(PracticeRegion::Eu, 1, 230);
    const PracticeDomain& bulk = m_fixture.account().region(PracticeRegion::Eu).domains.constLast();
    QCOMPARE(bulk.credentials.size(), qsizetype(230));

    CredentialsApi credentials(*m_fixture.client);
    credentials.setPageSize(100);
    m_fixture.server->clearRequests();
    Capture<QList<SmtpCredential>> listed;
    credentials.list(Region::Eu, bulk.name, this, listed.callback());
    MRA_AWAIT_OK(listed);
    QCOMPARE(listed.value().size(), qsizetype(230));
    QCOMPARE(m_fixture.countRequests("GET", u"/v3/domains/"_s), 3);
}

void TestCredentialsApi::createSendsMultipart()
{
    const QString domain = m_fixture.account().region(PracticeRegion::Us).domains.constLast().name;
    const QString login = u"recovery-check@"_s + domain;
    CredentialsApi credentials(*m_fixture.client);
    Capture<CredentialChange> created;
    credentials.create(Region::Us, domain, login, Secret(u"Xk3vQ9rT2mLp8sWz4nBc7dFh"_s), this,
                       created.callback());
    MRA_AWAIT_OK(created);
    QCOMPARE(mediaType(m_fixture.lastRequest("POST", u"/v3/domains/"_s)), QByteArray("multipart/form-data"));
    QVERIFY(created.value().generatedPassword.isEmpty());
    QCOMPARE(m_fixture.account().credentialPassword(PracticeRegion::Us, domain, login),
             u"Xk3vQ9rT2mLp8sWz4nBc7dFh"_s);
}

void TestCredentialsApi::changePasswordSendsMultipartPutToTheEncodedLogin()
{
    const PracticeDomain& domain = m_fixture.account().region(PracticeRegion::Eu).domains.constLast();
    const QString login = domain.smtpLogin();
    const QString old = m_fixture.account().credentialPassword(PracticeRegion::Eu, domain.name, login);
    CredentialsApi credentials(*m_fixture.client);
    Capture<CredentialChange> changed;
    credentials.changePassword(Region::Eu, domain.name, login, Secret(u"N3wPassw0rdForPostmaster24"_s), this,
                               changed.callback());
    MRA_AWAIT_OK(changed);
    const PracticeRequestRecord* request = m_fixture.lastRequest("PUT", u"/v3/domains/"_s);
    QCOMPARE(mediaType(request), QByteArray("multipart/form-data"));
    QVERIFY(request->body.contains("name=\"password\""));
    const QString password = m_fixture.account().credentialPassword(PracticeRegion::Eu, domain.name, login);
    QVERIFY(password != old);
    QCOMPARE(password, u"N3wPassw0rdForPostmaster24"_s);
}

void TestCredentialsApi::changePasswordOfUnknownLoginIsNotFound()
{
    const QString domain = m_fixture.account().region(PracticeRegion::Us).domains.constLast().name;
    CredentialsApi credentials(*m_fixture.client);
    Capture<CredentialChange> changed;
    credentials.changePassword(Region::Us, domain, u"nobody@"_s + domain, Secret(u"AnotherPassw0rd123"_s),
                               this, changed.callback());
    MRA_AWAIT(changed);
    QCOMPARE(changed.get().error.kind, ApiError::Kind::NotFound);
}

void TestCredentialsApi::removeDeletesOneLogin()
{
    PracticeDomain* domain = nullptr;
    for (PracticeDomain& candidate : m_fixture.account().region(PracticeRegion::Us).domains) {
        if (candidate.credentials.size() > 1)
            domain = &candidate;
    }
    QVERIFY(domain);
    const QString name = domain->name;
    const QString login = domain->credentials.constLast().login;
    QVERIFY(login != domain->smtpLogin());

    CredentialsApi credentials(*m_fixture.client);
    Capture<QString> removed;
    credentials.remove(Region::Us, name, login, this, removed.callback());
    MRA_AWAIT_OK(removed);
    QVERIFY(!m_fixture.account().findCredential(PracticeRegion::Us, name, login));

    Capture<QString> again;
    credentials.remove(Region::Us, name, login, this, again.callback());
    MRA_AWAIT(again);
    QCOMPARE(again.get().error.kind, ApiError::Kind::NotFound);
}

void TestCredentialsApi::postmasterCannotBeRemoved()
{
    const PracticeDomain& domain = m_fixture.account().region(PracticeRegion::Us).domains.constLast();
    CredentialsApi credentials(*m_fixture.client);
    Capture<QString> removed;
    credentials.remove(Region::Us, domain.name, domain.smtpLogin(), this, removed.callback());
    MRA_AWAIT(removed);
    QCOMPARE(removed.get().error.kind, ApiError::Kind::BadRequest);
    QVERIFY(m_fixture.account().findCredential(PracticeRegion::Us, domain.name, domain.smtpLogin()));
}

QTEST_GUILESS_MAIN(TestCredentialsApi)
#include "tst_credentialsapi.moc"
