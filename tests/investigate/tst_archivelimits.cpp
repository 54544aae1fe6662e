// What stops the reading of a backup, and how the scan says so (issue 15): a password, damage,
// a zip bomb (the limits of ArchiveLimits), and entry names written to deceive. Archives are
// made by the real tar, gzip and zip; nothing inside them is ever written to disk.
#include "ArchiveFixture.h"
#include "investigate/ArchiveBudget.h"
#include "investigate/ArchiveSummaryText.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray legacyKey = "key-8e2f4a6c1b9d3e7f5a0c2b4d6e8f1a3c";
constexpr qint64 mebibyte = 1024 * 1024;

QList<ArchiveProblem> problemsOf(const ArchiveFixture& fixture, const QString& archive)
{
    for (const ArchiveSummary::NotFullyRead& unread : fixture.summary().archives.notFullyRead) {
        if (unread.path == fixture.scanDir() + u'/' + archive)
            return unread.problems;
    }
    return {};
}

} // namespace

class TestArchiveLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordProtectedZip();
    void damagedArchives_data();
    void damagedArchives();
    void bombsStopAtTheRatioLimit_data();
    void bombsStopAtTheRatioLimit();
    void binaryEntryOfKnownSizeIsSkippedNotUnpacked();
    void sevenZipInsideAnotherArchiveIsNamed();
    void entryCountLimit();
    void hostileEntryNamesAreShownHarmlessly();
};

void TestArchiveLimits::passwordProtectedZip()
{
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.write(u"site/.env"_s, "MAILGUN_SECRET=" + legacyKey + "\n"));
    QVERIFY(fixture.sh(u"zip -q -P hunter22 -r locked.zip site"_s));
    QVERIFY(fixture.moveToScan(u"locked.zip"_s));
    QVERIFY(fixture.scan());

    QVERIFY(fixture.found().isEmpty());
    QCOMPARE(problemsOf(fixture, u"locked.zip"_s), QList<ArchiveProblem>{ArchiveProblem::Encrypted});
    // Said in plain words, not skipped in silence.
    const QStringList lines = ArchiveSummaryText::lines(fixture.summary().archives);
    QVERIFY2(lines.contains(u"- "_s + fixture.scanDir() + u"/locked.zip: it has a password."_s),
             qPrintable(lines.join(u'\n')));
}

void TestArchiveLimits::damagedArchives_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QStringList>("expected");
    // The key comes first; the archive is cut in the large random file after it.
    const QString files = u"head -c 3000000 /dev/urandom | base64 > site/big.txt && "_s;
    QTest::newRow("tar.gz cut short")
        << files + u"tar czf full.tar.gz site/.env site/big.txt && head -c 500000 full.tar.gz > cut.tar.gz"_s
        << u"cut.tar.gz"_s << QStringList{u"cut.tar.gz!site/.env:1:legacy-api-key"_s};
    QTest::newRow("zip cut short")
        << files + u"zip -q full.zip site/.env site/big.txt && head -c 500000 full.zip > cut.zip"_s
        << u"cut.zip"_s << QStringList{u"cut.zip!site/.env:1:legacy-api-key"_s};
    // A zip entry's header (version 2.0, no flags, deflate), then noise.
    QTest::newRow("zip header then noise")
        << u"printf 'PK\\003\\004\\024\\000\\000\\000\\010\\000' > noise.zip && "
           "head -c 4000 /dev/urandom >> noise.zip"_s
        << u"noise.zip"_s << QStringList();
}

void TestArchiveLimits::damagedArchives()
{
    QFETCH(QString, script);
    QFETCH(QString, archive);
    QFETCH(QStringList, expected);
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.write(u"site/.env"_s, "MAILGUN_SECRET=" + legacyKey + "\n"));
    QVERIFY(fixture.sh(script));
    QVERIFY(fixture.moveToScan(archive));
    QVERIFY(fixture.scan());

    // What comes before the damage is still read.
    QCOMPARE(fixture.found(), expected);
    QCOMPARE(problemsOf(fixture, archive), QList<ArchiveProblem>{ArchiveProblem::Damaged});
    const QStringList lines = ArchiveSummaryText::lines(fixture.summary().archives);
    QVERIFY2(
        lines.contains(u"- "_s + fixture.scanDir() + u'/' + archive + u": it is damaged or cut short."_s),
        qPrintable(lines.join(u'\n')));
}

void TestArchiveLimits::bombsStopAtTheRatioLimit_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("archive");
    // 300 MB of one line over and over: read as text, until the ratio stops it.
    const QString text = u"yes 'INSERT INTO log VALUES (1);' | head -c 300000000 | "_s;
    QTest::newRow("text dump, gzip") << text + u"gzip -c > bomb.sql.gz"_s << u"bomb.sql.gz"_s;
    QTest::newRow("text, zip") << text + u"zip -q bomb.zip -"_s << u"bomb.zip"_s;
    // 300 MB of zeros: a binary file, whose rest is unpacked unseen only through the limits.
    // Zipped to a pipe, the entry's size is only known at its end.
    QTest::newRow("zeros, zip written to a pipe")
        << u"head -c 300000000 /dev/zero | zip -q - - | cat > bomb.zip"_s << u"bomb.zip"_s;
    QTest::newRow("zeros, tar.gz")
        << u"head -c 300000000 /dev/zero > zeros.bin && tar czf bomb.tar.gz zeros.bin "
           "&& rm zeros.bin"_s
        << u"bomb.tar.gz"_s;
}

