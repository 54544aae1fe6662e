// The website probe against real loopback websites (TestWebsite): what it finds on an exposed
// site, that a site answering 200 to everything and a clean site yield nothing, that it asks
// with GET only, at the configured pace, never follows a redirect to another host, reads at
// most the size cap, gives up on silent sites, and that secrets only ever leave masked.

#include "TestWebsite.h"
#include "cli/CommandLineApp.h"
#include "cli/ProbeCommand.h"
#include "investigate/ExposureCheck.h"
#include "investigate/PageScripts.h"
#include "investigate/ProbePath.h"
#include "investigate/SiteProbe.h"
#include "investigate/SoftNotFoundBaseline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    QList<SiteExposure> exposures;
    QList<SiteExposure> signalled;
    SiteProbe::Summary summary;
    int planned = 0;
    int lastDone = -1;
    int lastTotal = -1;
    qint64 elapsedMs = 0;
};

// Sends a request of the test's own to `site` and waits until the site has it and has
// answered: by then the site has also received whatever was sent to it before.
bool sendMarker(TestWebsite& site, const QByteArray& path)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(site.url().resolved(QUrl(QString::fromLatin1(path))))));
    return QTest::qWaitFor([&] { return reply->isFinished() && site.requestsFor(path) == 1; }, 10000);
}

SiteProbe::Options fast()
{
    SiteProbe::Options options;
    options.requestsPerSecond = 1000;
    options.timeoutMs = 5000;
    return options;
}

// Runs a probe to its end; false (and a test failure) when it does not start or finish.
bool probe(const QStringList& addresses, const SiteProbe::Options& options, Run* run,
           const KeyMatcher& matcher = KeyMatcher())
{
    SiteProbe prober;
    prober.setOptions(options);
    prober.setKeyMatcher(matcher);
    QObject::connect(&prober, &SiteProbe::exposureFound, &prober,
                     [run](const SiteExposure& exposure) { run->signalled.append(exposure); });
    QObject::connect(&prober, &SiteProbe::progress, &prober, [run](int done, int total) {
        run->lastDone = done;
        run->lastTotal = total;
    });
    QSignalSpy finished(&prober, &SiteProbe::finished);
    QElapsedTimer clock;
    clock.start();
    if (!prober.start(addresses))
        return false;
    run->planned = prober.plannedRequests();
    if (!prober.isRunning() || !finished.wait(120000))
        return false;
    run->elapsedMs = clock.elapsed();
    run->exposures = prober.exposures();
    run->summary = prober.summary();
    return !prober.isRunning() && finished.size() == 1;
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson());
}

QString allOutput(const QList<SiteExposure>& exposures, const SiteProbe::Summary& summary)
{
    QString text =
        jsonText(ProbeCommand::resultJson(exposures, summary)) + ProbeCommand::resultText(exposures, summary);
    for (const SiteExposure& exposure : exposures) {
        text += jsonText(exposure.toJson());
        for (const FindingRecord& record : exposure.records())
            text += jsonText(record.toJson());
    }
    return text;
}

void verifyGetOnly(const TestWebsite& site)
{
    for (const TestWebsite::Request& request : site.requests())
        QVERIFY2(request.method == "GET" || request.method == "HEAD", request.method.constData());
}

CommandLineOptions probeOptions(const QStringList& arguments, bool owns)
{
    QStringList argv{u"mailgun-recovery"_s, u"probe"_s};
    argv += arguments;
    if (owns)
        argv.append(u"--i-own-this-site"_s);
    return CommandLineOptions::parse(argv);
}

} // namespace

class tst_SiteProbe : public QObject
{
    Q_OBJECT

private slots:
    void pathTableIsSafe();
    void pageScriptsStayOnTheSite();
    void normalisesAddresses();
    void baselineIgnoresTheEchoedAddress();
    void markersTellRealFilesFromLookAlikes();
    void exposedSiteFindsEveryPlantedExposure();
    void softNotFoundSiteYieldsNothing();
    void cleanSiteYieldsNothingAtThePace();
    void crossHostRedirectIsNotFollowed();
    void siteThatMovedElsewhereIsReported();
    void hugeResponseIsCapped();
    void slowAnswerTimesOut();
    void silentSiteIsUnreachable();
    void closedPortIsUnreachable();
    void cancelStopsAtOnce();
    void refusesAnythingButHttp();
    void commandRefusesWithoutOwnership();
    void commandNeedsAnAddress();
    void commandProbesAndExitsZero();
    void commandOutputIsMaskedAndOrdered();
};

