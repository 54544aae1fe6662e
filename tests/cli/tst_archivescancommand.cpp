// `mailgun-recovery scan` reads inside backups (issue 15): the output names a key found in a
// zip by the file inside it, says which backup has a password, and the journal and the report
// for support carry the same name. The zips are made by the real zip command.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray currentKey = "3f9c2a7be41d8c05a6f1e9d27b4c8a10-5eeb6406-757a4247";

bool zip(const QString& folder, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(u"zip"_s, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace

class TestArchiveScanCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanNamesTheFileInsideTheBackup();
};

void TestArchiveScanCommand::scanNamesTheFileInsideTheBackup()
{
    QTemporaryDir home;
    QTemporaryDir src;
    QTemporaryDir scan;
    QVERIFY(home.isValid() && src.isValid() && scan.isValid());
    QVERIFY(QDir(src.path()).mkpath(u"public_html"_s));
    QFile config(src.filePath(u"public_html/wp-config.php"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<?php\ndefine( 'DB_NAME', 'shop' );\ndefine( 'MAILGUN_APIKEY', '" + currentKey + "' );\n");
    config.close();
    QVERIFY(zip(src.path(), {u"-qr"_s, scan.filePath(u"backup.zip"_s), u"public_html"_s}));
    QVERIFY(zip(src.path(),
                {u"-qr"_s, u"-P"_s, u"hunter22"_s, scan.filePath(u"locked.zip"_s), u"public_html"_s}));

    QProcessEnvironment environment = cliEnvironment(home);
    environment.remove(u"MAILGUN_API_KEY"_s);
    const CliRun text = runCli({u"scan"_s, scan.path()}, environment);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(scan.path() + u"/backup.zip!public_html/wp-config.php, line 3"_s), qPrintable(out));
    QVERIFY2(out.contains(u"It is inside the backup file backup.zip."_s), qPrintable(out));
    QVERIFY2(out.contains(u"- "_s + scan.path() + u"/locked.zip: it has a password."_s), qPrintable(out));
    QVERIFY(!text.out.contains(currentKey));

    const CliRun json = runCli({u"scan"_s, u"--json"_s, scan.path()}, environment);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject archives = json.json().value(u"archives"_s).toObject();
    QCOMPARE(archives.value(u"opened"_s).toInt(), 2);
    const QJsonArray unread = archives.value(u"not_fully_read"_s).toArray();
    QCOMPARE(unread.size(), 1);
    QCOMPARE(unread.first()[u"path"_s].toString(), scan.filePath(u"locked.zip"_s));
    QCOMPARE(unread.first()[u"problems"_s].toArray(), QJsonArray{u"password"_s});
    const QJsonArray findings = json.json().value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first()[u"path"_s].toString(),
             scan.path() + u"/backup.zip!public_html/wp-config.php"_s);
    QCOMPARE(findings.first()[u"archive"_s].toString(), scan.filePath(u"backup.zip"_s));

    // The report for support names it the same way (Markdown escapes the "!").
    const CliRun report = runCli({u"report"_s, u"--format"_s, u"md"_s}, environment);
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY2(report.out.contains("backup.zip\\!public\\_html/wp-config.php, line 3"), report.out.constData());
    QVERIFY2(report.out.contains("It is inside the backup file backup.zip."), report.out.constData());
    QVERIFY(!report.out.contains(currentKey));
}

QTEST_GUILESS_MAIN(TestArchiveScanCommand)
#include "tst_archivescancommand.moc"
