// The `probe` command: it asks the admin to confirm they own the site, needs an address,
// exits 0 after a probe, and prints secrets only masked, the most serious first.

#include "SiteProbeFixture.h"

class tst_ProbeCommand : public QObject
{
    Q_OBJECT

private slots:
    void commandRefusesWithoutOwnership();
    void commandNeedsAnAddress();
    void commandProbesAndExitsZero();
    void commandOutputIsMaskedAndOrdered();
};

void tst_ProbeCommand::commandRefusesWithoutOwnership()
{
    TestWebsite site(TestWebsite::Mode::Exposed);
    QVERIFY(site.listen());
    const CommandLineOptions options = probeOptions({site.url().toString()}, false);
    QVERIFY(options.error.isEmpty());
    QCOMPARE(options.command, u"probe"_s);
    QVERIFY(!options.ownsSite);
    ProbeCommand command(options);
    QSignalSpy finished(&command, &ProbeCommand::finished);
    command.start();
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().first().toInt(), int(ExitUsage));
    QVERIFY(sendMarker(site, "/after-refusal"));
    QCOMPARE(site.requests().size(), 1); // the marker only
}

void tst_ProbeCommand::commandNeedsAnAddress()
{
    ProbeCommand command(probeOptions({}, true));
    QSignalSpy finished(&command, &ProbeCommand::finished);
    command.start();
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().first().toInt(), int(ExitUsage));

    ProbeCommand wrong(probeOptions({u"ftp://127.0.0.1/"_s}, true));
    QSignalSpy wrongFinished(&wrong, &ProbeCommand::finished);
    wrong.start();
    QVERIFY(wrongFinished.wait(2000));
    QCOMPARE(wrongFinished.first().first().toInt(), int(ExitUsage));
}

void tst_ProbeCommand::commandProbesAndExitsZero()
{
    TestWebsite site(TestWebsite::Mode::Exposed);
    QVERIFY(site.listen());
    CommandLineOptions options = probeOptions({site.url().toString(), u"--json"_s}, true);
    QVERIFY(options.error.isEmpty());
    QVERIFY(options.ownsSite);
    QVERIFY(options.json);
    ProbeCommand command(options);
    command.setProbeOptions(fast());
    QSignalSpy finished(&command, &ProbeCommand::finished);
    command.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toInt(), int(ExitDone));
    QCOMPARE(int(site.requests().size()), SiteProbe::requestsPerSite() + 2); // + the bundle and its map
    verifyGetOnly(site);
}

void tst_ProbeCommand::commandOutputIsMaskedAndOrdered()
{
    TestWebsite site(TestWebsite::Mode::Exposed);
    QVERIFY(site.listen());
    Run run;
    QVERIFY(probe({site.url().toString()}, fast(), &run));
    QCOMPARE(ProbeCommand::exitCodeFor(run.summary), int(ExitDone));

    const QJsonObject json = ProbeCommand::resultJson(run.exposures, run.summary);
    QCOMPARE(json.value(u"requests"_s).toInt(), SiteProbe::requestsPerSite() + 2); // + the bundle and its map
    QCOMPARE(json.value(u"unreachable"_s).toArray().size(), 0);
    const QJsonArray findings = json.value(u"findings"_s).toArray();
    int credentials = 0;
    for (const SiteExposure& exposure : run.exposures)
        credentials += int(exposure.credentials.size());
    QCOMPARE(findings.size(), run.exposures.size() + credentials);
    bool sawMaskedKey = false;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const QString& field :
             {u"url"_s, u"line"_s, u"kind"_s, u"severity"_s, u"masked"_s, u"title"_s, u"advice"_s})
            QVERIFY2(finding.contains(field), qPrintable(field));
        QVERIFY(finding.value(u"url"_s).toString().startsWith(site.url().toString()));
        if (finding.value(u"masked"_s).toString() == Secret::mask(site.accountKey()))
            sawMaskedKey = true;
    }
    QVERIFY(sawMaskedKey);
    // Most serious first: the first finding is critical, the last is not.
    QCOMPARE(findings.first().toObject().value(u"severity"_s).toString(), u"critical"_s);
    QVERIFY(findings.last().toObject().value(u"severity"_s).toString() != u"critical"_s);

    const QString text = ProbeCommand::resultText(run.exposures, run.summary);
    QVERIFY(text.startsWith(u"Checked 1 site"_s));
    QVERIFY(text.contains(u"Delete this file from your web server"_s));
    QVERIFY(text.indexOf(u"[CRITICAL]"_s) < text.indexOf(u"[MEDIUM]"_s));
    QVERIFY(!text.contains(site.accountKey()));
    QVERIFY(!text.contains(site.smtpPassword()));
    QVERIFY(text.contains(Secret::mask(site.accountKey())));

    const QString nothing = ProbeCommand::resultText({}, SiteProbe::Summary{1, 80, {}, false});
    QVERIFY(nothing.contains(u"No files or pages"_s));
}

QTEST_GUILESS_MAIN(tst_ProbeCommand)
#include "tst_probecommand.moc"