void tst_SiteProbe::pathTableIsSafe()
{
    const QList<ProbePath>& paths = ProbePath::all();
    QVERIFY(paths.size() > 60);
    QSet<QString> seen;
    for (const ProbePath& path : paths) {
        QVERIFY(path.kind);
        QVERIFY2(!seen.contains(path.path), qPrintable(path.path));
        seen.insert(path.path);
        QVERIFY(!path.path.startsWith(u'/'));
        // Never an exploit path, never a made-up query.
        for (const QString& forbidden :
             {u"execute-solution"_s, u"_fragment"_s, u"eval-stdin"_s, u"phpunit"_s, u"phpinfo=1"_s, u".."_s})
            QVERIFY2(!path.path.contains(forbidden, Qt::CaseInsensitive), qPrintable(path.path));
        QVERIFY(!path.kind->id.isEmpty());
        QVERIFY(!QString::fromUtf8(path.kind->title).isEmpty());
        QVERIFY(!QString::fromUtf8(path.kind->whatLeaks).isEmpty());
        QVERIFY(!QString::fromUtf8(path.kind->advice).isEmpty());
        QVERIFY(SiteExposure::severityRank(path.kind->severity) > 0 || path.kind->severity == u"low"_s);
    }
    QCOMPARE(SiteProbe::requestsPerSite(), int(paths.size()) + 3 + 1); // + the home page
    const auto byPath = [&](const QString& p) {
        for (const ProbePath& path : paths) {
            if (path.path == p)
                return path;
        }
        return ProbePath{};
    };
    QCOMPARE(byPath(u".env"_s).kind->id, u"env-file"_s);
    QCOMPARE(byPath(u"wp-config.php.bak"_s).fileName(), u"wp-config.php.bak"_s);
    QCOMPARE(byPath(u"_profiler/empty/search/results?limit=10"_s).fileName(), u"results"_s);
    QCOMPARE(byPath(u"backup.zip"_s).method, ProbePath::Method::GetFirstBytes);
    QVERIFY(QString::fromUtf8(ProbePath::kindById(u"git-folder"_s)->advice)
                .contains(u"Block access to the .git"_s));
    QVERIFY(
        QString::fromUtf8(ProbePath::kindById(u"laravel-debug"_s)->advice).contains(u"APP_DEBUG=false"_s));
}

void tst_SiteProbe::normalisesAddresses()
{
    QCOMPARE(SiteProbe::normalisedAddress(u"shop.example.com"_s), QUrl(u"https://shop.example.com/"_s));
    QCOMPARE(SiteProbe::normalisedAddress(u" HTTP://Shop.example.com/blog "_s),
             QUrl(u"http://shop.example.com/blog/"_s));
    QCOMPARE(SiteProbe::normalisedAddress(u"https://user:pw@shop.example.com/?a=1#x"_s),
             QUrl(u"https://shop.example.com/"_s));
    QString problem;
    QVERIFY(!SiteProbe::normalisedAddress(u"ftp://shop.example.com"_s, &problem).isValid());
    QVERIFY(problem.contains(u"http"_s));
    QVERIFY(!SiteProbe::normalisedAddress(u"file:///etc/passwd"_s, &problem).isValid());
    QVERIFY(!SiteProbe::normalisedAddress(u""_s, &problem).isValid());
    QVERIFY(!SiteProbe::normalisedAddress(u"https://"_s, &problem).isValid());
}

