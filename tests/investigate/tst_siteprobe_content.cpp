// Issue 18, without a network: what a downloaded body looks like inside (whatever its name
// says), the grown path list (counted, safe, each new place present), and the folder names
// the admin may give.

#include "investigate/ProbeContent.h"
#include "investigate/ProbePath.h"
#include "investigate/SiteProbe.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SiteProbeContent : public QObject
{
    Q_OBJECT

private slots:
    void contentKindsAreToldApart_data();
    void contentKindsAreToldApart();
    void contentKindsHavePlainWords();
    void pathListGrewByTheSources();
    void adminFolderAddsTheLikelyFiles();
    void folderNamesAreChecked_data();
    void folderNamesAreChecked();
};

void tst_SiteProbeContent::contentKindsAreToldApart_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("env") << QByteArray("# production\nAPP_NAME=Shop\nMAILGUN_DOMAIN=mg.example.com\n"
                                       "MAILGUN_SECRET=abc\n\nexport MAIL_HOST=smtp.mailgun.org\n")
                         << u"env"_s;
    QTest::newRow("env with a stray line")
        << QByteArray("APP_NAME=Shop\nAPP_ENV=production\nsee the wiki\nMAIL_PASSWORD=x\n") << u"env"_s;
    QTest::newRow("php") << QByteArray("<?php\ndefine( 'DB_NAME', 'wordpress' );\n") << u"php"_s;
    QTest::newRow("php short tag") << QByteArray("  <?= $key ?>\n") << u"php"_s;
    QTest::newRow("json") << QByteArray("{\"mailgun\": {\"secret\": \"abc\"}}\n") << u"json"_s;
    QTest::newRow("json array") << QByteArray("[{\"name\": \"a\"}, 2]") << u"json"_s;
    QTest::newRow("yaml") << QByteArray("---\nmailgun:\n  domain: mg.example.com\n  secret: abc\n")
                          << u"yaml"_s;
    QTest::newRow("yaml list") << QByteArray("services:\n  web:\n    environment:\n      - A=1\n")
                               << u"yaml"_s;
    QTest::newRow("sql") << QByteArray("-- MySQL dump 10.13\n\nINSERT INTO wp_options VALUES (1);\n")
                         << u"sql"_s;
    QTest::newRow("sql lower case") << QByteArray("\ncreate table users (id int);\n") << u"sql"_s;
    QTest::newRow("ini") << QByteArray("[mail]\nhost = smtp.mailgun.org\npassword = x\n") << u"ini"_s;
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?>\n<config><key>a</key></config>") << u"xml"_s;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html>\n<html><body>Hi</body></html>") << u"html"_s;
    QTest::newRow("javascript") << QByteArray("(()=>{const e={k:1};window.shop=e})();") << u"javascript"_s;
    static const char swap[] = "b0VIM 8.2\0\0\0\0\x10\0\0APP_NAME=Shop\n";
    QTest::newRow("vim swap") << QByteArray(swap, sizeof swap - 1) << u"vim-swap"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << u"binary"_s;
    QTest::newRow("text") << QByteArray("Remember: the mail key is in the safe.\n") << u"text"_s;
    QTest::newRow("empty") << QByteArray() << u"text"_s;
}

void tst_SiteProbeContent::contentKindsAreToldApart()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QCOMPARE(ProbeContent::id(ProbeContent::sniff(body)), kind);
}

void tst_SiteProbeContent::contentKindsHavePlainWords()
{
    QCOMPARE(ProbeContent::phrase(ProbeContent::Kind::EnvFile), u"a settings file (.env)"_s);
    QCOMPARE(ProbeContent::phrase(ProbeContent::Kind::Php), u"PHP program code"_s);
    QCOMPARE(ProbeContent::phrase(ProbeContent::Kind::SqlDump), u"a copy of a database (SQL)"_s);
    QCOMPARE(ProbeContent::phrase(ProbeContent::Kind::PlainText), u"plain text"_s);
    QCOMPARE(ProbeContent::typicalFileName(ProbeContent::Kind::EnvFile), u".env"_s);
    QCOMPARE(ProbeContent::typicalFileName(ProbeContent::Kind::Yaml), u"content.yml"_s);
}

