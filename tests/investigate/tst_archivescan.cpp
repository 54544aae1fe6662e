// Step 1's folder scan reads inside backups and compressed files (issue 15): zip, tar, 7z and
// compressed tars, single compressed dumps, archives inside archives, a backup under another
// name. The archives are made by the real tar, gzip, bzip2, xz, zip and 7z; the keys are
// planted by the test. The limits (passwords, damage, bombs, hostile names) are in
// tst_archivelimits.
#include "ArchiveFixture.h"
#include "investigate/ArchiveSummary.h"
#include "investigate/BackupFindingText.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Synthetic values: random-looking, never real keys.
const QByteArray currentKey = "3f9c2a7be41d8c05a6f1e9d27b4c8a10-5eeb6406-757a4247";
const QByteArray otherKey = "b71e4c09d2a5f38e6c1b7a94e0d2f5c3-91ab3c7d-2e4f6a81";
const QByteArray legacyKey = "key-8e2f4a6c1b9d3e7f5a0c2b4d6e8f1a3c";

// A site: the key on line 2 of .env, and a file with nothing in it.
bool writeSite(const ArchiveFixture& fixture)
{
    return fixture.write(u"site/.env"_s,
                         "APP_NAME=Shop\nMAILGUN_SECRET=" + legacyKey + "\nMAIL_MAILER=mailgun\n") &&
           fixture.write(u"site/README.txt"_s, "The shop's code.\n");
}

// A WordPress dump: the Mailgun plugin's settings row in wp_options, on line 6.
bool writeDump(const ArchiveFixture& fixture)
{
    return fixture.write(u"db.sql"_s,
                         "-- MySQL dump 10.13  Distrib 8.0.36\n"
                         "--\n"
                         "-- Dumping data for table `wp_options`\n"
                         "--\n"
                         "INSERT INTO `wp_options` VALUES (1,'siteurl','https://shop.example','yes');\n"
                         "INSERT INTO `wp_options` VALUES (152,'mailgun','a:2:{s:6:\\\"apiKey\\\";s:50:\\\"" +
                             currentKey + "\\\";s:6:\\\"domain\\\";s:14:\\\"mg.example.com\\\";}','yes');\n");
}

} // namespace

class TestArchiveScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteBackupInEveryFormat_data();
    void siteBackupInEveryFormat();
    void compressedDump_data();
    void compressedDump();
    void wpConfigInAZip();
    void backupInTheWebRootKeepsItsFindingAndIsRead();
    void archivesInsideArchives();
    void textUnderAnArchiveNameIsReadAsText();
    void filesSkippedOnDiskAreSkippedInside();
};

void TestArchiveScan::siteBackupInEveryFormat_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("archive");
    QTest::newRow("zip") << u"zip -qr backup.zip site"_s << u"backup.zip"_s;
    QTest::newRow("tar") << u"tar cf site.tar site"_s << u"site.tar"_s;
    QTest::newRow("tar.gz") << u"tar czf site.tar.gz site"_s << u"site.tar.gz"_s;
    QTest::newRow("tgz") << u"tar czf site.tgz site"_s << u"site.tgz"_s;
    QTest::newRow("tar.bz2") << u"tar cjf site.tar.bz2 site"_s << u"site.tar.bz2"_s;
    QTest::newRow("tar.xz") << u"tar cJf site.tar.xz site"_s << u"site.tar.xz"_s;
    QTest::newRow("7z") << u"7z a -bd site.7z site"_s << u"site.7z"_s;
    // Renamed: only the first bytes say what it is.
    QTest::newRow("zip renamed .bak")
        << u"zip -qr b.zip site && mv b.zip site-2026-11-01.bak"_s << u"site-2026-11-01.bak"_s;
    QTest::newRow("tar.gz renamed .old")
        << u"tar czf b.tar.gz site && mv b.tar.gz backup.old"_s << u"backup.old"_s;
}

void TestArchiveScan::siteBackupInEveryFormat()
{
    QFETCH(QString, script);
    QFETCH(QString, archive);
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(writeSite(fixture));
    QVERIFY(fixture.sh(script));
    QVERIFY(fixture.moveToScan(archive));
    QVERIFY(fixture.scan());

    QCOMPARE(fixture.found(), QStringList{archive + u"!site/.env:2:legacy-api-key"_s});
    const LeakFinding* key = fixture.finding(archive + u"!site/.env"_s, LeakFinding::Kind::LegacyApiKey);
    QVERIFY(key);
    QCOMPARE(key->secret.reveal(), QString::fromLatin1(legacyKey));
    QCOMPARE(key->archivePath, fixture.scanDir() + u'/' + archive);
    QCOMPARE(key->record().archive, fixture.scanDir() + u'/' + archive);
    QCOMPARE(key->record().location, fixture.scanDir() + u'/' + archive + u"!site/.env"_s);
    QVERIFY(!key->record().toJson().value(u"masked"_s).toString().contains(QString::fromLatin1(legacyKey)));

    const ArchiveSummary& archives = fixture.summary().archives;
    QCOMPARE(archives.opened, 1);
    QCOMPARE(archives.entries, 2); // .env and README.txt; folders hold nothing to read
    QVERIFY(archives.notFullyRead.isEmpty());
    QCOMPARE(fixture.summary().files, 1); // the archive, counted once as a file read
}

