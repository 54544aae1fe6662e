// Sending volume from POST /v1/analytics/metrics and its paging (docs/mailgun-behaviour.md,
// point 7): "pagination": {skip, limit} in the JSON body, limit at most 1000 (1500 when time is
// the only dimension), pages until a short page or pagination.total, a resolution Mailgun
// still keeps; the practice server enforces the caps and the default of 10 rows; the
// deprecated /v3/stats/total is asked only when the metrics cannot be read.
#include "ApiTestSupport.h"
#include "investigate/ReviewProblems.h"
#include "investigate/SendingVolume.h"
#include "investigate/VolumeLoader.h"
#include "mailgun/api/StatsApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QJsonObject bodyOf(const PracticeRequestRecord& record)
{
    return QJsonDocument::fromJson(record.body).object();
}

QList<PracticeRequestRecord> requestsTo(const PracticeServer& server, const QByteArray& method,
                                        const QString& path)
{
    QList<PracticeRequestRecord> found;
    for (const PracticeRequestRecord& record : server.requests()) {
        if (record.method == method && record.path == path)
            found.append(record);
    }
    return found;
}

} // namespace

class TestMetricsPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void bodyAsksForTheLargestPageAllowed();
    void resolutionStaysWithinRetention();
    void pagesUntilEveryRowIsIn();
    void practiceEnforcesTheCapsAndTheDefault();
    void volumeComesFromTheMetrics();
    void volumeFallsBackToTheStatsTotals();

private:
    // The raw answer of the practice server to one metrics body.
    ApiResponse post(const QJsonObject& body);

    PracticeFixture m_fixture;
};

void TestMetricsPaging::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

