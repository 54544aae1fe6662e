// Step 1's account review against the practice server: every suspicious thing the seed
// planted is found in the right region with the right kind, the things that are fine are
// not, the incident start decides what is recent, the sending spike and its first hour are
// found, parts a key may not read become problems without stopping the rest, and faults are
// survived. The rules behind it are tested in tst_reviewrules.cpp, the `audit` command in
// tst_auditcommand.cpp.
#include "AccountReviewFixture.h"
#include "SessionPractice.h"
#include "investigate/AccountReview.h"
#include "investigate/SendingVolume.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccountReview : public AccountReviewFixture
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

    void developerKeyListsProblemsAndReviewsTheRest();
    void sendingKeyReadsNothing();
    void rateLimitAndDroppedConnectionStillComplete();
};

void TestAccountReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountReview::init()
{
    startPracticeServer();
}

void TestAccountReview::cleanup()
{
    stopPracticeServer();
}

void TestAccountReview::findsEverySeededSuspiciousThing()
{
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-14)));
    QVERIFY2(review->problems().isEmpty(), qPrintable(review->problems().join(u'\n')));
    QVERIFY(!review->nothingRead());

    // The intruder's admin keys, 31 and 27 hours old: judged by their age and role, not by the
    // creator recorded on them (one has a colleague's name; docs/mailgun-behaviour.md point 5).
    const QList<AccountFinding> keys = ofKind(review, u"recent-key"_s);
    QCOMPARE(keys.size(), 2);
    const AccountFinding& attacker =
        keys.constFirst().keyId == keyId(u"attacker"_s) ? keys.constFirst() : keys.constLast();
    QCOMPARE(attacker.keyId, keyId(u"attacker"_s));
    QCOMPARE(attacker.objectId, keyId(u"attacker"_s));
    QCOMPARE(attacker.severity, u"critical"_s);
    QCOMPARE(attacker.title, u"Someone made an API key 31 hour(s) ago, after the incident started"_s);
    QVERIFY(attacker.detail.contains(u"(creator recorded as mailops.backup@proton.me)"_s));
    QVERIFY(!attacker.inUse);
    const AccountFinding& forged = &attacker == &keys.constFirst() ? keys.constLast() : keys.constFirst();
    QCOMPARE(forged.keyId, keyId(u"forged"_s));
    QCOMPARE(forged.severity, u"critical"_s);
    QVERIFY(forged.detail.contains(u"(creator recorded as Sam Ortiz)"_s));
    QCOMPARE(review->suspiciousKeyIds(), (QSet<QString>{keyId(u"attacker"_s), keyId(u"forged"_s)}));

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
    QVERIFY2(byKey.constFirst().title.contains(
                 u"created 31 hour(s) ago (creator recorded as mailops.backup@proton.me)"_s),
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
    QVERIFY(ofKind(review, u"recent-key"_s).isEmpty());
    QVERIFY(ofKind(review, u"recent-smtp-login"_s).isEmpty());
    QCOMPARE(ofKind(review, u"catch-all-route"_s).constFirst().severity, u"high"_s);
    QCOMPARE(ofKind(review, u"subaccount"_s).constFirst().severity, u"info"_s);
    QVERIFY(ofKind(review, u"recent-login-session"_s).isEmpty());
    // The stranger's email on the key proves nothing; that it sent most of the mail still counts.
    QCOMPARE(review->suspiciousKeyIds(), QSet<QString>{keyId(u"attacker"_s)});
    QCOMPARE(ofKind(review, u"sends-by-key"_s).constFirst().keyId, keyId(u"attacker"_s));

    // 30.5 hours ago: the route (30 h) and the login (29 h) are recent, the key (31 h) is not.
    QVERIFY(run(review, seededAt().addSecs(-30 * 3600 - 1800)));
    QCOMPARE(ofKind(review, u"recent-key"_s).size(), 1);
    QCOMPARE(ofKind(review, u"recent-key"_s).constFirst().keyId, keyId(u"forged"_s));
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
    // 4 global + 3 per region + 2 per domain (5) + 4 volume; then the subaccount: the domain
    // list with include_subaccounts per region (2), its keys, 3 per region, 2 for its domain.
    QCOMPARE(review->plannedSteps(), 4 + 6 + 10 + 4 + 2 + 2 + 1 + 6 + 2);
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
    QVERIFY2(problems.contains(u"Could not read the list of API keys."_s), qPrintable(problems));
    QVERIFY(problems.contains(u"Could not read the list of the account's users."_s));
    QVERIFY(problems.contains(u"Could not read the IP allowlist."_s));
    QVERIFY(problems.contains(u"Admin role"_s)); // what to do about it
    QVERIFY(ofKind(review, u"recent-key"_s).isEmpty());
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
    QVERIFY2(problems.contains(u"Could not read the list of subaccounts."_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"webhooks of mg."_s + company), qPrintable(problems));
    QCOMPARE(review->problems().size(), 1 + 5); // subaccounts + the webhooks of 5 domains
    QVERIFY(ofKind(review, u"subaccount"_s).isEmpty());
    QVERIFY(ofKind(review, u"unknown-webhook"_s).isEmpty());
    QCOMPARE(ofKind(review, u"catch-all-route"_s).size(), 1);
    QCOMPARE(ofKind(review, u"recent-key"_s).size(), 2);
    QCOMPARE(ofKind(review, u"archive-to"_s).size(), 1);
    QVERIFY(review->volume().hasSpike());
    QVERIFY(!review->nothingRead());
}

QTEST_GUILESS_MAIN(TestAccountReview)
#include "tst_accountreview.moc"
