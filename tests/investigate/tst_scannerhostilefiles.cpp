// The folder scan on a hostile or changing tree: a path the walk listed as a regular file may
// be a pipe, a device or a link by the time it is opened, and must neither hang the scan nor
// be read through. Line numbers of many findings cost one pass over each chunk.
#include "investigate/ByteSearch.h"
#include "investigate/FileScanner.h"
#include "investigate/LeakScanner.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// A legacy-shaped key made at run time ("key-" and 32 hex digits), never a placeholder.
QByteArray syntheticKey(QRandomGenerator& random)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray body;
    while (body.size() < 32) {
        const char c = hex[random.bounded(16)];
        if (!body.isEmpty() && (body.back() == c || body.back() + 1 == c))
            continue; // no runs and no counting up: those look typed by hand
        body.append(c);
    }
    return "key-" + body;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs FileScanner::scanFile on a thread of its own and waits for it to end. `release`
// unblocks a scan that hangs (the behaviour before the fix), so that the test can fail
// cleanly instead of hanging too.
struct ScanInThread
{
    std::atomic_bool cancelled{false};
    FileScanner::Result result;
    bool finished = false;

    bool run(const QString& path, const std::function<void()>& release)
    {
        std::unique_ptr<QThread> thread(QThread::create([this, path] {
            FileScanner scanner(&cancelled);
            result = scanner.scanFile(path, path.section(u'/', -1), false);
        }));
        QSignalSpy done(thread.get(), &QThread::finished);
        thread->start();
        finished = done.wait(20000); // a backstop only: the scan returns at once
        if (!finished) {
            cancelled = true;
            release();
            thread->wait();
        }
        return finished;
    }
};

} // namespace

class TestScannerHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipeOpenedAsAFileIsSkipped();
    void deviceOpenedAsAFileIsSkipped();
    void linkSwappedInIsNotFollowed();
    void folderWithAPipeIsScannedToTheEnd();
    void lineNumbersAcrossChunks();
    void lineIndexLooksAtEachByteOnce();
};

void TestScannerHostileFiles::pipeOpenedAsAFileIsSkipped()
{
#ifndef Q_OS_UNIX
    QSKIP("named pipes as files are a POSIX matter");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u".env"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ScanInThread scan;
    const bool returned = scan.run(fifo, [&] {
        // A writer lets a blocked open return; closing it ends the read.
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
    });
    QVERIFY2(returned, "opening a pipe blocked the scan");
    QVERIFY(scan.result.notRegular);
    QVERIFY(!scan.result.unreadable);
    QCOMPARE(scan.result.bytes, 0);
    QVERIFY(scan.result.findings.isEmpty());
#endif
}

void TestScannerHostileFiles::deviceOpenedAsAFileIsSkipped()
{
#ifndef Q_OS_UNIX
    QSKIP("/dev/zero is a POSIX device");
#else
    // /dev/zero never ends: read as a file, the scan would go on for ever.
    ScanInThread scan;
    QVERIFY2(scan.run(u"/dev/zero"_s, [] {}), "reading a device did not end");
    QVERIFY(scan.result.notRegular);
    QCOMPARE(scan.result.bytes, 0);
#endif
}

void TestScannerHostileFiles::linkSwappedInIsNotFollowed()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links are a POSIX matter here");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QRandomGenerator random(7);
    const QString target = dir.filePath(u"elsewhere.txt"_s);
    QVERIFY(writeFile(target, "MAILGUN_API_KEY=" + syntheticKey(random) + "\n"));
    // What the walk listed as config.php is a link by the time it is opened.
    const QString link = dir.filePath(u"config.php"_s);
    QVERIFY(QFile::link(target, link));
    ScanInThread scan;
    QVERIFY(scan.run(link, [] {}));
    QVERIFY(scan.result.notRegular);
    QCOMPARE(scan.result.bytes, 0);
    QVERIFY(scan.result.findings.isEmpty());
#endif
}

void TestScannerHostileFiles::folderWithAPipeIsScannedToTheEnd()
{
#ifndef Q_OS_UNIX
    QSKIP("named pipes are a POSIX matter");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"settings.py"_s)).constData(), 0600), 0);
    QRandomGenerator random(11);
    QVERIFY(
        writeFile(dir.filePath(u"app.py"_s), "# app\nMAILGUN_API_KEY = \"" + syntheticKey(random) + "\"\n"));
    LeakScanner scanner;
    QSignalSpy finished(&scanner, &LeakScanner::finished);
    QVERIFY(scanner.start({dir.path()}, false));
    QVERIFY(finished.wait(30000));
    QCOMPARE(scanner.summary().files, 1);
    QCOMPARE(scanner.summary().skippedSpecial, 1);
    QCOMPARE(scanner.summary().unreadable, 0);
    QCOMPARE(scanner.findings().size(), 1);
    QCOMPARE(scanner.findings().first().path, dir.filePath(u"app.py"_s));
    QCOMPARE(scanner.findings().first().line, 2);
#endif
}

void TestScannerHostileFiles::lineNumbersAcrossChunks()
{
    // 400,000 lines of about 10 bytes (4 MB, four chunks); keys on a few chosen lines, some
    // of them near the end of the first chunk (byte 1,048,576 is near line 104,858).
    const QList<qint64> planted{1, 2, 104857, 104858, 104859, 262144, 399999, 400000};
    QRandomGenerator random(20260101);
    QByteArray text;
    text.reserve(4 * 1024 * 1024 + 4096);
    for (qint64 line = 1; line <= 400000; ++line) {
        if (planted.contains(line))
            text += "k=" + syntheticKey(random) + "\n";
        else
            text += "filler 01\n";
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"data.txt"_s);
    QVERIFY(writeFile(path, text));
    FileScanner scanner;
    const FileScanner::Result result = scanner.scanFile(path, u"data.txt"_s, false);
    QVERIFY(!result.notRegular && !result.unreadable && !result.binary);
    QCOMPARE(result.bytes, text.size());
    QList<qint64> lines;
    for (const LeakFinding& finding : result.findings)
        lines.append(finding.line);
    QCOMPARE(lines, planted);
}

void TestScannerHostileFiles::lineIndexLooksAtEachByteOnce()
{
    // One chunk with a finding on each of its 100,000 lines: the old way counted the
    // newlines from the chunk's start for each, about 5 * 10^10 bytes looked at.
    QByteArray chunk;
    for (int line = 0; line < 100000; ++line)
        chunk += "0123456789\n";
    ByteSearch::NewlineIndex index;
    index.reset(chunk.constData(), chunk.size());
    for (qsizetype offset = 0; offset < chunk.size(); offset += 11)
        QCOMPARE(index.newlinesBefore(offset), offset / 11);
    QCOMPARE(index.newlinesBefore(10), 0);
    QCOMPARE(index.newlinesBefore(11), 1);
    QCOMPARE(index.newlinesBefore(chunk.size()), 100000);
    QCOMPARE(index.bytesExamined(), 1100000);

    // A new chunk is looked at once more, not once per question.
    index.reset(chunk.constData(), 22);
    QCOMPARE(index.newlinesBefore(22), 2);
    QCOMPARE(index.newlinesBefore(5), 0);
    QCOMPARE(index.bytesExamined(), 1100022);
}

QTEST_GUILESS_MAIN(TestScannerHostileFiles)
#include "tst_scannerhostilefiles.moc"
