// The website probe against real loopback websites (TestWebsite): what it finds on an exposed
// site, that a site answering 200 to everything and a clean site yield nothing, that it asks
// with GET only, at the configured pace, and never follows a redirect to another host.

#include "SiteProbeFixture.h"

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
    QCOMPARE(wpConfig.credentials.first().match, LeakFinding::KeyMatch::NotListed);
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
    // Only lower bounds, which a slow machine cannot break: the probe starts a request no
    // sooner than 1/20 s after the one before, and only once that one was answered (so it
    // arrived). N requests take at least (N - 1) / 20 seconds, and any three in a row span at
    // least 1/20 s, however late the network delivered each one.
    const auto span = site.requests().last().at - before;
    const double seconds = std::chrono::duration<double>(span).count();
    QVERIFY2(seconds >= (n - 1) / 20.0, qPrintable(QString::number(seconds)));
    QVERIFY(site.requests().size() >= 3);
    for (qsizetype i = 2; i < site.requests().size(); ++i) {
        const double span3 =
            std::chrono::duration<double>(site.requests().at(i).at - site.requests().at(i - 2).at).count();
        QVERIFY2(span3 >= 1 / 20.0, qPrintable(u"requests %1 to %2: %3 s"_s.arg(i - 2).arg(i).arg(span3)));
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

QTEST_GUILESS_MAIN(tst_SiteProbe)
#include "tst_siteprobe.moc"