void tst_SiteProbe::baselineIgnoresTheEchoedAddress()
{
    const auto response = [](const QString& path, const QByteArray& body,
                             const QByteArray& type = "text/html") {
        ProbeResponse r;
        r.requested = QUrl(u"https://shop.example.com/"_s + path);
        r.finalUrl = r.requested;
        r.status = 200;
        r.contentType = type;
        r.body = body;
        return r;
    };
    const QByteArray filler(3000, 'x');
    SoftNotFoundBaseline baseline;
    baseline.add(response(u"0f3c.txt"_s, "<h1>No /0f3c.txt here</h1>" + filler));
    QVERIFY(baseline.matches(response(u"some/much/longer/path/name.php"_s,
                                      "<h1>No /some/much/longer/path/name.php here</h1>" + filler)));
    // Another type, or a clearly different body, is not the missing-page answer.
    QVERIFY(!baseline.matches(response(u".env"_s, "<h1>No /.env here</h1>" + filler, "text/plain")));
    QVERIFY(!baseline.matches(response(u"phpinfo.php"_s, QByteArray(9000, 'y'))));
    QCOMPARE(SoftNotFoundBaseline::randomPaths().size(), 3);
    QVERIFY(SoftNotFoundBaseline::randomPaths() != SoftNotFoundBaseline::randomPaths());
}

void tst_SiteProbe::markersTellRealFilesFromLookAlikes()
{
    const ExposureKind& env = *ProbePath::kindById(u"env-file"_s);
    QVERIFY(ExposureCheck::hasMarkers(env, "APP_NAME=Shop\nDB_HOST=localhost\n"));
    QVERIFY(ExposureCheck::hasMarkers(env, "MAILGUN_SECRET=abc\n"));
    QVERIFY(!ExposureCheck::hasMarkers(env, "Our guide says to set APP_KEY= in your file.\n"));
    const ExposureKind& phpinfo = *ProbePath::kindById(u"phpinfo-page"_s);
    QVERIFY(ExposureCheck::hasMarkers(phpinfo, "<title>PHP 8.2.7 - phpinfo()</title>PHP Version 8.2.7"));
    QVERIFY(!ExposureCheck::hasMarkers(phpinfo, "<title>About</title>We run PHP Version 8."));
    const ExposureKind& git = *ProbePath::kindById(u"git-folder"_s);
    QVERIFY(ExposureCheck::hasMarkers(git, "[core]\n\tbare = false\n"));
    QVERIFY(!ExposureCheck::hasMarkers(git, "A git config starts with [core]."));
    const ExposureKind& archive = *ProbePath::kindById(u"backup-archive"_s);
    QVERIFY(ExposureCheck::hasMarkers(archive, QByteArray("\x1f\x8b\x08\x00", 4)));
    QVERIFY(!ExposureCheck::hasMarkers(archive, "<html>"));
    const ExposureKind& js = *ProbePath::kindById(u"js-env-file"_s);
    QVERIFY(!ExposureCheck::hasMarkers(js, "/*! jQuery v3.7.1 */ var TOKEN = 1;"));

    ProbeResponse html;
    html.contentType = "text/html";
    html.body = "<html><body>APP_NAME=x</body></html>";
    QVERIFY(!ExposureCheck::plausibleType(env, html));
    ProbeResponse plain;
    plain.contentType = "application/octet-stream";
    plain.body = "APP_NAME=x\n";
    QVERIFY(ExposureCheck::plausibleType(env, plain));
    plain.body = "<!DOCTYPE html><html>APP_NAME=x";
    QVERIFY(!ExposureCheck::plausibleType(env, plain));
}

