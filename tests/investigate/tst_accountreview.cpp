// Step 1's account review against the practice server: every suspicious thing the seed
// planted is found in the right region with the right kind, the things that are fine are
// not, the incident start decides what is recent, the sending spike and its first hour are
// found, parts a key may not read become problems without stopping the rest, faults are
// survived, and the `audit` command's output and exit codes.
#include "FastPracticeClient.h"
#include "SessionPractice.h"
#include "cli/AuditCommand.h"
#include "cli/CommandLineApp.h"
#include "cli/CommandLineOptions.h"
#include "investigate/AccountReview.h"
#include "investigate/RegistrableDomain.h"
#include "investigate/RouteForwarding.h"
#include "investigate/SendAttribution.h"
#include "investigate/SendingVolume.h"
#include "investigate/SpikeDetector.h"
#include "investigate/WebhookHostCheck.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "mailgun/KeyFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString company = u"northwind-outfitters.com"_s;

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

class TestAccountReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findsEverySeededSuspiciousThing();
    void doesNotReportWhatIsFine();
    void incidentStartMovesWhatCountsAsRecent();
    void findsTheSpikeAndItsFirstHour();
    void newOutsideAccountWebhookAndForwardingRoute();
    void progressIsDeterminate();

    void spikeDetectionFlat();
    void spikeDetectionOneSpike();
    void spikeDetectionNoisy();
    void spikeDetectionZeroTraffic();
    void spikeStartToTheHour();
    void catchAllAndForwardTargets();
    void ownHosts();
    void sendAttributionNamesKeysAndAddresses();

    void developerKeyListsProblemsAndReviewsTheRest();
    void sendingKeyReadsNothing();
    void rateLimitAndDroppedConnectionStillComplete();

    void auditCommandResultJson();
    void auditCommandExitCodes();

private:
    bool run(AccountReview* review, const QDateTime& incidentStart);
    AccountReview* makeReview();
    QDateTime seededAt() { return m_server->account().seededAt(); }
    QString keyId(const QString& label) { return KeyFormat::keyIdOf(account().seededSecret(label)); }
    PracticeAccount& account() { return m_server->account(); }
    static QList<AccountFinding> ofKind(const AccountReview* review, const QString& kind);
    static const AccountFinding* byObject(const AccountReview* review, const QString& objectId);
    int runAudit(CommandLineOptions options);

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
};

void TestAccountReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountReview::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server, 3);
}

void TestAccountReview::cleanup()
{
    delete m_client;
    delete m_server;
}

AccountReview* TestAccountReview::makeReview()
{
    auto* review = new AccountReview(m_client, this);
    review->setNow(account().now());
    return review;
}

bool TestAccountReview::run(AccountReview* review, const QDateTime& incidentStart)
{
    QSignalSpy finished(review, &AccountReview::finished);
    review->start(incidentStart, KeyFormat::keyIdOf(m_server->practiceKey()));
    if (!review->isRunning())
        return false;
    review->start(incidentStart.addDays(-100), {}); // ignored while running
    return finished.wait(30000) && finished.size() == 1 && !review->isRunning();
}

QList<AccountFinding> TestAccountReview::ofKind(const AccountReview* review, const QString& kind)
{
    QList<AccountFinding> found;
    for (const AccountFinding& finding : review->findings()) {
        if (finding.kindId == kind)
            found.append(finding);
    }
    return found;
}

const AccountFinding* TestAccountReview::byObject(const AccountReview* review, const QString& objectId)
{
    for (const AccountFinding& finding : review->findings()) {
        if (finding.objectId == objectId)
            return &finding;
    }
    return nullptr;
}