void tst_SiteProbeContent::pathListGrewByTheSources()
{
    // 82 paths before issue 18 (tst_siteprobe's table at commit 5db4c2e).
    const QList<ProbePath>& paths = ProbePath::all();
    QCOMPARE(paths.size(), 109);
    QCOMPARE(SiteProbe::requestsPerSite(), 3 + 109 + 1);
    QSet<QString> all;
    for (const ProbePath& path : paths) {
        QVERIFY2(!all.contains(path.path), qPrintable(path.path));
        all.insert(path.path);
    }
    const QStringList added{// nuclei laravel-env.yaml
                            u".env.dev.local"_s, u".env.development.local"_s, u".env.prod.local"_s,
                            u".env.production.local"_s, u".env.www"_s, u".env_sample"_s,
                            // a project one folder down
                            u"app/.env"_s, u"backend/.env"_s, u"laravel/.env"_s, u"public/.env"_s,
                            u"core/.env"_s, u"dev/.env"_s, u"staging/.env"_s, u"old/.env"_s, u"new/.env"_s,
                            // nuclei php-backup-files.yaml, and Vim's swap name
                            u"wp-config.php.swp"_s, u"wp-config.php.swo"_s, u"wp-config.php.new"_s,
                            u"wp-config.php.BAK"_s, u"wp-config.php.disabled"_s, u"wp-config.php_1.bak"_s,
                            u"wp-config.php.0"_s, u"wp-config.php.2"_s, u"wp-config.txt"_s,
                            u"wp-config.bak"_s, u"wp-config.old"_s, u".wp-config.php.swp"_s};
    QCOMPARE(added.size(), 109 - 82);
    for (const QString& path : added)
        QVERIFY2(all.contains(path), qPrintable(path));
    const auto kindOf = [&](const QString& p) {
        for (const ProbePath& path : paths) {
            if (path.path == p)
                return path.kind->id;
        }
        return QString();
    };
    QCOMPARE(kindOf(u"laravel/.env"_s), u"env-file"_s);
    QCOMPARE(kindOf(u".wp-config.php.swp"_s), u"wp-config-backup"_s);
    QCOMPARE(kindOf(u"wp-config.txt"_s), u"wp-config-backup"_s);
    // The kind for a key in a file that is not what its name says is never asked for by path.
    QVERIFY(ProbePath::kindById(u"key-in-file"_s));
    QCOMPARE(kindOf(u"key-in-file"_s), QString());
    QCOMPARE(ProbePath::kindById(u"key-in-file"_s)->severity, u"critical"_s);
}

void tst_SiteProbeContent::adminFolderAddsTheLikelyFiles()
{
    const QList<ProbePath> plan = ProbePath::planFor({u"shop"_s});
    QCOMPARE(plan.size(), 109 + 22);
    QCOMPARE(SiteProbe::requestsPerSite({u"shop"_s}), 3 + 131 + 1);
    QStringList inside;
    for (qsizetype i = 109; i < plan.size(); ++i)
        inside.append(plan.at(i).path);
    QCOMPARE(inside, (QStringList{u"shop/.env"_s,
                                  u"shop/.env.local"_s,
                                  u"shop/.env.production"_s,
                                  u"shop/.env.bak"_s,
                                  u"shop/.env.backup"_s,
                                  u"shop/.env.save"_s,
                                  u"shop/.env.old"_s,
                                  u"shop/phpinfo.php"_s,
                                  u"shop/info.php"_s,
                                  u"shop/_ignition/health-check"_s,
                                  u"shop/storage/logs/laravel.log"_s,
                                  u"shop/wp-config.php"_s,
                                  u"shop/wp-config.php.bak"_s,
                                  u"shop/wp-config.php.old"_s,
                                  u"shop/wp-config.php.save"_s,
                                  u"shop/wp-config.php.orig"_s,
                                  u"shop/wp-config.php.txt"_s,
                                  u"shop/wp-config.php~"_s,
                                  u"shop/wp-config.php.swp"_s,
                                  u"shop/.wp-config.php.swp"_s,
                                  u"shop/wp-content/debug.log"_s,
                                  u"shop/.git/config"_s}));
    QCOMPARE(plan.at(109).kind->id, u"env-file"_s);
    // A common deployment folder named again is not asked twice.
    QCOMPARE(ProbePath::planFor({u"laravel"_s}).size(), 109 + 21);
    QCOMPARE(ProbePath::planFor({u"shop"_s, u"apps/blog"_s}).size(), 109 + 44);
}

void tst_SiteProbeContent::folderNamesAreChecked_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("folder"); // empty: refused
    QTest::newRow("plain") << u"shop"_s << u"shop"_s;
    QTest::newRow("slashes") << u" /shop/ "_s << u"shop"_s;
    QTest::newRow("two deep") << u"apps/shop"_s << u"apps/shop"_s;
    QTest::newRow("dots and dashes") << u"my-site_v2.old"_s << u"my-site_v2.old"_s;
    QTest::newRow("up") << u"../etc"_s << QString();
    QTest::newRow("dot") << u"./shop"_s << QString();
    QTest::newRow("address") << u"https://other.example.com/shop"_s << QString();
    QTest::newRow("other host") << u"//other.example.com"_s << QString();
    QTest::newRow("query") << u"shop?x=1"_s << QString();
    QTest::newRow("space") << u"my shop"_s << QString();
    QTest::newRow("percent") << u"shop%2f.."_s << QString();
    QTest::newRow("empty part") << u"apps//shop"_s << QString();
    QTest::newRow("only slashes") << u"//"_s << QString();
    QTest::newRow("too deep") << u"a/b/c/d/e"_s << QString();
}

void tst_SiteProbeContent::folderNamesAreChecked()
{
    QFETCH(QString, typed);
    QFETCH(QString, folder);
    QString problem;
    QCOMPARE(ProbePath::normalisedFolder(typed, &problem), folder);
    QCOMPARE(problem.isEmpty(), !folder.isEmpty());

    SiteProbe probe;
    QVERIFY(probe.setSiteFolders({u"first"_s}));
    QCOMPARE(probe.setSiteFolders({typed}, &problem), !folder.isEmpty());
    // A refused list leaves the folders as they were.
    QCOMPARE(probe.siteFolders(), folder.isEmpty() ? QStringList{u"first"_s} : QStringList{folder});
}

QTEST_GUILESS_MAIN(tst_SiteProbeContent)
#include "tst_siteprobe_content.moc"