void tst_SiteProbe::exposedSiteFindsEveryPlantedExposure()
{
    TestWebsite site(TestWebsite::Mode::Exposed);
    QVERIFY(site.listen());
    const KeyMatcher matcher({site.accountKeyId(), u"0123abcd-4567ef01"_s}, QString());
    Run run;
    QVERIFY(probe({site.url().toString()}, fast(), &run, matcher));

    QCOMPARE(run.summary.sites, 1);
    QVERIFY(run.summary.unreachable.isEmpty());
    QVERIFY(!run.summary.cancelled);
    QCOMPARE(run.planned, SiteProbe::requestsPerSite());
    // The home page leads to its bundle and the bundle's source map: two more requests, added
    // to the plan as they are found. The library on another host is never asked for.
    QCOMPARE(run.summary.requests, run.planned + 2);
    QCOMPARE(int(site.requests().size()), run.planned + 2);
    QCOMPARE(site.requestsFor("/assets/app.3f9c.js.map"), 1);
    QCOMPARE(site.requestsFor("/cdn/lib.js"), 0);
    QCOMPARE(run.lastDone, run.lastTotal);
    QCOMPARE(run.lastTotal, run.planned + 2);
    verifyGetOnly(site);
    // The archive is recognised from its first kilobyte.
    for (const TestWebsite::Request& request : site.requests()) {
        if (request.target == "/backup.zip")
            QCOMPARE(request.range, QByteArray("bytes=0-1023"));
    }

    QMap<QByteArray, QString> found;
    for (const SiteExposure& exposure : run.exposures) {
        QCOMPARE(exposure.url.host(), u"127.0.0.1"_s);
        QByteArray target = exposure.url.path(QUrl::FullyEncoded).toUtf8();
        if (exposure.url.hasQuery())
            target += '?' + exposure.url.query(QUrl::FullyEncoded).toUtf8();
        QVERIFY2(!found.contains(target), target.constData());
        found.insert(target, exposure.kindId);
        QVERIFY(!exposure.title.isEmpty());
        QVERIFY(!exposure.whatLeaks.isEmpty());
        QVERIFY(!exposure.advice.isEmpty());
        QVERIFY(SiteExposure::severityRank(exposure.severity) >= 0);
        QVERIFY(!exposure.bodyTruncated);
    }
    QCOMPARE(found, TestWebsite::exposedTargets());
    QCOMPARE(run.signalled.size(), run.exposures.size());

    const auto exposureAt = [&](const QString& kind) {
        for (const SiteExposure& exposure : run.exposures) {
            if (exposure.kindId == kind)
                return exposure;
        }
        return SiteExposure();
    };
    // The .env: the account's key, matched, and the SMTP password next to smtp.mailgun.org.
    const SiteExposure env = exposureAt(u"env-file"_s);
    QCOMPARE(env.severity, u"critical"_s);
    QVERIFY(env.advice.contains(u"Delete this file from your web server"_s));
    bool sawKey = false;
    bool sawPassword = false;
    for (const LeakFinding& credential : env.credentials) {
        if (credential.kind == LeakFinding::Kind::ApiKey) {
            sawKey = true;
            QCOMPARE(credential.secret.reveal(), site.accountKey());
            QCOMPARE(credential.match, LeakFinding::KeyMatch::AccountKey);
            QCOMPARE(credential.matchedKeyId, site.accountKeyId());
            QCOMPARE(credential.masked(), Secret::mask(site.accountKey()));
        } else if (credential.kind == LeakFinding::Kind::SmtpPassword) {
            sawPassword = true;
            QCOMPARE(credential.secret.reveal(), site.smtpPassword());
        }
    }
    QVERIFY(sawKey);
    QVERIFY(sawPassword);
    // The phpinfo page shows the same key.
    const SiteExposure phpinfo = exposureAt(u"phpinfo-page"_s);
    QCOMPARE(phpinfo.credentials.size(), 1);
    QCOMPARE(phpinfo.credentials.first().match, LeakFinding::KeyMatch::AccountKey);
    // The wp-config.php copy holds a key of some other account.
    const SiteExposure wpConfig = exposureAt(u"wp-config-backup"_s);
    QCOMPARE(wpConfig.credentials.size(), 1);
    QCOMPARE(wpConfig.credentials.first().secret.reveal(), site.foreignKey());
    QCOMPARE(wpConfig.credentials.first().match, LeakFinding::KeyMatch::NotThisAccount);
    QVERIFY(exposureAt(u"git-folder"_s).advice.contains(u"Block access to the .git folder"_s));
    QVERIFY(exposureAt(u"laravel-debug"_s).advice.contains(u"APP_DEBUG=false"_s));
    QVERIFY(exposureAt(u"git-folder"_s).credentials.isEmpty());

    // Records: one per exposure and one per credential, source "probe", location the URL.
    const QList<FindingRecord> records = env.records();
    QCOMPARE(records.size(), 1 + env.credentials.size());
    for (const FindingRecord& record : records) {
        QCOMPARE(record.source, u"probe"_s);
        QCOMPARE(record.location, env.url.toString());
    }
    QCOMPARE(records.first().kind, u"env-file"_s);
    QVERIFY(records.first().masked.isEmpty());
    QCOMPARE(env.record().kind, u"env-file"_s);
    bool recordedKey = false;
    for (const FindingRecord& record : records) {
        if (record.kind == u"api-key"_s) {
            recordedKey = true;
            QCOMPARE(record.masked, Secret::mask(site.accountKey()));
            QCOMPARE(record.keyId, site.accountKeyId());
            QCOMPARE(record.match, u"account-key"_s);
        }
    }
    QVERIFY(recordedKey);

    // No secret in clear anywhere it can be shown or saved.
    const QString output = allOutput(run.exposures, run.summary);
    QVERIFY(!output.contains(site.accountKey()));
    QVERIFY(!output.contains(site.foreignKey()));
    QVERIFY(!output.contains(site.smtpPassword()));
    QVERIFY(output.contains(Secret::mask(site.accountKey())));
}