void TestAccountReview::findsEverySeededSuspiciousThing()
{
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-14)));
    QVERIFY2(review->problems().isEmpty(), qPrintable(review->problems().join(u'\n')));
    QVERIFY(!review->nothingRead());

    // The intruder's key: requested by someone who is no user, 31 hours ago.
    const QList<AccountFinding> keys = ofKind(review, u"unknown-requestor-key"_s);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.constFirst().keyId, keyId(u"attacker"_s));
    QCOMPARE(keys.constFirst().objectId, keyId(u"attacker"_s));
    QCOMPARE(keys.constFirst().severity, u"critical"_s);
    QVERIFY(keys.constFirst().title.contains(u"mailops.backup@proton.me"_s));
    QVERIFY(keys.constFirst().detail.contains(u"31 hours ago"_s));
    QVERIFY(!keys.constFirst().inUse);
    QCOMPARE(review->suspiciousKeyIds(), QSet<QString>{keyId(u"attacker"_s)});

    // The key in use is marked.
    const QList<AccountFinding> inUse = ofKind(review, u"key-in-use"_s);
    QCOMPARE(inUse.size(), 1);
    QVERIFY(inUse.constFirst().inUse);
    QCOMPARE(inUse.constFirst().keyId, keyId(u"admin-leaked"_s));
    QCOMPARE(inUse.constFirst().severity, u"info"_s);
    QCOMPARE(inUse.constFirst().record().match, u"in-use"_s);

    const QList<AccountFinding> logins = ofKind(review, u"recent-smtp-login"_s);
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.constFirst().objectId, u"mailer-7731@mg."_s + company);
    QCOMPARE(logins.constFirst().region, Region::Us);
    QVERIFY(logins.constFirst().createdAt.isValid());

    const QList<AccountFinding> catchAll = ofKind(review, u"catch-all-route"_s);
    QCOMPARE(catchAll.size(), 1);
    QCOMPARE(catchAll.constFirst().region, Region::Us);
    QCOMPARE(catchAll.constFirst().severity, u"critical"_s);
    QVERIFY(catchAll.constFirst().title.contains(u"mailbox-sync@inbox-backup.example.net"_s));
    QVERIFY(catchAll.constFirst().detail.contains(u"A route is a rule"_s));

    const QList<AccountFinding> hooks = ofKind(review, u"unknown-webhook"_s);
    QCOMPARE(hooks.size(), 1);
    QCOMPARE(hooks.constFirst().objectId, u"https://mg-events-relay.example.org/collect"_s);
    QCOMPARE(hooks.constFirst().region, Region::Us);
    QVERIFY(hooks.constFirst().detail.contains(u"opened"_s));

    const QList<AccountFinding> archives = ofKind(review, u"archive-to"_s);
    QCOMPARE(archives.size(), 1);
    QCOMPARE(archives.constFirst().objectId, u"eu."_s + company);
    QCOMPARE(archives.constFirst().region, Region::Eu);
    QCOMPARE(archives.constFirst().severity, u"critical"_s);

    const QList<AccountFinding> subs = ofKind(review, u"subaccount"_s);
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.constFirst().severity, u"high"_s);
    QCOMPARE(subs.constFirst().objectId, account().subaccounts().constFirst().id);

    const QList<AccountFinding> allowlist = ofKind(review, u"ip-allowlist"_s);
    QCOMPARE(allowlist.size(), 1);
    QCOMPARE(allowlist.constFirst().severity, u"info"_s);
    QVERIFY(allowlist.constFirst().advice.contains(u"Consider"_s));

    const QList<AccountFinding> spike = ofKind(review, u"sending-spike"_s);
    QCOMPARE(spike.size(), 1);
    QVERIFY2(spike.constFirst().title.startsWith(u"Sending jumped to "_s),
             qPrintable(spike.constFirst().title));
    QVERIFY(spike.constFirst().title.contains(u"normally about"_s));

    // The spike's sends, from the logs: most went out with the intruder's key.
    const QList<AccountFinding> byKey = ofKind(review, u"sends-by-key"_s);
    QCOMPARE(byKey.size(), 1);
    QCOMPARE(byKey.constFirst().keyId, keyId(u"attacker"_s));
    QVERIFY2(byKey.constFirst().title.contains(u"created 31 hours ago by mailops.backup@proton.me"_s),
             qPrintable(byKey.constFirst().title));
    QVERIFY(review->attribution().viaApi > 0 && review->attribution().viaSmtp > 0);
    QCOMPARE(review->attribution().byKey.constFirst().id, keyId(u"attacker"_s));

    // Most severe first.
    const QList<AccountFinding>& all = review->findings();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(AccountFinding::severityRank(all.at(i - 1).severity) >=
                AccountFinding::severityRank(all.at(i).severity));
    QCOMPARE(all.constFirst().severity, u"critical"_s);
    for (const AccountFinding& finding : all) {
        QVERIFY(!finding.title.isEmpty());
        QVERIFY(!finding.advice.isEmpty());
        QCOMPARE(finding.record().source, u"account"_s);
    }
}

