// Step 1's folder tab on a backup (issue 15): the findings table and the finding's details say
// in plain words that the key is inside a backup file, and the tab's summary names the backup
// that has a password. The zips are made by the real zip command.
#include "FindingsTable.h"
#include "FolderScanPanel.h"
#include "InvestigatePanel.h"
#include "WizardHarness.h"
#include "recovery/RecordedFindings.h"

#include <QDir>
#include <QFile>
#include <QLabel>
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

class TestArchiveFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableSaysTheKeyIsInsideABackup();
};

void TestArchiveFindings::tableSaysTheKeyIsInsideABackup()
{
    WizardHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    QTemporaryDir src;
    QTemporaryDir scan;
    QVERIFY(src.isValid() && scan.isValid());
    QVERIFY(QDir(src.path()).mkpath(u"public_html"_s));
    QFile config(src.filePath(u"public_html/wp-config.php"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<?php\ndefine( 'DB_NAME', 'shop' );\ndefine( 'MAILGUN_APIKEY', '" + currentKey + "' );\n");
    config.close();
    QVERIFY(zip(src.path(), {u"-qr"_s, scan.filePath(u"backup.zip"_s), u"public_html"_s}));
    QVERIFY(zip(src.path(),
                {u"-qr"_s, u"-P"_s, u"hunter22"_s, scan.filePath(u"locked.zip"_s), u"public_html"_s}));

    InvestigatePanel panel(h.session.get());
    panel.reset();
    FolderScanPanel* folders = panel.folderScan();
    folders->addFolder(scan.path());
    folders->startScan();
    QTRY_VERIFY_WITH_TIMEOUT(!folders->isRunning(), 30000);

    FindingsTable* table = folders->table();
    QCOMPARE(table->findings().size(), 1);
    const QString where =
        u"Inside the backup file "_s + scan.path() + u"/backup.zip: public_html/wp-config.php, line 3"_s;
    QCOMPARE(table->model()->index(0, FindingsModel::WhereColumn).data().toString(), where);
    table->selectRow(0);
    QVERIFY2(table->detailsText().contains(u"Where: "_s + where), qPrintable(table->detailsText()));
    QVERIFY2(table->detailsText().contains(u"It is inside the backup file backup.zip."_s),
             qPrintable(table->detailsText()));
    QVERIFY(!table->detailsText().contains(QString::fromLatin1(currentKey)));

    const QString status = panel.findChild<QLabel*>(u"scanStatus"_s)->text();
    QVERIFY2(status.contains(u"- "_s + QDir::toNativeSeparators(scan.path()) +
                             u"/locked.zip: it has a password."_s),
             qPrintable(status));

    // The journal keeps the backup's name for the report.
    const QList<FindingRecord> recorded = RecordedFindings::all(h.session->journal());
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().archive, scan.filePath(u"backup.zip"_s));
    QCOMPARE(recorded.first().location, scan.path() + u"/backup.zip!public_html/wp-config.php"_s);
}

QTEST_MAIN(TestArchiveFindings)
#include "tst_archivefindings.moc"
