// Issue 15: a key at the very end of a file over 50 MB (a log nobody rotated) is found, on
// the line where the test wrote it, after many read chunks of the folder scan.
#include "investigate/LeakScanner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

namespace {

constexpr qint64 fileBytes = 60LL * 1024 * 1024;
const QByteArray key = "key-9t2mq7xk4w8c1zp6r3bn5vh0yd7fj2sl";

// Writes about `fileBytes` of log lines, then `last` without a line end after it; returns
// the line number of `last`, counted as the lines were written.
qint64 writeLog(const QString& path, const QByteArray& lineEnd, const QByteArray& last)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QByteArray block;
    qint64 linesInBlock = 0;
    while (block.size() < 1024 * 1024) {
        block += "[2026-11-30 10:00:" + QByteArray::number(linesInBlock % 60) + "] production.INFO: order " +
                 QByteArray::number(linesInBlock * 7919) + " sent to customer-" +
                 QByteArray::number(linesInBlock) + " in 12 ms" + lineEnd;
        ++linesInBlock;
    }
    qint64 lines = 0;
    while (file.size() < fileBytes) {
        if (file.write(block) != block.size())
            return -1;
        lines += linesInBlock;
    }
    if (file.write(last) != last.size())
        return -1;
    return lines + 1;
}

} // namespace

class TestLargeFileRecall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyAtTheEndOfAFileOver50MB_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }

    void keyAtTheEndOfAFileOver50MB()
    {
        QFETCH(QByteArray, lineEnd);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"mail-worker.log"_s);
        const qint64 keyLine = writeLog(path, lineEnd, "[2026-11-30 23:59:59] mailgun key " + key);
        QVERIFY(keyLine > 0);
        QVERIFY(QFile(path).size() > 50LL * 1024 * 1024);

        LeakScanner scanner;
        QSignalSpy finished(&scanner, &LeakScanner::finished);
        QVERIFY(scanner.start({dir.path()}, false));
        QVERIFY(finished.wait(120000));
        QCOMPARE(scanner.summary().files, 1);
        QCOMPARE(scanner.summary().bytes, QFile(path).size());
        QCOMPARE(scanner.findings().size(), 1);
        const LeakFinding& finding = scanner.findings().first();
        QCOMPARE(finding.path, path);
        QCOMPARE(finding.line, keyLine);
        QCOMPARE(finding.kind, Kind::LegacyApiKey);
        QCOMPARE(finding.secret.reveal(), QString::fromLatin1(key));
    }
};

QTEST_GUILESS_MAIN(TestLargeFileRecall)
#include "tst_largefilerecall.moc"