void TestAccountReview::doesNotReportWhatIsFine()
{
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-14)));
    // Old keys made by the account's users, the disabled and expired ones, the sending key.
    for (const QString& label : {u"developer"_s, u"basic"_s, u"sending"_s, u"disabled"_s, u"expired"_s})
        QVERIFY2(!byObject(review, keyId(label)), qPrintable(label));
    // The leaked key is only marked as the one in use.
    QCOMPARE(byObject(review, keyId(u"admin-leaked"_s))->kindId, u"key-in-use"_s);
    // The helpdesk route forwards to the company's own host; old SMTP logins; own webhooks.
    QVERIFY(ofKind(review, u"forwarding-route"_s).isEmpty());
    QVERIFY(ofKind(review, u"unknown-account-webhook"_s).isEmpty());
    for (const AccountFinding& finding : review->findings()) {
        QVERIFY2(!finding.objectId.contains(u"hooks."_s + company), qPrintable(finding.objectId));
        QVERIFY(!finding.title.contains(u"helpdesk"_s));
        QVERIFY(!finding.objectId.startsWith(u"shop@"_s));
        QVERIFY(!finding.objectId.startsWith(u"postmaster@"_s));
    }
    // The web key is a Control Panel sign-in by the owner: a low note, never a key to delete.
    const QList<AccountFinding> sessions = ofKind(review, u"recent-login-session"_s);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().severity, u"low"_s);
    QVERIFY(!review->suspiciousKeyIds().contains(keyId(u"web"_s)));
}

void TestAccountReview::incidentStartMovesWhatCountsAsRecent()
{
    AccountReview* review = makeReview();
    // Two hours ago: nothing the intruder made counts as recent any more.
    QVERIFY(run(review, seededAt().addSecs(-2 * 3600)));
    QCOMPARE(ofKind(review, u"unknown-requestor-key"_s).constFirst().severity, u"high"_s);
    QVERIFY(ofKind(review, u"recent-smtp-login"_s).isEmpty());
    QCOMPARE(ofKind(review, u"catch-all-route"_s).constFirst().severity, u"high"_s);
    QCOMPARE(ofKind(review, u"subaccount"_s).constFirst().severity, u"info"_s);
    QVERIFY(ofKind(review, u"recent-login-session"_s).isEmpty());
    QCOMPARE(review->suspiciousKeyIds(), QSet<QString>{keyId(u"attacker"_s)}); // unknown requestor still

    // 30.5 hours ago: the route (30 h) and the login (29 h) are recent, the key (31 h) is not.
    QVERIFY(run(review, seededAt().addSecs(-30 * 3600 - 1800)));
    QCOMPARE(ofKind(review, u"unknown-requestor-key"_s).constFirst().severity, u"high"_s);
    QCOMPARE(ofKind(review, u"recent-smtp-login"_s).size(), 1);
    QCOMPARE(ofKind(review, u"catch-all-route"_s).constFirst().severity, u"critical"_s);
    QCOMPARE(ofKind(review, u"subaccount"_s).constFirst().severity, u"high"_s);

    // A year ago: the developer's key (300 days) is recent, though made by a user.
    QVERIFY(run(review, seededAt().addDays(-365)));
    const QList<AccountFinding> recent = ofKind(review, u"recent-key"_s);
    QStringList ids;
    for (const AccountFinding& finding : recent)
        ids.append(finding.keyId);
    QVERIFY(ids.contains(keyId(u"developer"_s)));
    QVERIFY(ids.contains(keyId(u"basic"_s)));
    QVERIFY(ids.contains(keyId(u"sending"_s)));
    QVERIFY(!ids.contains(keyId(u"disabled"_s))); // cannot be used
    QVERIFY(review->suspiciousKeyIds().contains(keyId(u"developer"_s)));
}