void TestArchiveScan::compressedDump_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("dump");
    QTest::newRow("gz") << u"gzip db.sql"_s << u"db.sql.gz"_s;
    QTest::newRow("bz2") << u"bzip2 db.sql"_s << u"db.sql.bz2"_s;
    QTest::newRow("xz") << u"xz db.sql"_s << u"db.sql.xz"_s;
}

void TestArchiveScan::compressedDump()
{
    QFETCH(QString, script);
    QFETCH(QString, dump);
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(writeDump(fixture));
    QVERIFY(fixture.sh(script));
    QVERIFY(fixture.moveToScan(dump));
    QVERIFY(fixture.scan());

    // A single compressed file keeps its own name, with the line in the unpacked text.
    QCOMPARE(fixture.found(), QStringList{dump + u":6:api-key"_s});
    const LeakFinding* key = fixture.finding(dump, LeakFinding::Kind::ApiKey);
    QVERIFY(key);
    QCOMPARE(key->secret.reveal(), QString::fromLatin1(currentKey));
    QCOMPARE(key->archivePath, fixture.scanDir() + u'/' + dump);
    QCOMPARE(BackupFindingText::where(key->path, key->archivePath),
             u"Inside the compressed file "_s + fixture.scanDir() + u'/' + dump);
    QCOMPARE(fixture.summary().archives.entries, 1);
}

void TestArchiveScan::wpConfigInAZip()
{
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.write(u"public_html/wp-config.php"_s,
                          "<?php\ndefine( 'DB_NAME', 'shop' );\ndefine( 'MAILGUN_APIKEY', '" + currentKey +
                              "' );\ndefine( 'WP_DEBUG', true );\n"));
    QVERIFY(fixture.write(u"public_html/index.php"_s, "<?php require 'wp-blog-header.php';\n"));
    QVERIFY(fixture.sh(u"zip -qr backup.zip public_html"_s));
    QVERIFY(fixture.moveToScan(u"backup.zip"_s));
    QVERIFY(fixture.scan());

    // The key only: WP_DEBUG in a copy inside a backup is not the live site's setting.
    QCOMPARE(fixture.found(), QStringList{u"backup.zip!public_html/wp-config.php:3:api-key"_s});
    const LeakFinding* key =
        fixture.finding(u"backup.zip!public_html/wp-config.php"_s, LeakFinding::Kind::ApiKey);
    QVERIFY(key);
    QCOMPARE(key->severity, LeakFinding::Severity::Critical);
    QVERIFY(!key->inWebRoot); // the backup is not in a web root
    const FindingRecord record = key->record();
    QCOMPARE(BackupFindingText::where(record.location, record.archive),
             u"Inside the backup file "_s + fixture.scanDir() + u"/backup.zip: public_html/wp-config.php"_s);
    QVERIFY2(record.advice.contains(u"inside the backup file backup.zip"_s), qPrintable(record.advice));
    QVERIFY2(record.advice.contains(u"step 2"_s), qPrintable(record.advice));
    QVERIFY2(record.advice.contains(u"delete old backups"_s), qPrintable(record.advice));
    // The journal keeps the backup's name, and reads it back.
    QCOMPARE(FindingRecord::fromJson(record.toJson()).archive, fixture.scanDir() + u"/backup.zip"_s);
    QCOMPARE(key->toJson().value(u"archive"_s).toString(), fixture.scanDir() + u"/backup.zip"_s);
}

void TestArchiveScan::backupInTheWebRootKeepsItsFindingAndIsRead()
{
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(writeSite(fixture));
    QVERIFY(writeDump(fixture));
    QVERIFY(fixture.sh(u"tar czf site.tar.gz site && gzip db.sql"_s));
    QVERIFY(fixture.moveToScan(u"site.tar.gz"_s, u"public_html/site.tar.gz"_s));
    QVERIFY(fixture.moveToScan(u"db.sql.gz"_s, u"public_html/db.sql.gz"_s));
    QVERIFY(fixture.write(u"index.php"_s, "<?php echo 'shop';\n"));
    QVERIFY(fixture.moveToScan(u"index.php"_s, u"public_html/index.php"_s));
    QVERIFY(fixture.scan());

    QCOMPARE(fixture.found(), (QStringList{u"public_html/db.sql.gz:0:database-dump-in-web-root"_s,
                                           u"public_html/db.sql.gz:6:api-key"_s,
                                           u"public_html/site.tar.gz!site/.env:2:legacy-api-key"_s,
                                           u"public_html/site.tar.gz:0:backup-in-web-root"_s}));
    const LeakFinding* key =
        fixture.finding(u"public_html/site.tar.gz!site/.env"_s, LeakFinding::Kind::LegacyApiKey);
    QVERIFY(key);
    // Anyone could download the backup, so the key inside is as exposed as the backup.
    QVERIFY(key->inWebRoot);
    QCOMPARE(key->severity, LeakFinding::Severity::Critical);
    QVERIFY2(key->advice().contains(u"public website folder, so anyone may have downloaded it"_s),
             qPrintable(key->advice()));
    QCOMPARE(fixture.summary().archives.opened, 2);
}

