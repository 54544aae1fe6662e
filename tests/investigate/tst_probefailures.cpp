// The website probe when sites misbehave: it reads at most the size cap, gives up on silent
// sites and closed ports, stops at once when cancelled, and refuses anything but HTTP(S).

#include "SiteProbeFixture.h"

class tst_ProbeFailures : public QObject
{
    Q_OBJECT

private slots:
    void hugeResponseIsCapped();
    void slowAnswerTimesOut();
    void silentSiteIsUnreachable();
    void closedPortIsUnreachable();
    void cancelStopsAtOnce();
    void refusesAnythingButHttp();
};

void tst_ProbeFailures::hugeResponseIsCapped()
{
    TestWebsite site(TestWebsite::Mode::Huge);
    QVERIFY(site.listen());
    SiteProbe::Options options = fast();
    options.maxBodyBytes = 256 * 1024;
    Run run;
    QVERIFY(probe({site.url().toString()}, options, &run));
    QCOMPARE(run.exposures.size(), 1);
    const SiteExposure& env = run.exposures.first();
    QCOMPARE(env.kindId, u"env-file"_s);
    QVERIFY(env.bodyTruncated);
    QCOMPARE(env.credentials.size(), 1);
    QCOMPARE(env.credentials.first().secret.reveal(), site.smtpPassword());
    QTRY_VERIFY(site.hugeClientHungUp());
    // The client stopped reading long before the end: a few MiB of socket buffers at most.
    QVERIFY2(site.hugeBytesSent() < TestWebsite::hugeSize / 4,
             qPrintable(QString::number(site.hugeBytesSent())));
}

void tst_ProbeFailures::slowAnswerTimesOut()
{
    TestWebsite site(TestWebsite::Mode::Exposed);
    site.hang("/.env");
    QVERIFY(site.listen());
    SiteProbe::Options options = fast();
    options.timeoutMs = 400;
    Run run;
    QVERIFY(probe({site.url().toString()}, options, &run));
    // One silent path is not a silent site: everything else is still found.
    QVERIFY(run.summary.unreachable.isEmpty());
    QCOMPARE(run.exposures.size(), TestWebsite::exposedTargets().size() - 1);
    for (const SiteExposure& exposure : run.exposures)
        QVERIFY(exposure.url.path() != u"/.env"_s);
}

void tst_ProbeFailures::silentSiteIsUnreachable()
{
    TestWebsite site(TestWebsite::Mode::Silent);
    QVERIFY(site.listen());
    SiteProbe::Options options = fast();
    options.timeoutMs = 300;
    Run run;
    QVERIFY(probe({site.url().toString()}, options, &run));
    QCOMPARE(run.summary.unreachable.size(), 1);
    QVERIFY2(run.summary.unreachable.first().contains(u"did not answer in time"_s),
             qPrintable(run.summary.unreachable.first()));
    QCOMPARE(run.summary.requests, 3);
    // The 300 ms limit was used, not the default of 10 s: with the default, the first request
    // alone would have waited 10 s. (A logical bound, ten times the expected time.)
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
}

void tst_ProbeFailures::closedPortIsUnreachable()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    TestWebsite clean(TestWebsite::Mode::Clean);
    QVERIFY(clean.listen());
    const QString closed = u"http://127.0.0.1:%1"_s.arg(port);
    Run run;
    QVERIFY(probe({closed, clean.url().toString()}, fast(), &run));
    QCOMPARE(run.summary.sites, 2);
    QCOMPARE(run.summary.unreachable.size(), 1);
    QVERIFY(run.summary.unreachable.first().startsWith(closed + u": "_s));
    QVERIFY2(run.summary.unreachable.first().contains(u"refused"_s),
             qPrintable(run.summary.unreachable.first()));
    // The other site is still checked in full.
    QCOMPARE(int(clean.requests().size()), SiteProbe::requestsPerSite());
    QCOMPARE(run.summary.requests, 1 + SiteProbe::requestsPerSite());
    QCOMPARE(run.lastTotal, run.summary.requests);
    QCOMPARE(ProbeCommand::exitCodeFor(run.summary), int(ExitFailed));
    QVERIFY(ProbeCommand::resultText(run.exposures, run.summary).contains(u"refused"_s));
}

void tst_ProbeFailures::cancelStopsAtOnce()
{
    TestWebsite site(TestWebsite::Mode::Clean);
    QVERIFY(site.listen());
    SiteProbe prober;
    SiteProbe::Options options = fast();
    options.requestsPerSecond = 10;
    prober.setOptions(options);
    QSignalSpy finished(&prober, &SiteProbe::finished);
    QSignalSpy progress(&prober, &SiteProbe::progress);
    QVERIFY(prober.start({site.url().toString()}));
    QVERIFY(!prober.start({site.url().toString()})); // already running
    QTRY_VERIFY(progress.size() >= 3);
    prober.cancel();
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!prober.isRunning());
    QVERIFY(prober.summary().cancelled);
    const int sent = int(site.requests().size());
    QVERIFY(sent < SiteProbe::requestsPerSite());
    QVERIFY(sendMarker(site, "/after-cancel"));
    QVERIFY(int(site.requests().size()) <= sent + 2); // the marker, and at most the one in flight
    QCOMPARE(finished.size(), 1);
    QCOMPARE(ProbeCommand::exitCodeFor(prober.summary()), int(ExitFailed));
}

void tst_ProbeFailures::refusesAnythingButHttp()
{
    SiteProbe prober;
    QVERIFY(!prober.start({u"ftp://127.0.0.1/"_s, u"file:///etc"_s, u"   "_s}));
    QVERIFY(!prober.isRunning());
    QCOMPARE(prober.summary().unreachable.size(), 3);
    QVERIFY(!prober.start({}));
}

QTEST_GUILESS_MAIN(tst_ProbeFailures)
#include "tst_probefailures.moc"
