// Issue 18 against a test site of our own (StaticSite): a key at each new place is found; a
// key in a file whose content is not what its name says is still reported, with what the
// content looked like; files without a key, error pages and a site that answers everything
// with one page yield nothing new; the admin's folder is asked, from the probe and from the
// command line. Keys are synthetic, made at run time.

#include "SiteProbeFixture.h"
#include "StaticSite.h"
#include "investigate/ProbeContent.h"

#include <QRandomGenerator>

class tst_SiteProbePlaces : public QObject
{
    Q_OBJECT

private slots:
    void keyAtEachNewPlaceIsFound();
    void keyInAMismatchedFileIsReported();
    void oneAnswerForEverythingYieldsOnlyThePage();
    void adminFolderIsAsked();
    void commandLineTakesTheFolder();

private:
    QString newKey();
    QRandomGenerator m_random{20261205};
};

namespace {

struct Found
{
    QString kind;
    QString looksLike;
    QStringList secrets;
};

// Runs a probe over `site` with `folders`, to its end; target -> what was reported there.
QMap<QByteArray, Found> probeSite(const StaticSite& site, const QStringList& folders, Run* run)
{
    SiteProbe prober;
    prober.setOptions(fast());
    if (!prober.setSiteFolders(folders))
        return {};
    QSignalSpy finished(&prober, &SiteProbe::finished);
    QElapsedTimer clock;
    clock.start();
    if (!prober.start({site.url().toString()}))
        return {};
    run->planned = prober.plannedRequests();
    if (!finished.wait(120000))
        return {};
    run->elapsedMs = clock.elapsed();
    run->exposures = prober.exposures();
    run->summary = prober.summary();
    QMap<QByteArray, Found> found;
    for (const SiteExposure& exposure : run->exposures) {
        Found entry{exposure.kindId, exposure.contentKind, {}};
        for (const LeakFinding& credential : exposure.credentials)
            entry.secrets.append(credential.secret.reveal());
        found.insert(exposure.url.path(QUrl::FullyEncoded).toUtf8(), entry);
    }
    return found;
}

QByteArray envFile(const QString& key)
{
    return "APP_NAME=\"Corner Shop\"\nAPP_ENV=production\nMAIL_MAILER=mailgun\n"
           "MAILGUN_DOMAIN=mg.corner-shop.example\nMAILGUN_SECRET=" +
           key.toLatin1() + "\nMAILGUN_ENDPOINT=api.mailgun.net\n";
}

QByteArray wpConfig(const QString& key)
{
    return "<?php\n/** The name of the database for WordPress */\ndefine( 'DB_NAME', 'wordpress' );\n"
           "define( 'DB_PASSWORD', 'not-this-test' );\ndefine( 'MAILGUN_USEAPI', true );\n"
           "define( 'MAILGUN_APIKEY', '" +
           key.toLatin1() + "' );\n$table_prefix = 'wp_';\n";
}

} // namespace

QString tst_SiteProbePlaces::newKey()
{
    static const char digits[] = "0123456789abcdef";
    QString key;
    for (int length : {32, 8, 8}) {
        if (!key.isEmpty())
            key += u'-';
        for (int i = 0; i < length; ++i)
            key += QLatin1Char(digits[m_random.bounded(16)]);
    }
    return key;
}