void TestArchiveScan::archivesInsideArchives()
{
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(writeSite(fixture));
    QVERIFY(writeDump(fixture));
    QVERIFY(fixture.write(u"notes.txt"_s, "mailgun: " + otherKey + "\n"));
    QVERIFY(
        fixture.sh(u"tar czf inner.tar.gz site && gzip -k db.sql && zip -q a.zip inner.tar.gz db.sql.gz"_s));
    // Four levels: the fourth is not opened, the third is.
    QVERIFY(fixture.sh(u"tar czf l4.tar.gz site && zip -q l3.zip l4.tar.gz notes.txt && "
                       "tar czf l2.tar.gz l3.zip && zip -q l1.zip l2.tar.gz"_s));
    QVERIFY(fixture.moveToScan(u"a.zip"_s));
    QVERIFY(fixture.moveToScan(u"l1.zip"_s));
    QVERIFY(fixture.scan());

    QCOMPARE(fixture.found(),
             (QStringList{u"a.zip!db.sql.gz:6:api-key"_s, u"a.zip!inner.tar.gz!site/.env:2:legacy-api-key"_s,
                          u"l1.zip!l2.tar.gz!l3.zip!notes.txt:1:api-key"_s}));
    const LeakFinding* deep =
        fixture.finding(u"a.zip!inner.tar.gz!site/.env"_s, LeakFinding::Kind::LegacyApiKey);
    QVERIFY(deep);
    QCOMPARE(deep->archivePath, fixture.scanDir() + u"/a.zip"_s); // the file on disk to act on
    QCOMPARE(BackupFindingText::where(deep->path, deep->archivePath),
             u"Inside the backup file "_s + fixture.scanDir() + u"/a.zip: inner.tar.gz!site/.env"_s);

    const ArchiveSummary& archives = fixture.summary().archives;
    QCOMPARE(archives.opened, 2);
    QCOMPARE(archives.notFullyRead.size(), 1);
    QCOMPARE(archives.notFullyRead.first().path, fixture.scanDir() + u"/l1.zip"_s);
    QCOMPARE(archives.notFullyRead.first().problems, QList<ArchiveProblem>{ArchiveProblem::TooDeep});
}

void TestArchiveScan::textUnderAnArchiveNameIsReadAsText()
{
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.write(u"notes.zip"_s, "MAILGUN_API_KEY=" + currentKey + "\n"));
    QVERIFY(fixture.moveToScan(u"notes.zip"_s));
    QVERIFY(fixture.scan());
    QCOMPARE(fixture.found(), QStringList{u"notes.zip:1:api-key"_s});
    QVERIFY(fixture.findings().first().archivePath.isEmpty());
    QCOMPARE(fixture.summary().archives.opened, 0);
}

QTEST_GUILESS_MAIN(TestArchiveScan)
void TestArchiveScan::filesSkippedOnDiskAreSkippedInside()
{
    // The same key in an example file, a lock file and a dependency folder, which the walk on
    // disk does not read, and in the real .env.
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray line = "MAILGUN_SECRET=" + legacyKey + "\n";
    QVERIFY(fixture.write(u"site/.env"_s, line));
    QVERIFY(fixture.write(u"site/.env.example"_s, line));
    QVERIFY(fixture.write(u"site/composer.lock"_s, line));
    QVERIFY(fixture.write(u"site/node_modules/mailer/index.js"_s, line));
    QVERIFY(fixture.sh(u"zip -qr backup.zip site"_s));
    QVERIFY(fixture.moveToScan(u"backup.zip"_s));

    QVERIFY(fixture.scan());
    QCOMPARE(fixture.found(), QStringList{u"backup.zip!site/.env:1:legacy-api-key"_s});

    QVERIFY(fixture.scan(true));
    QCOMPARE(fixture.found(),
             (QStringList{u"backup.zip!site/.env:1:legacy-api-key"_s,
                          u"backup.zip!site/node_modules/mailer/index.js:1:legacy-api-key"_s}));
}

#include "tst_archivescan.moc"