void tst_SiteProbe::softNotFoundSiteYieldsNothing()
{
    TestWebsite site(TestWebsite::Mode::SoftNotFound);
    QVERIFY(site.listen());
    Run run;
    QVERIFY(probe({site.url().toString()}, fast(), &run));
    QVERIFY(run.summary.unreachable.isEmpty());
    QCOMPARE(run.summary.requests, SiteProbe::requestsPerSite());
    QCOMPARE(run.exposures.size(), 0);
    QCOMPARE(run.signalled.size(), 0);
    verifyGetOnly(site);
}

void tst_SiteProbe::cleanSiteYieldsNothingAtThePace()
{
    TestWebsite site(TestWebsite::Mode::Clean);
    QVERIFY(site.listen());
    SiteProbe::Options options = fast();
    options.requestsPerSecond = 20;
    const auto before = std::chrono::steady_clock::now();
    Run run;
    QVERIFY(probe({site.url().toString()}, options, &run));
    QCOMPARE(run.exposures.size(), 0);
    QVERIFY(run.summary.unreachable.isEmpty());
    const int n = int(site.requests().size());
    QCOMPARE(n, SiteProbe::requestsPerSite());
    verifyGetOnly(site);
    // N requests at 20 per second take at least (N - 1) / 20 seconds, and no two arrive
    // much closer than 1/20 s apart.
    const auto span = site.requests().last().at - before;
    const double seconds = std::chrono::duration<double>(span).count();
    QVERIFY2(seconds >= (n - 1) / 20.0, qPrintable(QString::number(seconds)));
    for (qsizetype i = 1; i < site.requests().size(); ++i) {
        const double gap =
            std::chrono::duration<double>(site.requests().at(i).at - site.requests().at(i - 1).at).count();
        QVERIFY2(gap >= 0.03, qPrintable(QString::number(gap)));
    }
}

void tst_SiteProbe::crossHostRedirectIsNotFollowed()
{
    TestWebsite other(TestWebsite::Mode::Exposed);
    QVERIFY(other.listen());
    TestWebsite site(TestWebsite::Mode::Redirecting);
    site.setOtherSite(QUrl(u"http://localhost:%1"_s.arg(other.port())));
    QVERIFY(site.listen());
    Run run;
    QVERIFY(probe({site.url().toString()}, fast(), &run));
    QCOMPARE(other.requests().size(), 0);
    QVERIFY(run.summary.unreachable.isEmpty());
    // The same-host redirect to /.git/config?hop=1 is followed; the loop stops after a few hops.
    QCOMPARE(run.exposures.size(), 1);
    QCOMPARE(run.exposures.first().kindId, u"git-folder"_s);
    QCOMPARE(site.requestsFor("/.git/config"), 2);
    QCOMPARE(site.requestsFor("/info.php"), 4); // the first ask and 3 hops
    QCOMPARE(site.requestsFor("/.env"), 1);
    verifyGetOnly(site);
}