void tst_SiteProbePlaces::keyAtEachNewPlaceIsFound()
{
    StaticSite site;
    QVERIFY(site.listen());
    QMap<QByteArray, Found> expected;
    const QList<QByteArray> envPlaces{"/.env.dev.local",  "/.env.development.local",
                                      "/.env.prod.local", "/.env.production.local",
                                      "/.env.www",        "/.env_sample",
                                      "/app/.env",        "/backend/.env",
                                      "/laravel/.env",    "/public/.env",
                                      "/core/.env",       "/dev/.env",
                                      "/staging/.env",    "/old/.env",
                                      "/new/.env"};
    for (const QByteArray& target : envPlaces) {
        const QString key = newKey();
        site.serve(target, "text/plain", envFile(key));
        expected.insert(target, Found{u"env-file"_s, u"env"_s, {key}});
    }
    const QList<QByteArray> wpPlaces{"/wp-config.php.swp", "/wp-config.php.swo",      "/wp-config.php.new",
                                     "/wp-config.php.BAK", "/wp-config.php.disabled", "/wp-config.php_1.bak",
                                     "/wp-config.php.0",   "/wp-config.php.2",        "/wp-config.txt",
                                     "/wp-config.bak",     "/wp-config.old"};
    for (const QByteArray& target : wpPlaces) {
        const QString key = newKey();
        site.serve(target, "application/octet-stream", wpConfig(key));
        expected.insert(target, Found{u"wp-config-backup"_s, u"php"_s, {key}});
    }
    // Vim's swap file: a binary header, then the text being edited.
    const QString swapKey = newKey();
    static const char header[] = "b0VIM 9.0\0\0\0\0\x10\0\0\0\0\0\0\0\0\0editor\0\0\0\0";
    site.serve("/.wp-config.php.swp", "application/octet-stream",
               QByteArray(header, sizeof header - 1) + QByteArray(64, '\0') + wpConfig(swapKey));
    expected.insert("/.wp-config.php.swp", Found{u"wp-config-backup"_s, u"vim-swap"_s, {swapKey}});

    Run run;
    const QMap<QByteArray, Found> found = probeSite(site, {}, &run);
    QCOMPARE(run.planned, 113);
    QCOMPARE(run.summary.requests, 113);
    QCOMPARE(int(site.requests().size()), 113);
    QCOMPARE(found.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Found& got = found.value(it.key());
        const QByteArray what = it.key() + ": " + got.kind.toUtf8() + ' ' + got.looksLike.toUtf8() + ' ' +
                                QByteArray::number(got.secrets.size());
        QVERIFY2(got.kind == it->kind, what.constData());
        QVERIFY2(got.looksLike == it->looksLike, what.constData());
        QVERIFY2(got.secrets == it->secrets, what.constData());
    }
    for (const StaticSite::Request& request : site.requests())
        QCOMPARE(request.method, QByteArray("GET"));
    qInfo("Probe of the test site: %d requests in %lld ms at the test pace; %.1f s at the default "
          "%.0f requests a second",
          run.summary.requests, run.elapsedMs, run.summary.requests / SiteProbe::Options().requestsPerSecond,
          SiteProbe::Options().requestsPerSecond);
}