void TestArchiveLimits::bombsStopAtTheRatioLimit()
{
    QFETCH(QString, script);
    QFETCH(QString, archive);
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.sh(script));
    QVERIFY(fixture.moveToScan(archive));
    QVERIFY(fixture.scan());

    QCOMPARE(problemsOf(fixture, archive), QList<ArchiveProblem>{ArchiveProblem::ExpandsTooMuch});
    // Stopped at the limit (16 MiB unpacked, then a ratio over 200), far before 300 MB: the
    // bytes are counted, not the time.
    const ArchiveSummary& archives = fixture.summary().archives;
    QVERIFY2(archives.expandedBytes > 16 * mebibyte, qPrintable(QString::number(archives.expandedBytes)));
    QVERIFY2(archives.expandedBytes < 18 * mebibyte, qPrintable(QString::number(archives.expandedBytes)));
    QVERIFY(fixture.summary().bytes < 18 * mebibyte);
    const QStringList lines = ArchiveSummaryText::lines(archives);
    QVERIFY2(
        lines.contains(u"- "_s + fixture.scanDir() + u'/' + archive +
                       u": it unpacks to far more than its own size, like a trap made to fill the disk."_s),
        qPrintable(lines.join(u'\n')));
}

void TestArchiveLimits::binaryEntryOfKnownSizeIsSkippedNotUnpacked()
{
    // The zip's header gives the entry's size: after its first megabyte shows it is binary,
    // the rest is passed over without unpacking, so the archive is read to its end.
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.sh(u"head -c 300000000 /dev/zero | zip -q zeros.zip -"_s));
    QVERIFY(fixture.moveToScan(u"zeros.zip"_s));
    QVERIFY(fixture.scan());
    const ArchiveSummary& archives = fixture.summary().archives;
    QVERIFY(archives.notFullyRead.isEmpty());
    QVERIFY2(archives.expandedBytes < 2 * mebibyte, qPrintable(QString::number(archives.expandedBytes)));
}

void TestArchiveLimits::sevenZipInsideAnotherArchiveIsNamed()
{
    // libarchive reads a 7z file from its end: out of another archive it cannot. Said so,
    // rather than "damaged".
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.write(u"site/.env"_s, "MAILGUN_SECRET=" + legacyKey + "\n"));
    QVERIFY(fixture.sh(u"7z a -bd inner.7z site && zip -q outer.zip inner.7z"_s));
    QVERIFY(fixture.moveToScan(u"outer.zip"_s));
    QVERIFY(fixture.scan());
    QVERIFY(fixture.found().isEmpty());
    QCOMPARE(problemsOf(fixture, u"outer.zip"_s), QList<ArchiveProblem>{ArchiveProblem::SevenZipInside});
    const QStringList lines = ArchiveSummaryText::lines(fixture.summary().archives);
    QVERIFY2(lines.contains(u"- "_s + fixture.scanDir() +
                            u"/outer.zip: it holds a 7z file, which can only be read on its own. Unpack the "
                            "backup, then look through its folder."_s),
             qPrintable(lines.join(u'\n')));
}

void TestArchiveLimits::entryCountLimit()
{
    // Half a million files are allowed in one backup (nested ones included); one more stops it.
    ArchiveBudget budget;
    for (int i = 0; i < 500000; ++i) {
        if (!budget.countEntry())
            QFAIL(qPrintable(QString::number(i)));
    }
    QVERIFY(!budget.stoppedBy());
    QVERIFY(!budget.countEntry());
    QCOMPARE(budget.stoppedBy(), ArchiveProblem::TooManyEntries);
}

void TestArchiveLimits::hostileEntryNamesAreShownHarmlessly()
{
    ArchiveFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray content = "MAILGUN_SECRET=" + legacyKey + "\n";
    // An escape sequence that clears a terminal, and a right-to-left override that would show
    // "php.txt" as "txt.php".
    QVERIFY(fixture.write(QString::fromUtf8("evil\x1b[2J\u202Etxt.php"), content));
    const QString longFolder(200, u'd');
    const QString longFile = QString(196, u'f') + u".env"_s;
    QVERIFY(fixture.write(longFolder + u'/' + longFile, content));
    QVERIFY(fixture.write(u"abs/.env"_s, content));
    // "../../" before a name and a path from the root: the kind of names that write outside
    // the folder when unpacked.
    QVERIFY(fixture.sh(u"tar -P --transform 's,^evil,../../evil,' -cf hostile.tar evil* "_s + longFolder +
                       u" \"$PWD/abs/.env\""_s));
    QVERIFY(fixture.moveToScan(u"hostile.tar"_s));
    QVERIFY(fixture.scan());

    const QString shownLong = QString(120, u'd') + u"…"_s + QString(116, u'f') + u".env"_s;
    QCOMPARE(fixture.found(),
             (QStringList{u"hostile.tar!../../evil\uFFFD[2J\uFFFDtxt.php:1:legacy-api-key"_s,
                          u"hostile.tar!"_s + fixture.src() + u"/abs/.env:1:legacy-api-key"_s,
                          u"hostile.tar!"_s + shownLong + u":1:legacy-api-key"_s}));
    // Nothing was unpacked: the scanned folder holds the archive only, and no "evil" file
    // appeared two folders up.
    QCOMPARE(QDir(fixture.scanDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"hostile.tar"_s});
    QVERIFY(QDir(QDir::tempPath()).entryList({u"evil*"_s}).isEmpty());
    QVERIFY(QDir(QDir::currentPath() + u"/../.."_s).entryList({u"evil*"_s}).isEmpty());
}

QTEST_GUILESS_MAIN(TestArchiveLimits)
#include "tst_archivelimits.moc"