void TestAccountReview::findsTheSpikeAndItsFirstHour()
{
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-14)));
    const SendingVolume& volume = review->volume();
    QCOMPARE(volume.days.size(), 30);
    QVERIFY(volume.hasSpike());
    const QDateTime spikeBegan = seededAt().addSecs(-40 * 3600);
    const QDate firstDay = volume.days.at(volume.spikeFirst).time.date();
    QCOMPARE(firstDay, spikeBegan.toUTC().date());
    QCOMPARE(volume.days.at(volume.spikeLast).time.date(), seededAt().toUTC().date());
    QCOMPARE(volume.spikeLast, 29);
    QVERIFY(volume.spikeStart.isValid());
    QVERIFY2(
        qAbs(volume.spikeStart.secsTo(spikeBegan)) <= 2 * 3600,
        qPrintable(volume.spikeStart.toString(Qt::ISODate) + u" vs "_s + spikeBegan.toString(Qt::ISODate)));
    // Before the spike both regions send every day; the baseline is a normal day's total.
    for (int i = 0; i < volume.spikeFirst; ++i) {
        QVERIFY(volume.days.at(i).us > 0);
        QVERIFY(volume.days.at(i).eu > 0);
        QVERIFY(volume.days.at(i).total() < 3 * volume.typicalPerDay);
    }
    QVERIFY(volume.typicalPerDay > 500 && volume.typicalPerDay < 5000);
    QVERIFY(volume.spikeTotal(true) > 0 && volume.spikeTotal(false) > volume.spikeTotal(true));
    const AccountFinding spike = ofKind(review, u"sending-spike"_s).constFirst();
    QCOMPARE(spike.createdAt, volume.spikeStart);
    QCOMPARE(spike.region, Region::Us);
}

void TestAccountReview::newOutsideAccountWebhookAndForwardingRoute()
{
    const QDateTime now = account().now();
    PracticeAccountWebhook hook;
    hook.id = u"wh-outside"_s;
    hook.url = u"https://collector.evil.example/in"_s;
    hook.eventTypes = {u"delivered"_s};
    hook.createdAt = now.addSecs(-5 * 3600);
    account().region(PracticeRegion::Eu).accountWebhooks.append(hook);
    PracticeRoute route;
    route.id = u"route-outside"_s;
    route.expression = u"match_recipient(\"ceo@"_s + company + u"\")"_s;
    route.actions = {u"forward(\"copy@mailbox.example.net\")"_s,
                     u"store(notify=\"https://hooks."_s + company + u"/x\")"_s};
    route.createdAt = now.addDays(-100);
    account().region(PracticeRegion::Eu).routes.append(route);

    AccountReview* review = makeReview();
    QVERIFY(run(review, now.addDays(-14)));
    const AccountFinding* webhook = byObject(review, u"wh-outside"_s);
    QVERIFY(webhook);
    QCOMPARE(webhook->kindId, u"unknown-account-webhook"_s);
    QCOMPARE(webhook->region, Region::Eu);
    QCOMPARE(webhook->severity, u"critical"_s);
    const AccountFinding* forward = byObject(review, u"route-outside"_s);
    QVERIFY(forward);
    QCOMPARE(forward->kindId, u"forwarding-route"_s);
    QCOMPARE(forward->region, Region::Eu);
    QCOMPARE(forward->severity, u"high"_s); // old
    QVERIFY(forward->title.contains(u"copy@mailbox.example.net"_s));
    QVERIFY(!forward->title.contains(u"hooks."_s));
}

void TestAccountReview::progressIsDeterminate()
{
    AccountReview* review = makeReview();
    QSignalSpy progress(review, &AccountReview::progress);
    QVERIFY(run(review, seededAt().addDays(-14)));
    QVERIFY(progress.size() > 10);
    int lastDone = -1;
    for (const QList<QVariant>& values : std::as_const(progress)) {
        const int done = values.at(0).toInt();
        const int total = values.at(1).toInt();
        QVERIFY(done <= total);
        QVERIFY(done >= lastDone);
        lastDone = done;
    }
    QCOMPARE(progress.constLast().at(0).toInt(), review->plannedSteps());
    // 4 global + 3 per region + 2 per domain (5) + 4 volume.
    QCOMPARE(review->plannedSteps(), 4 + 6 + 10 + 4 + 2);
}

void TestAccountReview::spikeDetectionFlat()
{
    const SendingVolume volume = SendingVolume::fromTotals(dailyTotals(QList<qint64>(30, 1000)), {});
    QCOMPARE(volume.days.size(), 30);
    QVERIFY(!volume.hasSpike());
    QCOMPARE(volume.typicalPerDay, 1000.0);
    QVERIFY(!volume.spikeStart.isValid());
}

void TestAccountReview::spikeDetectionOneSpike()
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

void TestAccountReview::spikeDetectionNoisy()
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

void TestAccountReview::spikeDetectionZeroTraffic()
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

void TestAccountReview::spikeStartToTheHour()
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

void TestAccountReview::catchAllAndForwardTargets()
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

void TestAccountReview::ownHosts()
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

void TestAccountReview::sendAttributionNamesKeysAndAddresses()
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