void tst_SiteProbePlaces::keyInAMismatchedFileIsReported()
{
    StaticSite site;
    QVERIFY(site.listen());
    // The case: a copied .env saved under a wp-config.php backup name.
    const QString envKey = newKey();
    site.serve("/wp-config.php.old", "text/plain", envFile(envKey));
    // Mail settings as JSON where a .env is expected.
    const QString jsonKey = newKey();
    site.serve("/.env.bak", "application/json",
               "{\"mailgun\": {\"domain\": \"mg.corner-shop.example\", \"secret\": \"" + jsonKey.toLatin1() +
                   "\"}}\n");
    // YAML settings saved as a database dump.
    const QString yamlKey = newKey();
    site.serve("/database.sql", "application/sql",
               "mailgun:\n  domain: mg.corner-shop.example\n  api_key: " + yamlKey.toLatin1() + "\n");
    // A database dump where an archive is expected (the archive name is asked for its first bytes).
    const QString sqlKey = newKey();
    site.serve(
        "/backup.zip", "application/zip",
        "-- MySQL dump 10.13\nINSERT INTO wp_options VALUES (7,'mailgun','a:1:{s:6:\"apiKey\";s:50:\"" +
            sqlKey.toLatin1() + "\";}','yes');\n");
    // A web page (not phpinfo) that shows the key.
    const QString pageKey = newKey();
    site.serve("/info.php", "text/html",
               "<!DOCTYPE html>\n<html><body><h1>Mail settings</h1><form><input name=\"mailgun_api_key\" "
               "value=\"" +
                   pageKey.toLatin1() + "\"></form></body></html>\n");
    // The control: a real wp-config.php copy stays what it is.
    const QString wpKey = newKey();
    site.serve("/wp-config.php.bak", "text/plain", wpConfig(wpKey));
    // Not reported: readable but no key; a key on an error page; a key behind a redirect.
    site.serve("/.env.old", "text/plain", "Moved the settings to the server's own folder.\n");
    site.serve("/.env.save", "text/plain", envFile(newKey()), 404);
    site.serve("/wp-config.php.save", "text/plain", envFile(newKey()), 500);

    Run run;
    const QMap<QByteArray, Found> found = probeSite(site, {}, &run);
    const QMap<QByteArray, Found> expected{
        {"/wp-config.php.old", {u"key-in-file"_s, u"env"_s, {envKey}}},
        {"/.env.bak", {u"key-in-file"_s, u"json"_s, {jsonKey}}},
        {"/database.sql", {u"key-in-file"_s, u"yaml"_s, {yamlKey}}},
        {"/backup.zip", {u"key-in-file"_s, u"sql"_s, {sqlKey}}},
        {"/info.php", {u"key-in-file"_s, u"html"_s, {pageKey}}},
        {"/wp-config.php.bak", {u"wp-config-backup"_s, u"php"_s, {wpKey}}}};
    QCOMPARE(found.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Found& got = found.value(it.key());
        const QByteArray what = it.key() + ": " + got.kind.toUtf8() + ' ' + got.looksLike.toUtf8() + ' ' +
                                QByteArray::number(got.secrets.size());
        QVERIFY2(got.kind == it->kind, what.constData());
        QVERIFY2(got.looksLike == it->looksLike, what.constData());
        QVERIFY2(got.secrets == it->secrets, what.constData());
    }

    // What the admin reads: the address, the masked key, what the content looked like.
    SiteExposure old;
    for (const SiteExposure& exposure : run.exposures) {
        if (exposure.url.path() == u"/wp-config.php.old"_s)
            old = exposure;
    }
    QCOMPARE(old.url, site.url().resolved(QUrl(u"wp-config.php.old"_s)));
    QCOMPARE(old.severity, u"critical"_s);
    QCOMPARE(old.title, u"Mailgun key in a file anyone can download"_s);
    QVERIFY2(old.whatLeaks.endsWith(u"Its content looks like a settings file (.env)."_s),
             qPrintable(old.whatLeaks));
    QCOMPARE(old.contentText, u"a settings file (.env)"_s);
    QCOMPARE(old.toJson().value(u"looks_like"_s).toString(), u"env"_s);
    QCOMPARE(old.credentialJson(old.credentials.first()).value(u"looks_like"_s).toString(), u"env"_s);
    QCOMPARE(old.record().kind, u"key-in-file"_s);
    QVERIFY(old.record().advice.contains(u"Its content looks like a settings file (.env)."_s));
    const QString text = ProbeCommand::resultText({old}, run.summary);
    QCOMPARE(text.count(u"content looks like a settings file (.env)."_s), 1);
    QVERIFY(text.contains(Secret::mask(envKey)));
    // A file that is what its name says: the content is named next to the key found in it.
    SiteExposure copy;
    for (const SiteExposure& exposure : run.exposures) {
        if (exposure.url.path() == u"/wp-config.php.bak"_s)
            copy = exposure;
    }
    QCOMPARE(copy.contentText, u"PHP program code"_s);
    const QString copyText = ProbeCommand::resultText({copy}, run.summary);
    QVERIFY2(copyText.contains(u"The content looks like PHP program code."_s), qPrintable(copyText));
    const QString output = allOutput(run.exposures, run.summary);
    for (const QString& key : {envKey, jsonKey, yamlKey, sqlKey, pageKey, wpKey})
        QVERIFY(!output.contains(key));
}

