// The rules behind step 1's account review, without a server: spotting a sending spike in
// flat, noisy and silent months and finding its first hour, telling catch-all and forwarding
// routes, the company's own hosts, and naming the keys and addresses that sent most. The
// review against the practice server is tested in tst_accountreview.cpp.
#include "AccountReviewFixture.h"
#include "investigate/AccountReview.h"
#include "investigate/RegistrableDomain.h"
#include "investigate/RouteForwarding.h"
#include "investigate/SendAttribution.h"
#include "investigate/SendingVolume.h"
#include "investigate/SpikeDetector.h"
#include "investigate/WebhookHostCheck.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

StatsTotals dailyTotals(const QList<qint64>& counts, const QDate& firstDay = QDate(2026, 11, 1))
{
    StatsTotals totals;
    totals.resolution = u"day"_s;
    for (int i = 0; i < counts.size(); ++i) {
        StatsPoint point;
        point.time = QDateTime(firstDay.addDays(i), QTime(0, 0), QTimeZone::utc());
        point.acceptedOutgoing = counts.at(i);
        point.acceptedTotal = counts.at(i);
        totals.points.append(point);
    }
    return totals;
}

StatsTotals hourlyTotals(const QDateTime& start, const QList<qint64>& counts)
{
    StatsTotals totals;
    totals.resolution = u"hour"_s;
    for (int i = 0; i < counts.size(); ++i) {
        StatsPoint point;
        point.time = start.addSecs(3600LL * i);
        point.acceptedOutgoing = counts.at(i);
        totals.points.append(point);
    }
    return totals;
}

} // namespace

class TestReviewRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void spikeDetectionFlat();
    void spikeDetectionOneSpike();
    void spikeDetectionNoisy();
    void spikeDetectionZeroTraffic();
    void spikeStartToTheHour();
    void catchAllAndForwardTargets();
    void ownHosts();
    void sendAttributionNamesKeysAndAddresses();
    void sendAttributionIgnoresTheRequestor();
};

void TestReviewRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewRules::spikeDetectionFlat()
{
    const SendingVolume volume = SendingVolume::fromTotals(dailyTotals(QList<qint64>(30, 1000)), {});
    QCOMPARE(volume.days.size(), 30);
    QVERIFY(!volume.hasSpike());
    QCOMPARE(volume.typicalPerDay, 1000.0);
    QVERIFY(!volume.spikeStart.isValid());
}

void TestReviewRules::spikeDetectionOneSpike()
{
    QList<qint64> us(30, 800);
    QList<qint64> eu(30, 200);
    us[27] = 900;   // the evening the abuse began: a little raised
    eu[27] = 900;   // together 1800, above 1.5x the 1000 baseline
    us[28] = 20000; // the full days
    us[29] = 15000;
    const SendingVolume volume = SendingVolume::fromTotals(dailyTotals(us), dailyTotals(eu));
    QVERIFY(volume.hasSpike());
    QCOMPARE(volume.typicalPerDay, 1000.0);
    QCOMPARE(volume.spikeFirst, 27);
    QCOMPARE(volume.spikeLast, 29);
    QCOMPARE(volume.peakDay(), 28);
    QCOMPARE(volume.days.at(28).total(), 20200);
    QCOMPARE(volume.spikeStart, volume.days.at(27).time);
    QCOMPARE(volume.spikeTotal(), 1800 + 20200 + 15200);

    // A spike in the middle of the month, followed by normal days again.
    QList<qint64> middle(30, 500);
    middle[10] = 9000;
    const SendingVolume past = SendingVolume::fromTotals(dailyTotals(middle), {});
    QCOMPARE(past.spikeFirst, 10);
    QCOMPARE(past.spikeLast, 10);
}

void TestReviewRules::spikeDetectionNoisy()
{
    // Weekdays and weekends differ a lot; no day is a spike.
    QList<qint64> noisy;
    for (int i = 0; i < 30; ++i)
        noisy.append((i % 7 == 5 || i % 7 == 6) ? 300 + 37 * (i % 3) : 1400 + 113 * (i % 5));
    const SendingVolume calm = SendingVolume::fromTotals(dailyTotals(noisy), {});
    QVERIFY2(!calm.hasSpike(), qPrintable(QString::number(calm.spikeFirst)));
    // The same noise with one day of abuse on top.
    noisy[20] += 12000;
    const SendingVolume abused = SendingVolume::fromTotals(dailyTotals(noisy), {});
    QVERIFY(abused.hasSpike());
    QCOMPARE(abused.spikeFirst, 20);
    QCOMPARE(abused.spikeLast, 20);
    QVERIFY(abused.typicalPerDay > 1000 && abused.typicalPerDay < 1700);
}