ApiResponse TestMetricsPaging::post(const QJsonObject& body)
{
    std::optional<ApiResponse> answer;
    m_fixture.client->send(ApiRequest::postJson(Region::Us, u"/v1/analytics/metrics"_s, body), this,
                           [&](const ApiResponse& response) { answer = response; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return {};
    return *answer;
}

void TestMetricsPaging::bodyAsksForTheLargestPageAllowed()
{
    MetricsQuery byDomain; // time and domain
    QCOMPARE(StatsApi::metricsBody(byDomain).value(u"pagination"_s).toObject(),
             QJsonObject({{u"skip"_s, 0}, {u"limit"_s, 1000}}));
    MetricsQuery timeOnly;
    timeOnly.dimensions = {u"time"_s};
    QCOMPARE(StatsApi::metricsBody(timeOnly, 3000).value(u"pagination"_s).toObject(),
             QJsonObject({{u"skip"_s, 3000}, {u"limit"_s, 1500}}));
    timeOnly.pageLimit = 2000; // more than Mailgun allows: the cap instead
    QCOMPARE(StatsApi::metricsBody(timeOnly).value(u"pagination"_s)[u"limit"_s].toInt(), 1500);
    byDomain.pageLimit = 25;
    QCOMPARE(StatsApi::metricsBody(byDomain).value(u"pagination"_s)[u"limit"_s].toInt(), 25);
}

void TestMetricsPaging::resolutionStaysWithinRetention()
{
    const QDateTime now(QDate(2026, 6, 30), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(MetricsQuery::resolutionWithinRetention(u"hour"_s, now.addDays(-60), now), u"hour"_s);
    QCOMPARE(MetricsQuery::resolutionWithinRetention(u"hour"_s, now.addDays(-61), now), u"day"_s);
    QCOMPARE(MetricsQuery::resolutionWithinRetention(u"day"_s, now.addDays(-365), now), u"day"_s);
    QCOMPARE(MetricsQuery::resolutionWithinRetention(u"hour"_s, now.addDays(-400), now), u"month"_s);
    QCOMPARE(MetricsQuery::resolutionWithinRetention(u"month"_s, now.addDays(-4000), now), u"month"_s);
}

void TestMetricsPaging::pagesUntilEveryRowIsIn()
{
    MetricsQuery query; // hour by hour and domain by domain, the last two days
    query.pageLimit = 7;
    // The oracle: what the server says it holds for the same query in one large page.
    const ApiResponse whole = post(StatsApi::metricsBody(MetricsQuery{}));
    QCOMPARE(whole.httpStatus, 200);
    const int total = whole.object().value(u"pagination"_s)[u"total"_s].toInt();
    QVERIFY2(total > 20, "the seeded traffic gives many rows");
    m_fixture.server->clearRequests();

    Capture<MetricsSeries> series;
    StatsApi(*m_fixture.client).metrics(Region::Us, query, this, series.callback());
    MRA_AWAIT_OK(series);
    QCOMPARE(int(series.value().points.size()), total);
    const QList<PracticeRequestRecord> pages =
        requestsTo(*m_fixture.server, "POST", u"/v1/analytics/metrics"_s);
    QCOMPARE(int(pages.size()), (total + 6) / 7);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject pagination = bodyOf(pages.at(i)).value(u"pagination"_s).toObject();
        QCOMPARE(pagination.value(u"skip"_s).toInt(), int(i) * 7);
        QCOMPARE(pagination.value(u"limit"_s).toInt(), 7);
    }
}

void TestMetricsPaging::practiceEnforcesTheCapsAndTheDefault()
{
    QJsonObject body = StatsApi::metricsBody(MetricsQuery{});
    body.remove(u"pagination"_s);
    const ApiResponse byDefault = post(body);
    QCOMPARE(byDefault.httpStatus, 200);
    QCOMPARE(byDefault.object().value(u"items"_s).toArray().size(), 10);
    QCOMPARE(byDefault.object().value(u"pagination"_s)[u"limit"_s].toInt(), 10);
    QVERIFY(byDefault.object().value(u"pagination"_s)[u"total"_s].toInt() > 10);

    body.insert(u"pagination"_s, QJsonObject{{u"skip"_s, 0}, {u"limit"_s, 1001}});
    QCOMPARE(post(body).httpStatus, 400);
    body.insert(u"pagination"_s, QJsonObject{{u"skip"_s, 0}, {u"limit"_s, 1000}});
    QCOMPARE(post(body).httpStatus, 200);

    body.insert(u"dimensions"_s, QJsonArray{u"time"_s});
    body.insert(u"pagination"_s, QJsonObject{{u"skip"_s, 0}, {u"limit"_s, 1500}});
    QCOMPARE(post(body).httpStatus, 200);
    body.insert(u"pagination"_s, QJsonObject{{u"skip"_s, 0}, {u"limit"_s, 1501}});
    QCOMPARE(post(body).httpStatus, 400);
    body.remove(u"pagination"_s);
    const ApiResponse timeOnly = post(body);
    QCOMPARE(timeOnly.object().value(u"pagination"_s)[u"limit"_s].toInt(), 1500);
}

void TestMetricsPaging::volumeComesFromTheMetrics()
{
    SendingVolume volume;
    ReviewProblems problems;
    VolumeLoader loader(m_fixture.client.get(), &volume, &problems);
    bool finished = false;
    loader.start(
        m_fixture.account().seededAt(), [] {}, [&] { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(problems.sentences().isEmpty(), qPrintable(problems.sentences().join(u'\n')));
    QCOMPARE(volume.days.size(), 30);
    QVERIFY(volume.hasSpike()); // the seeded account's spike
    QVERIFY(requestsTo(*m_fixture.server, "GET", u"/v3/stats/total"_s).isEmpty());
    const QList<PracticeRequestRecord> asked =
        requestsTo(*m_fixture.server, "POST", u"/v1/analytics/metrics"_s);
    QCOMPARE(asked.size(), 4); // daily, then hourly over the spike, in each region
    QCOMPARE(bodyOf(asked.first()).value(u"dimensions"_s).toArray(), QJsonArray{u"time"_s});
    QCOMPARE(bodyOf(asked.first()).value(u"resolution"_s).toString(), u"day"_s);
    QCOMPARE(bodyOf(asked.last()).value(u"resolution"_s).toString(), u"hour"_s);
}

void TestMetricsPaging::volumeFallsBackToTheStatsTotals()
{
    PracticeFault noMetrics;
    noMetrics.kind = PracticeFault::Kind::ServerError;
    noMetrics.status = 404;
    noMetrics.method = "POST";
    noMetrics.path = QRegularExpression(u"^/v1/analytics/metrics$"_s);
    noMetrics.times = 100;
    m_fixture.server->addFault(noMetrics);
    SendingVolume volume;
    ReviewProblems problems;
    VolumeLoader loader(m_fixture.client.get(), &volume, &problems);
    bool finished = false;
    loader.start(
        m_fixture.account().seededAt(), [] {}, [&] { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(problems.sentences().isEmpty(), qPrintable(problems.sentences().join(u'\n')));
    QCOMPARE(volume.days.size(), 30);
    QVERIFY(volume.hasSpike());
    QCOMPARE(requestsTo(*m_fixture.server, "GET", u"/v3/stats/total"_s).size(), 4);
}

QTEST_GUILESS_MAIN(TestMetricsPaging)
#include "tst_metricspaging.moc"
