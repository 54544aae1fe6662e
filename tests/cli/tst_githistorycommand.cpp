// `mailgun-recovery scan` on a folder whose git history holds a key deleted since: the output
// names the commit and its date, and so do the journal and the report for support. The
// repository is made by the real `git` command, with a fixed date.
#include "CliProcess.h"
#include "TestGitRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray key = "3f9c2a7be41d8c05a6f1e9d27b4c8a10-5eeb6406-757a4247";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGitHistoryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanNamesTheCommitInOutputJournalAndReport()
    {
        QTemporaryDir home;
        QTemporaryDir site;
        QVERIFY(home.isValid() && site.isValid());
        TestGitRepository repository(site.filePath(u"shop"_s));
        QVERIFY(repository.init());
        QVERIFY(repository.write(u".env"_s, "MAIL_MAILER=mailgun\nMAILGUN_SECRET=" + key + "\n"));
        QVERIFY(repository.commit(u"Settings"_s, u"2026-12-02T10:00:00+01:00"_s));
        QVERIFY(repository.remove(u".env"_s));
        QVERIFY(repository.commit(u"No settings"_s, u"2026-12-05T10:00:00+01:00"_s));
        const QString commit = repository.shortId(u"HEAD~1"_s);
        QCOMPARE(commit.size(), 7);

        QProcessEnvironment environment = cliEnvironment(home);
        environment.remove(u"MAILGUN_API_KEY"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        const CliRun scan = runCli({u"scan"_s, repository.folder()}, environment);
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        const QString where = u"In the history of "_s + repository.folder() + u": .env, commit "_s + commit +
                              u" of 2 Dec 2026 (deleted since), line 2"_s;
        const QString out = QString::fromUtf8(scan.out);
        QVERIFY2(out.contains(where), qPrintable(out));
        QVERIFY(out.contains(u"Deleting the file or the line does not remove it."_s));
        QVERIFY(!out.contains(QString::fromLatin1(key)));

        // The journal keeps the commit and its date (and never the key).
        QDirIterator journals(home.path(), {u"journal.jsonl"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(journals.hasNext());
        const QByteArray journal = readFile(journals.next());
        QVERIFY(!journal.contains(key));
        QJsonObject recorded;
        for (const QByteArray& line : journal.split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(u"type"_s).toString() == u"finding"_s)
                recorded = entry.value(u"data"_s).toObject();
        }
        QCOMPARE(recorded.value(u"commit"_s).toString(), commit);
        QCOMPARE(recorded.value(u"commit_date"_s).toString(), u"2026-12-02T10:00:00+01:00"_s);
        QCOMPARE(recorded.value(u"since"_s).toString(), u"deleted"_s);

        const QString reportPath = home.filePath(u"report.md"_s);
        const CliRun report = runCli({u"report"_s, u"--format"_s, u"md"_s, u"-o"_s, reportPath}, environment);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const QString text = QString::fromUtf8(readFile(reportPath));
        QVERIFY2(text.contains(u"commit "_s + commit + u" of 2 Dec 2026 (deleted since)"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(QString::fromLatin1(key)));
    }
};

QTEST_GUILESS_MAIN(TestGitHistoryCommand)
#include "tst_githistorycommand.moc"