void TestReviewRules::spikeDetectionZeroTraffic()
{
    const SendingVolume none =
        SendingVolume::fromTotals(dailyTotals(QList<qint64>(30, 0)), dailyTotals(QList<qint64>(30, 0)));
    QCOMPARE(none.days.size(), 30);
    QVERIFY(!none.hasSpike());
    QCOMPARE(none.typicalPerDay, 0.0);
    const SendingVolume empty = SendingVolume::fromTotals({}, {});
    QVERIFY(empty.days.isEmpty());
    QVERIFY(!empty.hasSpike());
    // A handful of test messages on a silent account is no spike; thousands are.
    QList<qint64> few(30, 0);
    few[29] = 12;
    QVERIFY(!SendingVolume::fromTotals(dailyTotals(few), {}).hasSpike());
    few[29] = 5000;
    QCOMPARE(SendingVolume::fromTotals(dailyTotals(few), {}).spikeFirst, 29);
}

void TestReviewRules::spikeStartToTheHour()
{
    QList<qint64> days(30, 2400); // 100 an hour
    days[28] = 30000;
    days[29] = 60000;
    SendingVolume volume = SendingVolume::fromTotals(dailyTotals(days), {});
    QCOMPARE(volume.spikeFirst, 28);
    const QDateTime dayBefore = volume.days.at(27).time;
    QList<qint64> hours;
    for (int h = 0; h < 72; ++h)
        hours.append(h < 24 + 14 ? 100 + (h % 12 == 0 ? 150 : 0) : 2500); // busy hours stay below 3x
    volume.refineSpikeStart(hourlyTotals(dayBefore, hours), {});
    QCOMPARE(volume.spikeStart, dayBefore.addSecs((24 + 14) * 3600));
    // No hour stands out: the day stays the answer.
    SendingVolume flat = SendingVolume::fromTotals(dailyTotals(days), {});
    flat.refineSpikeStart(hourlyTotals(dayBefore, QList<qint64>(72, 100)), {});
    QCOMPARE(flat.spikeStart, flat.days.at(28).time);
    // The JSON the command prints.
    const QJsonObject json = volume.toJson();
    QCOMPARE(json.value(u"days"_s).toArray().size(), 30);
    QCOMPARE(json.value(u"spike_first_day"_s).toString(),
             volume.days.at(28).time.date().toString(Qt::ISODate));
    QCOMPARE(json.value(u"spike_start"_s).toString(), volume.spikeStart.toString(Qt::ISODate));
    QCOMPARE(json.value(u"typical_per_day"_s).toDouble(), 2400.0);
    QVERIFY(SendingVolume().toJson().value(u"spike_start"_s).isNull());
}

void TestReviewRules::catchAllAndForwardTargets()
{
    QVERIFY(RouteForwarding::isCatchAll(u"catch_all()"_s));
    QVERIFY(RouteForwarding::isCatchAll(u"match_recipient(\".*@example.com\")"_s));
    QVERIFY(RouteForwarding::isCatchAll(u"match_recipient('^.+@example.com$')"_s));
    QVERIFY(RouteForwarding::isCatchAll(u"match_recipient(\".*\")"_s));
    QVERIFY(RouteForwarding::isCatchAll(u"match_header(\"subject\", \".*\")"_s));
    QVERIFY(!RouteForwarding::isCatchAll(u"match_recipient(\"support@example.com\")"_s));
    QVERIFY(!RouteForwarding::isCatchAll(u"match_recipient(\"sales-.*@example.com\")"_s));
    QVERIFY(!RouteForwarding::isCatchAll(u"match_header(\"subject\", \"invoice.*\")"_s));

    QCOMPARE(RouteForwarding::targetsOf(u"forward(\"a@b.example\")"_s), QStringList{u"a@b.example"_s});
    QCOMPARE(RouteForwarding::targetsOf(u"store(notify=\"https://x.example/hook\")"_s),
             QStringList{u"https://x.example/hook"_s});
    QVERIFY(RouteForwarding::targetsOf(u"stop()"_s).isEmpty());

    const WebhookHostCheck own({u"mg.example.com"_s});
    Route route;
    route.expression = u"match_recipient(\"info@mg.example.com\")"_s;
    route.actions = {u"forward(\"team@example.com\")"_s, u"forward(\"https://helpdesk.example.com/in\")"_s,
                     u"stop()"_s};
    QVERIFY(!RouteForwarding::of(route, own).forwardsOutside());
    route.actions.append(u"forward(\"thief@example.net\")"_s);
    const RouteForwarding outside = RouteForwarding::of(route, own);
    QCOMPARE(outside.outsideTargets, QStringList{u"thief@example.net"_s});
    QCOMPARE(outside.targets.size(), 3);
}

