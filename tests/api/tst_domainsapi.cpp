#include "ApiTestSupport.h"
#include "SessionPractice.h"
#include "mailgun/api/DomainsApi.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDomainsApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsEachRegionsDomains_data();
    void listsEachRegionsDomains();
    void listFetchesEveryPage();
    void listFiltersByState();
    void getReadsOneDomain();
    void getUnknownDomainIsNotFound();
    void updateArchiveToSendsMultipartPut();

private:
    PracticeFixture m_fixture;
};

void TestDomainsApi::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDomainsApi::listsEachRegionsDomains_data()
{
    QTest::addColumn<Region>("region");
    QTest::newRow("us") << Region::Us;
    QTest::newRow("eu") << Region::Eu;
}

void TestDomainsApi::listsEachRegionsDomains()
{
    QFETCH(Region, region);
    DomainsApi domains(*m_fixture.client);
    Capture<QList<Domain>> listed;
    domains.list(region, {}, this, listed.callback());
    MRA_AWAIT_OK(listed);

    const QList<PracticeDomain>& seeded = m_fixture.account().region(practiceRegionOf(region)).domains;
    QCOMPARE(listed.value().size(), seeded.size());
    for (const Domain& domain : listed.value()) {
        const PracticeDomain* expected =
            m_fixture.account().findDomain(practiceRegionOf(region), domain.name);
        QVERIFY2(expected, qPrintable(domain.name));
        QCOMPARE(domain.id, expected->id);
        QCOMPARE(domain.state, expected->state);
        QCOMPARE(domain.smtpLogin, expected->smtpLogin());
        QCOMPARE(domain.archiveTo, expected->archiveTo);
        QCOMPARE(domain.isDisabled, expected->isDisabled);
        QVERIFY2(domain.createdAt.isValid(), "created_at is RFC 1123 and must parse");
        QCOMPARE(domain.createdAt.toSecsSinceEpoch(), expected->createdAt.toSecsSinceEpoch());
    }
    const PracticeRequestRecord* request = m_fixture.lastRequest("GET", u"/v4/domains"_s);
    QVERIFY(request);
    QVERIFY(request->hadAuthorization);
}

void TestDomainsApi::listFetchesEveryPage()
{
    m_fixture.account().addDomains(PracticeRegion::Us, 245, 1);
    const qsizetype expected = m_fixture.account().region(PracticeRegion::Us).domains.size();
    QCOMPARE(expected, qsizetype(248));

    DomainsApi domains(*m_fixture.client);
    domains.setPageSize(100);
    m_fixture.server->clearRequests();
    Capture<QList<Domain>> listed;
    domains.list(Region::Us, {}, this, listed.callback());
    MRA_AWAIT_OK(listed);

    QCOMPARE(listed.value().size(), expected);
    QSet<QString> names;
    for (const Domain& domain : listed.value())
        names.insert(domain.name);
    QCOMPARE(names.size(), expected);
    QCOMPARE(m_fixture.countRequests("GET", u"/v4/domains"_s), 3);
    QVERIFY(m_fixture.lastRequest("GET", u"/v4/domains"_s)->query.contains(u"skip=200"_s));
}

void TestDomainsApi::listFiltersByState()
{
    DomainsApi domains(*m_fixture.client);
    Capture<QList<Domain>> listed;
    domains.list(Region::Us, DomainFilter{u"unverified"_s, false}, this, listed.callback());
    MRA_AWAIT_OK(listed);
    QVERIFY(!listed.value().isEmpty());
    for (const Domain& domain : listed.value())
        QCOMPARE(domain.state, u"unverified"_s);
    QVERIFY(m_fixture.lastRequest("GET", u"/v4/domains"_s)->query.contains(u"state=unverified"_s));
}

void TestDomainsApi::getReadsOneDomain()
{
    const PracticeDomain& seeded = m_fixture.account().region(PracticeRegion::Eu).domains.constLast();
    QVERIFY(!seeded.archiveTo.isEmpty());
    DomainsApi domains(*m_fixture.client);
    Capture<Domain> got;
    domains.get(Region::Eu, seeded.name, this, got.callback());
    MRA_AWAIT_OK(got);
    QCOMPARE(got.value().name, seeded.name);
    QCOMPARE(got.value().archiveTo, seeded.archiveTo);
    QVERIFY(got.value().createdAt.isValid());
}

void TestDomainsApi::getUnknownDomainIsNotFound()
{
    DomainsApi domains(*m_fixture.client);
    Capture<Domain> got;
    // A US domain asked for in the EU: regions do not share domains.
    domains.get(Region::Eu, m_fixture.account().region(PracticeRegion::Us).domains.constFirst().name, this,
                got.callback());
    MRA_AWAIT(got);
    QCOMPARE(got.get().error.kind, ApiError::Kind::NotFound);
}

void TestDomainsApi::updateArchiveToSendsMultipartPut()
{
    const QString name = m_fixture.account().region(PracticeRegion::Eu).domains.constLast().name;
    DomainsApi domains(*m_fixture.client);
    const QString before = m_fixture.account().findDomain(PracticeRegion::Eu, name)->archiveTo;
    Capture<QString> cleared;
    domains.updateArchiveTo(Region::Eu, name, QString(), this, cleared.callback());
    MRA_AWAIT_OK(cleared);
    QCOMPARE(mediaType(m_fixture.lastRequest("PUT", u"/v4/domains/"_s)), QByteArray("multipart/form-data"));
    // Practice answers 200 to an empty archive_to and keeps what it had (docs/mailgun-behaviour.md, 8).
    QCOMPARE(m_fixture.account().findDomain(PracticeRegion::Eu, name)->archiveTo, before);

    Capture<QString> set;
    domains.updateArchiveTo(Region::Eu, name, u"https://archive.example.com/in"_s, this, set.callback());
    MRA_AWAIT_OK(set);
    QCOMPARE(m_fixture.account().findDomain(PracticeRegion::Eu, name)->archiveTo,
             u"https://archive.example.com/in"_s);

    Capture<QString> missing;
    domains.updateArchiveTo(Region::Eu, u"no-such.example.com"_s, QString(), this, missing.callback());
    MRA_AWAIT(missing);
    QCOMPARE(missing.get().error.kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestDomainsApi)
#include "tst_domainsapi.moc"
