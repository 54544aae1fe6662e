// Files that are a leak by where they are (issue 15): a database dump or a site backup archive
// inside the web root, and a .git/config remote URL with a password (shown masked). Outside
// the web root the same names are no finding.
#include "investigate/LeakScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool write(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestRiskyFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dumpsBackupsAndGitPasswords();
};

void TestRiskyFiles::dumpsBackupsAndGitPasswords()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString site = root.path() + u"/public_html"_s;
    QVERIFY(write(site + u"/index.php"_s, "<?php echo 'shop';\n"));
    // Names only: the bytes are not looked at (archives are not opened here).
    for (const QString& name : {u"backup.zip"_s, u"site-2026-11-01.tar.gz"_s, u"old.tgz"_s, u"db.sql.gz"_s,
                                u"shop.sql"_s, u"wordpress.dump"_s})
        QVERIFY(write(site + u"/"_s + name, "-- nothing secret here\n"));
    QVERIFY(write(site + u"/.git/config"_s,
                  "[core]\n\tbare = false\n[remote \"origin\"]\n"
                  "\turl = https://deploy:Gh7pQ2xLm9vR4tKw@git.example.net/shop/site.git\n"
                  "\tfetch = +refs/heads/*:refs/remotes/origin/*\n"
                  "[remote \"mirror\"]\n\turl = git@github.com:shop/site.git\n"
                  "[remote \"plain\"]\n\turl = https://github.com/shop/site.git\n"
                  "[remote \"ci\"]\n\turl = https://ci:${GIT_TOKEN}@git.example.net/shop/site.git\n"));
    // Outside the web root, a backup is where it should be.
    QVERIFY(write(root.path() + u"/backups/backup.zip"_s, "PK"));
    QVERIFY(write(root.path() + u"/backups/shop.sql"_s, "-- dump\n"));

    LeakScanner scanner;
    QSignalSpy finished(&scanner, &LeakScanner::finished);
    QVERIFY(scanner.start({root.path()}, false));
    QVERIFY(finished.wait(60000));

    QStringList found;
    const LeakFinding* git = nullptr;
    for (const LeakFinding& finding : scanner.findings()) {
        found.append(QDir(root.path()).relativeFilePath(finding.path) + u':' + QString::number(finding.line) +
                     u':' + LeakFinding::kindId(finding.kind) + u':' +
                     LeakFinding::severityId(finding.severity));
        if (finding.kind == LeakFinding::Kind::GitRemotePassword)
            git = &finding;
    }
    found.sort();
    QCOMPARE(found, (QStringList{u"public_html/.git/config:4:git-remote-password:critical"_s,
                                 u"public_html/.git:0:git-in-web-root:high"_s,
                                 u"public_html/backup.zip:0:backup-in-web-root:critical"_s,
                                 u"public_html/db.sql.gz:0:database-dump-in-web-root:critical"_s,
                                 u"public_html/old.tgz:0:backup-in-web-root:critical"_s,
                                 u"public_html/shop.sql:0:database-dump-in-web-root:critical"_s,
                                 u"public_html/site-2026-11-01.tar.gz:0:backup-in-web-root:critical"_s,
                                 u"public_html/wordpress.dump:0:database-dump-in-web-root:critical"_s}));

    // The password is kept as a secret and shown masked, never whole, nor the URL with it.
    QVERIFY(git);
    QCOMPARE(git->secret.reveal(), u"Gh7pQ2xLm9vR4tKw"_s);
    const QByteArray json = QJsonDocument(git->toJson()).toJson();
    QVERIFY(!json.contains("Gh7pQ2xLm9vR4tKw"));
    QVERIFY(!json.contains("deploy:"));
    QVERIFY(!git->record().toJson().value(u"masked"_s).toString().contains(u"Gh7pQ2xLm9vR4tKw"_s));
    QVERIFY(!git->record().toJson().value(u"masked"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestRiskyFiles)
#include "tst_riskyfiles.moc"