void TestAccountReview::developerKeyListsProblemsAndReviewsTheRest()
{
    // A developer key may not read keys, users or the IP allowlist; everything else it may.
    m_client->setApiKey(Secret(account().seededSecret(u"developer"_s)));
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-14)));
    QVERIFY(!review->nothingRead());
    QCOMPARE(review->problems().size(), 3);
    const QString problems = review->problems().join(u'\n');
    QVERIFY2(problems.contains(u"API keys could not be read"_s), qPrintable(problems));
    QVERIFY(problems.contains(u"users could not be read"_s));
    QVERIFY(problems.contains(u"IP allowlist could not be read"_s));
    QVERIFY(problems.contains(u"Admin role"_s)); // what to do about it
    QVERIFY(ofKind(review, u"unknown-requestor-key"_s).isEmpty());
    QVERIFY(ofKind(review, u"ip-allowlist"_s).isEmpty()); // unknown, so not called empty
    QCOMPARE(ofKind(review, u"catch-all-route"_s).size(), 1);
    QCOMPARE(ofKind(review, u"archive-to"_s).size(), 1);
    QCOMPARE(ofKind(review, u"recent-smtp-login"_s).size(), 1);
    QCOMPARE(ofKind(review, u"unknown-webhook"_s).size(), 1);
    QCOMPARE(ofKind(review, u"subaccount"_s).size(), 1);
    QVERIFY(review->volume().hasSpike());
    QVERIFY(review->suspiciousKeyIds().isEmpty());
}

void TestAccountReview::sendingKeyReadsNothing()
{
    m_client->setApiKey(Secret(account().seededSecret(u"sending"_s)));
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-14)));
    QVERIFY(review->nothingRead());
    QVERIFY(review->findings().isEmpty());
    // Every part refused for the same reason: said once.
    QCOMPARE(review->problems().size(), 1);
    QVERIFY(review->problems().constFirst().startsWith(u"No part of the account could be read."_s));
    QVERIFY(review->volume().days.isEmpty());

    // The key works again: the same review object runs again from scratch.
    m_client->setApiKey(Secret(m_server->practiceKey()));
    QVERIFY(run(review, seededAt().addDays(-14)));
    QVERIFY(!review->nothingRead());
    QVERIFY(review->problems().isEmpty());
    QVERIFY(!review->findings().isEmpty());
}

void TestAccountReview::rateLimitAndDroppedConnectionStillComplete()
{
    // A 429 that clears after one retry costs nothing.
    PracticeFault limit;
    limit.kind = PracticeFault::Kind::RateLimit;
    limit.path = QRegularExpression(u"^/v3/routes"_s);
    limit.retryAfterSeconds = 0;
    limit.times = 1;
    m_server->addFault(limit);
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-14)));
    QVERIFY(review->problems().isEmpty());
    QCOMPARE(ofKind(review, u"catch-all-route"_s).size(), 1);
    m_server->clearFaults();

    // One that never clears, and a connection that always drops: both listed, the rest found.
    limit.path = QRegularExpression(u"^/v5/accounts/subaccounts"_s);
    limit.times = 100;
    m_server->addFault(limit);
    PracticeFault drop;
    drop.kind = PracticeFault::Kind::DropBeforeApply;
    drop.path = QRegularExpression(u"^/v3/domains/[^/]+/webhooks"_s);
    drop.times = 1000;
    m_server->addFault(drop);
    QVERIFY(run(review, seededAt().addDays(-14)));
    const QString problems = review->problems().join(u'\n');
    QVERIFY2(problems.contains(u"subaccounts could not be read"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"webhooks of mg."_s + company), qPrintable(problems));
    QCOMPARE(review->problems().size(), 1 + 5); // subaccounts + the webhooks of 5 domains
    QVERIFY(ofKind(review, u"subaccount"_s).isEmpty());
    QVERIFY(ofKind(review, u"unknown-webhook"_s).isEmpty());
    QCOMPARE(ofKind(review, u"catch-all-route"_s).size(), 1);
    QCOMPARE(ofKind(review, u"unknown-requestor-key"_s).size(), 1);
    QCOMPARE(ofKind(review, u"archive-to"_s).size(), 1);
    QVERIFY(review->volume().hasSpike());
    QVERIFY(!review->nothingRead());
}