void TestReviewRules::ownHosts()
{
    QCOMPARE(RegistrableDomain::of(u"hooks.mg.northwind-outfitters.com"_s), u"northwind-outfitters.com"_s);
    QCOMPARE(RegistrableDomain::of(u"mail.example.co.uk"_s), u"example.co.uk"_s);
    QCOMPARE(RegistrableDomain::of(u"EXAMPLE.COM."_s), u"example.com"_s);
    QVERIFY(RegistrableDomain::of(u"192.0.2.1"_s).isEmpty());
    QVERIFY(RegistrableDomain::of(u"localhost"_s).isEmpty());

    const WebhookHostCheck own({u"mg."_s + company, u"mg.northwind-outfitters.de"_s});
    QCOMPARE(own.registrableNames(), (QStringList{company, u"northwind-outfitters.de"_s}));
    QVERIFY(own.isOwn(u"https://hooks."_s + company + u"/mailgun"_s));
    QVERIFY(own.isOwn(u"https://northwind-outfitters.de/x"_s));
    QVERIFY(own.isOwn(u"Dana <dana@"_s + company + u">"_s));
    QVERIFY(!own.isOwn(u"https://mg-events-relay.example.org/collect"_s));
    QVERIFY(!own.isOwn(u"https://northwind-outfitters.com.evil.example/x"_s));
    QVERIFY(!own.isOwn(u"https://evilnorthwind-outfitters.com/x"_s));
    QVERIFY(!own.isOwn(u"https://192.0.2.1/x"_s));
    QVERIFY(!own.isOwn(u"not a url"_s));
    QVERIFY(!WebhookHostCheck().isOwn(u"https://hooks."_s + company));
}

void TestReviewRules::sendAttributionNamesKeysAndAddresses()
{
    AccountInventory inventory;
    inventory.keysRead = true;
    inventory.usersRead = true;
    ReviewContext context;
    context.now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
    context.incidentStart = context.now.addDays(-14);
    QList<LogEvent> events;
    for (int i = 0; i < 10; ++i) {
        LogEvent event;
        event.method = i < 8 ? u"http"_s : u"smtp"_s;
        event.apiKeyId = i < 7 ? u"deadbeef-00000001"_s : (i < 8 ? u"cafe0000-00000002"_s : QString());
        event.sender = i >= 8 ? u"mailer@mg.example.com"_s : QString();
        event.originatingIp = i < 6 ? u"203.0.113.9"_s : u"198.51.100.4"_s;
        events.append(event);
    }
    SendAttribution attribution;
    attribution.add(events);
    attribution.sort();
    QCOMPARE(attribution.sampled, 10);
    QCOMPARE(attribution.viaApi, 8);
    QCOMPARE(attribution.viaSmtp, 2);
    QCOMPARE(attribution.byKey.constFirst().id, u"deadbeef-00000001"_s);
    QCOMPARE(attribution.byKey.constFirst().count, 7);
    const QList<AccountFinding> findings = attribution.findings(inventory, context);
    QCOMPARE(findings.size(), 2); // the key and the address; two SMTP sends are not "most"
    QCOMPARE(findings.at(0).kindId, u"sends-by-key"_s);
    QVERIFY(findings.at(0).title.contains(u"a key that no longer exists"_s));
    QCOMPARE(findings.at(0).severity, u"critical"_s);
    QCOMPARE(findings.at(1).kindId, u"sends-from-ip"_s);
    QCOMPARE(findings.at(1).objectId, u"203.0.113.9"_s);
    QVERIFY(SendAttribution().findings(inventory, context).isEmpty());
}

// The requestor of a key is written by whoever made it, so a stranger's address there does
// not make an old key's sends critical, and a colleague's does not make a new key's harmless.
void TestReviewRules::sendAttributionIgnoresTheRequestor()
{
    AccountInventory inventory;
    inventory.keysRead = true;
    inventory.usersRead = true;
    AccountUser dana;
    dana.email = u"dana@example.com"_s;
    inventory.users = {dana};
    ReviewContext context;
    context.now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
    context.incidentStart = context.now.addDays(-2);
    KeyInfo old;
    old.id = u"0ld0ld00-00000001"_s;
    old.kind = u"user"_s;
    old.role = u"admin"_s;
    old.createdAt = QDateTime(QDate(2025, 1, 10), QTime(9, 0), QTimeZone::utc());
    old.requestor = u"stranger@proton.me"_s;
    KeyInfo fresh = old;
    fresh.id = u"f4e54000-00000002"_s;
    fresh.createdAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    fresh.requestor = u"dana@example.com"_s;
    inventory.keys = {old, fresh};
    for (const auto& [keyId, severity] :
         {std::pair{u"0ld0ld00-00000001"_s, u"high"_s}, std::pair{u"f4e54000-00000002"_s, u"critical"_s}}) {
        LogEvent event;
        event.method = u"http"_s;
        event.apiKeyId = keyId;
        SendAttribution attribution;
        attribution.add({event, event, event});
        attribution.sort();
        const QList<AccountFinding> findings = attribution.findings(inventory, context);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).kindId, u"sends-by-key"_s);
        QCOMPARE(findings.at(0).severity, severity);
    }
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
