// The folder scan end to end, over a generated corpus of Laravel, Symfony, WordPress, Node
// and Django trees: every planted secret and risky file is reported with the right kind and
// line, no look-alike is, dependency folders only in a deep scan, symbolic links are never
// followed, and a scan can be cancelled.
#include "CorpusGenerator.h"
#include "investigate/LeakScanner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

class TestLeakScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_corpus;
    QTemporaryDir m_outside;
    std::unique_ptr<CorpusGenerator> m_generator;

    QString relative(const QString& path) const { return QDir(m_corpus.path()).relativeFilePath(path); }

    // "path:line:kind:value" for each finding, sorted.
    QStringList describe(const QList<LeakFinding>& findings) const
    {
        QStringList lines;
        for (const LeakFinding& finding : findings)
            lines.append(relative(finding.path) + u':' + QString::number(finding.line) + u':' +
                         LeakFinding::kindId(finding.kind) + u':' + finding.secret.reveal());
        lines.sort();
        return lines;
    }

    QStringList expected(bool deep) const
    {
        QStringList lines;
        for (const CorpusGenerator::Planted& planted : m_generator->planted()) {
            if (planted.deepOnly && !deep)
                continue;
            lines.append(planted.path + u':' + QString::number(planted.line) + u':' +
                         LeakFinding::kindId(planted.kind) + u':' + planted.value);
        }
        lines.sort();
        return lines;
    }

    static bool runScan(LeakScanner& scanner, const QStringList& paths, bool deep)
    {
        QSignalSpy finished(&scanner, &LeakScanner::finished);
        if (!scanner.start(paths, deep))
            return false;
        return finished.wait(120000);
    }

    void compareWithPlanted(const QList<LeakFinding>& findings, bool deep)
    {
        const QStringList actual = describe(findings);
        const QStringList wanted = expected(deep);
        for (const QString& line : actual) {
            if (!wanted.contains(line))
                qWarning().noquote() << "reported but not planted:" << line;
        }
        for (const QString& line : wanted) {
            if (!actual.contains(line))
                qWarning().noquote() << "planted but not reported:" << line;
        }
        QCOMPARE(actual, wanted);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_corpus.isValid());
        QVERIFY(m_outside.isValid());
        m_generator = std::make_unique<CorpusGenerator>(m_corpus.path());
        m_generator->writeAll();
        // Links out of the tree, to a folder and to a file holding a key: never followed.
        CorpusGenerator outside(m_outside.path(), 7);
        QVERIFY(
            outside.writeFile(u"secrets/.env"_s, "MAILGUN_SECRET=" + outside.currentKey().toLatin1() + "\n"));
        QVERIFY(QFile::link(m_outside.path() + u"/secrets"_s,
                            m_corpus.path() + u"/laravel-shop/linked-secrets"_s));
        QVERIFY(
            QFile::link(m_outside.path() + u"/secrets/.env"_s, m_corpus.path() + u"/node-app/linked.env"_s));
        QVERIFY(QFile::link(m_corpus.path(), m_corpus.path() + u"/symfony-app/loop"_s));
    }

    void findsEveryPlantedSecretAndNoLookAlike()
    {
        LeakScanner scanner;
        QSignalSpy batches(&scanner, &LeakScanner::findingsAdded);
        QSignalSpy progress(&scanner, &LeakScanner::progress);
        QVERIFY(runScan(scanner, {m_corpus.path()}, false));
        compareWithPlanted(scanner.findings(), false);

        const LeakScanner::Summary& summary = scanner.summary();
        QVERIFY(!summary.cancelled);
        QVERIFY(summary.missingPaths.isEmpty());
        QCOMPARE(summary.skippedLinks, 3);
        QVERIFY(summary.files >= 35);
        QVERIFY(summary.bytes > 3 * 1024 * 1024);
        // Findings arrive in batches that add up to the whole list; progress ends on the totals.
        qsizetype batched = 0;
        for (const QList<QVariant>& batch : batches)
            batched += batch.first().value<QList<LeakFinding>>().size();
        QCOMPARE(batched, scanner.findings().size());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), summary.files);
        QCOMPARE(progress.last().at(1).toLongLong(), summary.bytes);
    }

    void deepScanReadsDependencies()
    {
        LeakScanner scanner;
        QVERIFY(runScan(scanner, {m_corpus.path()}, true));
        compareWithPlanted(scanner.findings(), true);
    }

    void findingsCarryPlaceAndConfidence()
    {
        LeakScanner scanner;
        QVERIFY(
            runScan(scanner, {m_corpus.path() + u"/node-app"_s, m_corpus.path() + u"/public_html"_s}, false));
        bool sawBundle = false;
        bool sawDump = false;
        for (const LeakFinding& finding : scanner.findings()) {
            const QString path = relative(finding.path);
            QVERIFY(!finding.advice().isEmpty());
            QVERIFY(!finding.title().isEmpty());
            if (path == u"node-app/dist/assets/index-3f2a1b.js"_s) {
                // Inlined far from any "mailgun" in a minified bundle: reported, at low
                // confidence, with the reason (32-8-8 hashes are common in vendor code).
                sawBundle = true;
                QCOMPARE(finding.confidence, LeakFinding::Confidence::Low);
                QCOMPARE(finding.confidenceReason, LeakFinding::ConfidenceReason::ScriptLookAlike);
                QVERIFY(finding.inWebRoot);
            }
            if (path.endsWith(u".sql"_s)) {
                sawDump = true;
                QVERIFY(finding.inWebRoot);
                QCOMPARE(finding.severity, LeakFinding::Severity::Critical);
            }
            if (finding.kind == Kind::GitInWebRoot)
                QCOMPARE(path, u"public_html/.git"_s);
        }
        QVERIFY(sawBundle);
        QVERIFY(sawDump);
        // Post SMTP's base64-wrapped key and password were unwrapped.
        int base64 = 0;
        for (const LeakFinding& finding : scanner.findings())
            base64 += finding.source == LeakFinding::Source::Base64;
        QCOMPARE(base64, 2);
    }

    void matchesKeysAgainstTheAccount()
    {
        QString inUse;
        QString listed;
        for (const CorpusGenerator::Planted& planted : m_generator->planted()) {
            if (planted.kind != Kind::ApiKey || planted.deepOnly)
                continue;
            if (inUse.isEmpty())
                inUse = planted.value;
            else if (listed.isEmpty() && planted.value != inUse)
                listed = planted.value;
        }
        LeakScanner scanner;
        scanner.setKeyMatcher(KeyMatcher({inUse.right(17), listed.right(17)}, inUse.right(17)));
        QVERIFY(runScan(scanner, {m_corpus.path()}, false));
        int inUseCount = 0;
        int listedCount = 0;
        int foreign = 0;
        for (const LeakFinding& finding : scanner.findings()) {
            if (finding.secret.reveal() == inUse) {
                QCOMPARE(finding.match, LeakFinding::KeyMatch::InUse);
                ++inUseCount;
            } else if (finding.secret.reveal() == listed) {
                QCOMPARE(finding.match, LeakFinding::KeyMatch::AccountKey);
                QCOMPARE(finding.matchedKeyId, listed.right(17));
                ++listedCount;
            } else if (finding.kind == Kind::ApiKey) {
                QCOMPARE(finding.match, LeakFinding::KeyMatch::NotListed);
                ++foreign;
            } else if (finding.kind == Kind::LegacyApiKey) {
                QCOMPARE(finding.match, LeakFinding::KeyMatch::CannotTell);
            }
        }
        QVERIFY(inUseCount >= 1);
        QVERIFY(listedCount >= 1);
        QVERIFY(foreign >= 1);
    }

    void missingPathsAreReported()
    {
        LeakScanner scanner;
        const QString missing = m_corpus.path() + u"/no-such-folder"_s;
        QVERIFY(runScan(scanner, {missing, m_corpus.path() + u"/django-site"_s}, false));
        QCOMPARE(scanner.summary().missingPaths, QStringList{missing});
        QVERIFY(!scanner.findings().isEmpty());
    }

    void scanOfASingleFile()
    {
        LeakScanner scanner;
        QVERIFY(runScan(scanner, {m_corpus.path() + u"/django-site/mysite/settings.py"_s}, false));
        QCOMPARE(scanner.summary().files, 1);
        QCOMPARE(scanner.findings().size(), 4); // debug mode, SMTP password, API key, signing key
    }

    void cancelStopsTheScan()
    {
        QTemporaryDir big;
        QVERIFY(big.isValid());
        CorpusGenerator generator(big.path(), 3);
        const QByteArray text = generator.fillerText(4096, 0);
        constexpr int fileCount = 4000;
        for (int i = 0; i < fileCount; ++i)
            QVERIFY(generator.writeFile(u"src/module%1/file%2.php"_s.arg(i / 100).arg(i), text));
        LeakScanner scanner;
        QSignalSpy finished(&scanner, &LeakScanner::finished);
        QVERIFY(scanner.start({big.path()}, false));
        QVERIFY(scanner.isRunning());
        QVERIFY(!scanner.start({big.path()}, false)); // one scan at a time
        scanner.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(!scanner.isRunning());
        QVERIFY(scanner.summary().cancelled);
        QVERIFY(scanner.summary().files < fileCount);

        // The same scanner runs again to the end afterwards.
        QVERIFY(runScan(scanner, {big.path()}, false));
        QVERIFY(!scanner.summary().cancelled);
        QCOMPARE(scanner.summary().files, fileCount);
    }

    void destroyingARunningScannerIsSafe()
    {
        auto scanner = std::make_unique<LeakScanner>();
        QVERIFY(scanner->start({m_corpus.path()}, true));
        scanner.reset();
    }
};

QTEST_GUILESS_MAIN(TestLeakScanner)
#include "tst_leakscanner.moc"
