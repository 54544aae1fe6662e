#include "ApiTestSupport.h"
#include "SessionPractice.h"
#include "mailgun/api/MailgunDates.h"
#include "mailgun/api/StatsApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestStatsApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void accountTotalsInBothRegions_data();
    void accountTotalsInBothRegions();
    void domainTotalsWithStartAndEnd();
    void domainTotalsOfUnknownDomainIsNotFound();
    void metricsSendsJsonAndReadsTimeByDomain_data();
    void metricsSendsJsonAndReadsTimeByDomain();
    void metricsBodyFiltersDomains();

private:
    PracticeFixture m_fixture;
};

void TestStatsApi::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStatsApi::accountTotalsInBothRegions_data()
{
    QTest::addColumn<Region>("region");
    QTest::newRow("us") << Region::Us;
    QTest::newRow("eu") << Region::Eu;
}

void TestStatsApi::accountTotalsInBothRegions()
{
    QFETCH(Region, region);
    StatsApi stats(*m_fixture.client);
    StatsQuery query;
    query.duration = u"3d"_s;
    query.resolution = u"hour"_s;
    Capture<StatsTotals> totals;
    stats.accountTotals(region, query, this, totals.callback());
    MRA_AWAIT_OK(totals);

    const PracticeRequestRecord* request = m_fixture.lastRequest("GET", u"/v3/stats/total"_s);
    QVERIFY(request);
    // event= is repeated, once per event.
    QCOMPARE(request->query.count(u"event="_s), 3);
    QVERIFY(request->query.contains(u"event=accepted"_s));
    QVERIFY(request->query.contains(u"event=failed"_s));
    QVERIFY(request->query.contains(u"resolution=hour"_s));
    QVERIFY(request->query.contains(u"duration=3d"_s));

    QCOMPARE(totals.value().resolution, u"hour"_s);
    QVERIFY(!totals.value().points.isEmpty());
    for (const StatsPoint& point : totals.value().points)
        QVERIFY2(point.time.isValid(), "stats times must parse");
    QVERIFY2(totals.value().acceptedTotal() > 0, "the seeded account sends mail in both regions");
}

void TestStatsApi::domainTotalsWithStartAndEnd()
{
    const QString domain = m_fixture.account().region(PracticeRegion::Us).domains.constLast().name;
    StatsApi stats(*m_fixture.client);
    StatsQuery query;
    query.end = QDateTime::currentDateTimeUtc();
    query.start = query.end.addDays(-2);
    Capture<StatsTotals> totals;
    stats.domainTotals(Region::Us, domain, query, this, totals.callback());
    MRA_AWAIT_OK(totals);
    const PracticeRequestRecord* request =
        m_fixture.lastRequest("GET", u"/v3/"_s + domain + u"/stats/total"_s);
    QVERIFY(request);
    QVERIFY2(request->query.contains(u"start="_s + MailgunDates::toRfc2822(query.start)),
             qPrintable(request->query));
    QVERIFY(totals.value().start.isValid());
    QVERIFY(!totals.value().points.isEmpty());
}

void TestStatsApi::domainTotalsOfUnknownDomainIsNotFound()
{
    StatsApi stats(*m_fixture.client);
    Capture<StatsTotals> totals;
    stats.domainTotals(Region::Eu, u"no-such.example.com"_s, StatsQuery{}, this, totals.callback());
    MRA_AWAIT(totals);
    QCOMPARE(totals.get().error.kind, ApiError::Kind::NotFound);
}

void TestStatsApi::metricsSendsJsonAndReadsTimeByDomain_data()
{
    QTest::addColumn<Region>("region");
    QTest::newRow("us") << Region::Us;
    QTest::newRow("eu") << Region::Eu;
}

void TestStatsApi::metricsSendsJsonAndReadsTimeByDomain()
{
    QFETCH(Region, region);
    StatsApi stats(*m_fixture.client);
    Capture<MetricsSeries> series;
    stats.metrics(region, MetricsQuery{}, this, series.callback());
    MRA_AWAIT_OK(series);

    const PracticeRequestRecord* request = m_fixture.lastRequest("POST", u"/v1/analytics/metrics"_s);
    QCOMPARE(mediaType(request), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request->body).object();
    QCOMPARE(body.value(u"dimensions"_s).toArray(), QJsonArray({u"time"_s, u"domain"_s}));
    QCOMPARE(body.value(u"resolution"_s).toString(), u"hour"_s);

    QVERIFY(!series.value().points.isEmpty());
    double accepted = 0;
    for (const MetricsPoint& point : series.value().points) {
        QVERIFY2(point.time.isValid(), "the time dimension must parse");
        QVERIFY2(m_fixture.account().findDomain(practiceRegionOf(region), point.domain),
                 qPrintable(point.domain));
        accepted += point.metric(u"accepted_outgoing_count"_s);
    }
    QVERIFY(accepted > 0);
    QCOMPARE(series.value().total, int(series.value().points.size()));
}

void TestStatsApi::metricsBodyFiltersDomains()
{
    MetricsQuery query;
    query.domains = {u"mg.example.com"_s};
    query.duration.clear();
    query.start = QDateTime(QDate(2026, 1, 23), QTime(10, 16), QTimeZone::utc());
    const QJsonObject body = StatsApi::metricsBody(query);
    QCOMPARE(body.value(u"start"_s).toString(), u"Fri, 23 Jan 2026 10:16:00 +0000"_s);
    QVERIFY(!body.contains(u"duration"_s));
    const QJsonObject condition = body.value(u"filter"_s)[u"AND"_s][0].toObject();
    QCOMPARE(condition.value(u"attribute"_s).toString(), u"domain"_s);
    QCOMPARE(condition.value(u"comparator"_s).toString(), u"="_s);
    QCOMPARE(condition.value(u"values"_s)[0][u"value"_s].toString(), u"mg.example.com"_s);
}

QTEST_GUILESS_MAIN(TestStatsApi)
#include "tst_statsapi.moc"