void TestAccountReview::auditCommandResultJson()
{
    AccountReview* review = makeReview();
    const QDateTime start = seededAt().addDays(-14);
    QVERIFY(run(review, start));
    const QStringList problems{u"The IP allowlist could not be read. Try again."_s};
    const QJsonObject json = AuditCommand::resultJson(start, review->findings(), review->volume(), problems);
    QCOMPARE(json.value(u"incident_start"_s).toString(), start.toUTC().toString(Qt::ISODate));
    const QJsonArray findings = json.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), review->findings().size());
    QJsonObject attacker;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const QString& field : {u"kind"_s, u"severity"_s, u"region"_s, u"title"_s, u"detail"_s,
                                     u"advice"_s, u"object_id"_s, u"created_at"_s, u"key_id"_s})
            QVERIFY2(finding.contains(field), qPrintable(field));
        if (finding.value(u"kind"_s).toString() == u"unknown-requestor-key"_s)
            attacker = finding;
    }
    QCOMPARE(findings.first().toObject().value(u"severity"_s).toString(), u"critical"_s);
    QCOMPARE(attacker.value(u"key_id"_s).toString(), keyId(u"attacker"_s));
    QCOMPARE(attacker.value(u"region"_s).toString(), u"us"_s);
    QVERIFY(QDateTime::fromString(attacker.value(u"created_at"_s).toString(), Qt::ISODate).isValid());
    const QJsonObject volume = json.value(u"volume"_s).toObject();
    const QJsonArray days = volume.value(u"days"_s).toArray();
    QCOMPARE(days.size(), 30);
    const QJsonObject lastDay = days.last().toObject();
    QCOMPARE(lastDay.value(u"date"_s).toString(), seededAt().toUTC().date().toString(Qt::ISODate));
    QVERIFY(lastDay.value(u"us"_s).toInteger() > lastDay.value(u"eu"_s).toInteger());
    QVERIFY(volume.value(u"typical_per_day"_s).toDouble() > 0);
    QVERIFY(QDateTime::fromString(volume.value(u"spike_start"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(!volume.value(u"spike_first_day"_s).toString().isEmpty());
    QCOMPARE(volume.value(u"spike_last_day"_s).toString(), lastDay.value(u"date"_s).toString());
    QCOMPARE(json.value(u"problems"_s).toArray(), QJsonArray::fromStringList(problems));
    // No secret of the account reaches the output.
    const QByteArray text = QJsonDocument(json).toJson();
    for (const QString& label : {u"admin-leaked"_s, u"attacker"_s, u"developer"_s, u"web"_s})
        QVERIFY(!text.contains(account().seededSecret(label).toUtf8()));

    const QString plain = AuditCommand::resultText(start, review->findings(), review->volume(), problems);
    QVERIFY(plain.contains(u"[CRITICAL]"_s));
    QVERIFY(plain.contains(u"<- spike"_s));
    QVERIFY(plain.contains(u"The IP allowlist could not be read"_s));
    QVERIFY(plain.indexOf(u"[CRITICAL]"_s) < plain.indexOf(u"[INFO]"_s));
    QCOMPARE(AuditCommand::volumeBars(review->volume()).count(u'\n'), 30);
}

int TestAccountReview::runAudit(CommandLineOptions options)
{
    options.command = u"audit"_s;
    options.json = true;
    AuditCommand command(options);
    QSignalSpy finished(&command, &AuditCommand::finished);
    command.start();
    if (!finished.wait(60000))
        return -1;
    return finished.constFirst().constFirst().toInt();
}

void TestAccountReview::auditCommandExitCodes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyFile = dir.filePath(u"key"_s);
    const auto writeKey = [&keyFile](const QString& key) {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(key.toUtf8());
    };
    CommandLineOptions options;
    options.endpoints = apiEndpointsOf(*m_server);
    options.keyFile = keyFile;
    options.incidentStart = seededAt().addDays(-14);

    // A key Mailgun does not know: 401 everywhere, nothing read.
    writeKey(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s);
    QCOMPARE(runAudit(options), int(ExitFailed));
    // A developer key: some parts refused, the review still ran.
    writeKey(account().seededSecret(u"developer"_s));
    QCOMPARE(runAudit(options), int(ExitDone));
    // The leaked admin key.
    writeKey(m_server->practiceKey());
    QCOMPARE(runAudit(options), int(ExitDone));
    // The practice account of its own.
    CommandLineOptions practice;
    practice.practice = true;
    QCOMPARE(runAudit(practice), int(ExitDone));
}

QTEST_GUILESS_MAIN(TestAccountReview)
#include "tst_accountreview.moc"