void tst_SiteProbePlaces::oneAnswerForEverythingYieldsOnlyThePage()
{
    // A site that answers 200 with its home page, key inlined, to every address: the key is
    // reported once, for the page, and no address is taken for a file.
    StaticSite site;
    QVERIFY(site.listen());
    const QString key = newKey();
    site.serveEverythingElse("text/html", "<!DOCTYPE html>\n<html><head><script>window.mail={mailgunKey:\"" +
                                              key.toLatin1() +
                                              "\"};</script></head><body>Shop</body></html>\n");
    Run run;
    const QMap<QByteArray, Found> found = probeSite(site, {u"shop"_s}, &run);
    QCOMPARE(found.keys(), QList<QByteArray>{"/"});
    QCOMPARE(found.value("/").kind, u"key-in-page"_s);
    QCOMPARE(found.value("/").looksLike, u"html"_s);
    QCOMPARE(found.value("/").secrets, QStringList{key});
}

void tst_SiteProbePlaces::adminFolderIsAsked()
{
    StaticSite site;
    QVERIFY(site.listen());
    const QString envKey = newKey();
    const QString wpKey = newKey();
    site.serve("/shop/.env", "text/plain", envFile(envKey));
    site.serve("/shop/wp-config.php.save", "text/plain", wpConfig(wpKey));

    Run without;
    QVERIFY(probeSite(site, {}, &without).isEmpty());
    QCOMPARE(site.requestsFor("/shop/.env"), 0);

    Run run;
    const QMap<QByteArray, Found> found = probeSite(site, {u"/shop/"_s}, &run);
    QCOMPARE(run.planned, 135);
    QCOMPARE(run.summary.requests, 135);
    QCOMPARE(site.requestsFor("/shop/.env"), 1);
    QCOMPARE(site.requestsFor("/shop/.git/config"), 1);
    QCOMPARE(found.keys(), (QList<QByteArray>{"/shop/.env", "/shop/wp-config.php.save"}));
    QCOMPARE(found.value("/shop/.env").kind, u"env-file"_s);
    QCOMPARE(found.value("/shop/.env").secrets, QStringList{envKey});
    QCOMPARE(found.value("/shop/wp-config.php.save").kind, u"wp-config-backup"_s);
    QCOMPARE(found.value("/shop/wp-config.php.save").secrets, QStringList{wpKey});
    // Only the site's own host, GET only.
    for (const StaticSite::Request& request : site.requests()) {
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY(request.target.startsWith('/'));
    }
}

void tst_SiteProbePlaces::commandLineTakesTheFolder()
{
    StaticSite site;
    QVERIFY(site.listen());
    const QString key = newKey();
    site.serve("/apps/shop/.env", "text/plain", envFile(key));

    CommandLineOptions options =
        probeOptions({u"--folder"_s, u"apps/shop"_s, site.url().toString(), u"--json"_s}, true);
    QVERIFY(options.error.isEmpty());
    QCOMPARE(options.siteFolders, QStringList{u"apps/shop"_s});
    QCOMPARE(options.arguments, QStringList{site.url().toString()});
    ProbeCommand command(options);
    command.setProbeOptions(fast());
    QSignalSpy finished(&command, &ProbeCommand::finished);
    command.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toInt(), int(ExitDone));
    QCOMPARE(site.requestsFor("/apps/shop/.env"), 1);
    QCOMPARE(int(site.requests().size()), 135);

    // A folder that is not one: refused before anything is sent.
    StaticSite other;
    QVERIFY(other.listen());
    ProbeCommand refused(probeOptions({u"--folder=../etc"_s, other.url().toString()}, true));
    QSignalSpy refusedFinished(&refused, &ProbeCommand::finished);
    refused.start();
    QVERIFY(refusedFinished.wait(2000));
    QCOMPARE(refusedFinished.first().first().toInt(), int(ExitUsage));
    QVERIFY(other.requests().isEmpty());
    QCOMPARE(CommandLineOptions::parse({u"mailgun-recovery"_s, u"probe"_s, u"--folder"_s}).error,
             u"The option --folder needs a value."_s);
}

QTEST_GUILESS_MAIN(tst_SiteProbePlaces)
#include "tst_siteprobe_places.moc"