void tst_SiteProbe::siteThatMovedElsewhereIsReported()
{
    TestWebsite other(TestWebsite::Mode::Exposed);
    QVERIFY(other.listen());
    TestWebsite site(TestWebsite::Mode::MovedElsewhere);
    site.setOtherSite(QUrl(u"http://localhost:%1"_s.arg(other.port())));
    QVERIFY(site.listen());
    Run run;
    QVERIFY(probe({site.url().toString()}, fast(), &run));
    QCOMPARE(other.requests().size(), 0);
    QCOMPARE(run.exposures.size(), 0);
    QCOMPARE(run.summary.unreachable.size(), 1);
    QVERIFY2(run.summary.unreachable.first().contains(u"localhost:%1"_s.arg(other.port())),
             qPrintable(run.summary.unreachable.first()));
    // Only the baseline was asked; the rest of the plan was dropped, and the bar ends full.
    QCOMPARE(run.summary.requests, 3);
    QCOMPARE(run.lastDone, run.lastTotal);
    QCOMPARE(ProbeCommand::exitCodeFor(run.summary), int(ExitFailed));
}

void tst_SiteProbe::hugeResponseIsCapped()
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

void tst_SiteProbe::slowAnswerTimesOut()
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

void tst_SiteProbe::silentSiteIsUnreachable()
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
    QVERIFY(run.elapsedMs < 5000);
}

void tst_SiteProbe::closedPortIsUnreachable()
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

void tst_SiteProbe::cancelStopsAtOnce()
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

void tst_SiteProbe::refusesAnythingButHttp()
{
    SiteProbe prober;
    QVERIFY(!prober.start({u"ftp://127.0.0.1/"_s, u"file:///etc"_s, u"   "_s}));
    QVERIFY(!prober.isRunning());
    QCOMPARE(prober.summary().unreachable.size(), 3);
    QVERIFY(!prober.start({}));
}

void tst_SiteProbe::commandRefusesWithoutOwnership()
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

void tst_SiteProbe::commandNeedsAnAddress()
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

void tst_SiteProbe::commandProbesAndExitsZero()
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

void tst_SiteProbe::commandOutputIsMaskedAndOrdered()
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

void tst_SiteProbe::pageScriptsStayOnTheSite()
{
    const QUrl site(u"https://shop.example.com/"_s);
    const QUrl page(u"https://shop.example.com/en/index.html"_s);
    const QByteArray html =
        "<script src=\"/js/app.js?v=1&amp;t=2\"></script><SCRIPT defer src='vendor.js'></SCRIPT>"
        "<script src=\"https://cdn.other.net/lib.js\"></script><script>inline()</script>"
        "<script type=module src=/js/app.js?v=1&amp;t=2></script><script "
        "src=\"//shop.example.com/m.js\"></script>";
    const QList<QUrl> scripts = PageScripts::scriptsOf(html, page, site, 10);
    QCOMPARE(scripts, (QList<QUrl>{QUrl(u"https://shop.example.com/js/app.js?v=1&t=2"_s),
                                   QUrl(u"https://shop.example.com/en/vendor.js"_s),
                                   QUrl(u"https://shop.example.com/m.js"_s)}));
    QCOMPARE(PageScripts::scriptsOf(html, page, site, 1).size(), 1);

    const QUrl script(u"https://shop.example.com/js/app.js"_s);
    QCOMPARE(PageScripts::sourceMapOf("x();\n//# sourceMappingURL=app.js.map\n", script, site),
             QUrl(u"https://shop.example.com/js/app.js.map"_s));
    QCOMPARE(PageScripts::sourceMapOf("x();\n/*# sourceMappingURL=/maps/a.map */", script, site),
             QUrl(u"https://shop.example.com/maps/a.map"_s));
    QVERIFY(!PageScripts::sourceMapOf("x();\n//# sourceMappingURL=data:application/json;base64,e30=", script,
                                      site)
                 .isValid());
    QVERIFY(!PageScripts::sourceMapOf("x();\n//# sourceMappingURL=https://cdn.other.net/a.map", script, site)
                 .isValid());
    QVERIFY(!PageScripts::sourceMapOf("x(); // no map", script, site).isValid());
}

QTEST_GUILESS_MAIN(tst_SiteProbe)
#include "tst_siteprobe.moc"
