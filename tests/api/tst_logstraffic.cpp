// The practice account's traffic as the logs API shows it: counts that agree with the
// traffic model, the intruder's spike hours, and key ids kept in old events after a rotation.
#include "LogsApiFixture.h"

class TestLogsTraffic : public LogsApiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void countsAgreeWithTheTrafficModel();
    void spikeHoursAreTheIntrudersAndBaselineIsTheCompanys();
    void keyIdsStayInOldEventsAfterRotation();
};

void TestLogsTraffic::countsAgreeWithTheTrafficModel()
{
    const QString name = u"mg."_s + company;
    const PracticeDomain* domain = m_fixture.account().findDomain(PracticeRegion::Us, name);
    QVERIFY(domain);
    for (const int hoursBack : {3, 60}) {
        const QDateTime hour = hourStart(m_seededAt).addSecs(-hoursBack * 3600);
        const PracticeTraffic::Counts counts = PracticeTraffic::inHour(*domain, hour);
        const QList<QPair<QString, qint64>> expected{{u"accepted"_s, counts.accepted},
                                                     {u"delivered"_s, counts.delivered},
                                                     {u"failed"_s, counts.failed}};
        for (const auto& [event, count] : expected) {
            LogsQuery query;
            query.domain = name;
            query.start = hour;
            query.end = hour.addSecs(3600);
            query.events = {event};
            query.maxPages = 1;
            query.pageSize = 1;
            const LogsPage page = read(Region::Us, query);
            QCOMPARE(page.total, count);
        }
    }
}

void TestLogsTraffic::spikeHoursAreTheIntrudersAndBaselineIsTheCompanys()
{
    PracticeAccount& account = m_fixture.account();
    const QString leakedId = seededKeyId(account, u"admin-leaked"_s);
    const QString intruderId = seededKeyId(account, u"attacker"_s);
    const QString mg = u"mg."_s + company;
    const QString intruderLogin = u"mailer-7731@"_s + mg;

    // The seed's story, as the simulated log tells it: the intruder's key and login exist
    // before the log shows them in use.
    const PracticeKey* intruderKey = account.findKeyById(intruderId);
    QVERIFY(intruderKey);
    QCOMPARE(intruderKey->requestor, u"mailops.backup@proton.me"_s);
    const PracticeCredential* login = account.findCredential(PracticeRegion::Us, mg, intruderLogin);
    QVERIFY(login);

    // Twenty hours ago, on mg.<company>: the intruder's key, from foreign addresses, and their
    // SMTP login.
    LogsQuery query;
    query.domain = mg;
    query.start = hourStart(m_seededAt).addSecs(-20 * 3600);
    query.end = query.start.addSecs(3600);
    query.maxPages = 5;
    LogsPage page = read(Region::Us, query);
    QCOMPARE(page.events.size(), 500);
    int intruderKeySends = 0;
    int intruderLoginSends = 0;
    for (const LogEvent& event : page.events) {
        if (event.apiKeyId == intruderId) {
            ++intruderKeySends;
            QCOMPARE(event.method, u"http"_s);
            QVERIFY2(event.originatingIp.startsWith(u"198.51.100."_s), qPrintable(event.originatingIp));
            QVERIFY(event.timestamp >= intruderKey->createdAt);
        } else if (event.sender == intruderLogin) {
            ++intruderLoginSends;
            QCOMPARE(event.method, u"smtp"_s);
            QCOMPARE(event.originatingIp, u"198.51.100.203"_s);
            QVERIFY(event.timestamp >= login->createdAt);
        } else {
            QVERIFY2(event.originatingIp.startsWith(u"203.0.113."_s), qPrintable(event.originatingIp));
        }
    }
    QVERIFY2(intruderKeySends > page.events.size() * 6 / 10, qPrintable(QString::number(intruderKeySends)));
    QVERIFY2(intruderLoginSends > 0, "some of the spike goes over SMTP");

    // Before the intruder made a key (38 hours ago): the leaked key, from the same foreign
    // addresses; the intruder's key does not appear yet.
    query.start = hourStart(m_seededAt).addSecs(-38 * 3600);
    query.end = query.start.addSecs(3600);
    page = read(Region::Us, query);
    int leakedFromAbroad = 0;
    for (const LogEvent& event : page.events) {
        QVERIFY(event.apiKeyId != intruderId);
        QVERIFY(event.sender != intruderLogin);
        if (event.apiKeyId == leakedId && event.originatingIp.startsWith(u"198.51.100."_s))
            ++leakedFromAbroad;
    }
    QVERIFY2(leakedFromAbroad > page.events.size() * 7 / 10, qPrintable(QString::number(leakedFromAbroad)));

    // A week ago, all domains: only the company's keys and logins, from its own addresses.
    query.domain.clear();
    query.start = hourStart(m_seededAt).addDays(-7).addSecs(10 * 3600);
    query.end = query.start.addSecs(3 * 3600);
    query.maxPages = 10;
    page = read(Region::Us, query);
    QVERIFY(!page.truncated);
    QVERIFY(page.events.size() > 50);
    QSet<QString> methods;
    for (const LogEvent& event : page.events) {
        QVERIFY2(event.originatingIp.startsWith(u"203.0.113."_s), qPrintable(event.originatingIp));
        QVERIFY(event.apiKeyId != intruderId);
        if (event.method == u"smtp"_s)
            QVERIFY2(account.findCredential(PracticeRegion::Us, event.domain, event.sender),
                     qPrintable(event.sender));
        methods.insert(event.method);
    }
    QCOMPARE(methods, (QSet<QString>{u"http"_s, u"smtp"_s}));
}

void TestLogsTraffic::keyIdsStayInOldEventsAfterRotation()
{
    PracticeAccount& account = m_fixture.account();
    const QString intruderId = seededKeyId(account, u"attacker"_s);
    LogsQuery query;
    query.domain = u"eu."_s + company;
    query.start = hourStart(m_seededAt).addSecs(-5 * 3600);
    query.end = query.start.addSecs(3600);
    query.maxPages = 1;
    const LogsPage before = read(Region::Eu, query);
    QVERIFY(!before.events.isEmpty());

    // Step 2: a new admin key, every old one deleted (the practice key too, as recovery does
    // last; the client then uses the new one).
    PracticeKey fresh;
    fresh.secret = PracticeAccount::newKeySecret();
    fresh.id = PracticeAccount::keyIdFromSecret(fresh.secret);
    fresh.createdAt = account.now();
    account.keys() = {fresh};
    m_fixture.client->setApiKey(Secret(fresh.secret));

    const LogsPage after = read(Region::Eu, query);
    QCOMPARE(after.events.size(), before.events.size());
    int intruder = 0;
    for (qsizetype i = 0; i < after.events.size(); ++i) {
        QCOMPARE(after.events.at(i).id, before.events.at(i).id);
        QCOMPARE(after.events.at(i).apiKeyId, before.events.at(i).apiKeyId);
        intruder += after.events.at(i).apiKeyId == intruderId ? 1 : 0;
    }
    QVERIFY(intruder > 0);
    QVERIFY(!account.findKeyById(intruderId));
}

QTEST_GUILESS_MAIN(TestLogsTraffic)
#include "tst_logstraffic.moc"
