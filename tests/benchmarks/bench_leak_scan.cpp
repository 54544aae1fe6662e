// Issue 15's measured goals for the folder scan, on a tree of at least 1 GB of website files
// built once into a cache folder (BenchCorpus.h lists what it holds: generated stacks, logs
// over 50 MB, a dump and its .sql.gz, zip and tar.gz backups, a git history, issue 15's
// hiding places, a look-alike folder, and text files copied from this machine).
// The scanner and ripgrep run as child processes, one warm-up run each, then alternately, so
// both see the same machine load; wall time and peak memory (wait4's ru_maxrss) are taken per
// run and the medians of MRA_BENCH_RUNS runs compared.
//
// It fails (exit 1) unless all of these hold:
//   speed      the scanner's wall time is at most 0.8x ripgrep's with the same patterns;
//   memory     the scanner's peak RSS is under 64 MB;
//   recall     every secret and risky file the generator planted is reported, with its kind,
//              line and value (BenchCorpus::manifestPath; dependency folders excepted: the
//              scan is not deep), inside backups and in git history too;
//   look-alikes  nothing at all is reported in look-alikes/, at any confidence;
//   same work  the two tools found the same keys. ripgrep gets the scanner's key rules
//              (current, "key-" and "pubkey-" shapes with the same word boundaries) and file
//              rules (dependency folders, example and lock files, binary extensions, links
//              not followed, UTF-16 with a byte-order mark decoded, --search-zip for a single
//              compressed file) as regular expressions and globs, and the two sets of hits
//              (file:line of a key-shaped value) are compared. Differences allowed, each
//              counted by name, are the rules ripgrep cannot express:
//     placeholder  rg only: a key body a person typed as a fake (seven equal characters in a
//                  row, six counting up, a short pattern repeated, too few distinct
//                  characters, filler words such as "your" or "xxxx", Mailgun's own
//                  documentation sample keys).
//     set-aside    rg only: a 32-8-8 value in a script (by name) whose text never mentions
//                  Mailgun; the scanner counts these in its summary instead of reporting them.
//     git-config   scanner only: .git/config is read although the .git folder is not.
//     archive      scanner only: inside a zip or tar backup, which ripgrep cannot open.
//     git-history  scanner only: a key only in a repository's history.
// The archive cost is the scanner's time on the backups and compressed files alone, next to
// ripgrep's on the ones it can read (the .sql.gz).
//
//   bench_leak_scan [CACHE_DIR]                  build the tree if needed, then measure
//   bench_leak_scan --scan-only ROOT [PATH...]   (internal) scan PATHs (default ROOT) once
// Environment: MRA_BENCH_CORPUS (cache folder), MRA_BENCH_MB (tree size, default 1100),
// MRA_BENCH_RUNS (timed runs per tool, default 3). Time it in a Release build.
#include "BenchCorpus.h"
#include "LeakHitComparison.h"
#include "MeasuredRun.h"
#include "RecallCheck.h"
#include "investigate/LeakScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr double maxTimeRatio = 0.8;
constexpr double maxPeakRssMb = 64.0;
const QString lookAlikeFolder = u"look-alikes"_s;

// A whole key of one of the three shapes, as the bench (not the scanner) defines them.
const QRegularExpression& keyShape()
{
    static const QRegularExpression shape(
        u"^(?:[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}|(?:pub)?key-(?:(?-i:[0-9a-z]{32})|[0-9a-f]{32}))$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return shape;
}

const char* originOf(const LeakFinding& finding)
{
    if (!finding.gitOrigin.isEmpty())
        return "history";
    if (finding.archivePath.isEmpty())
        return "file";
    return finding.path == finding.archivePath ? "compressed" : "archive";
}

// Prints the totals, a "hit" line per key-shaped value written plainly (a base64-wrapped one
// is not there for ripgrep to find) and a "finding" line per finding, the secret only hashed.
int scanOnly(const QString& root, const QStringList& paths)
{
    LeakScanner scanner;
    QObject::connect(&scanner, &LeakScanner::finished, qApp, [&scanner, &root] {
        const LeakScanner::Summary& summary = scanner.summary();
        std::printf(
            "files=%lld bytes=%lld archives=%lld (not fully read %lld) git-commits=%lld findings=%lld "
            "set-aside=%lld\n",
            summary.files, summary.bytes, summary.archives.opened,
            static_cast<long long>(summary.archives.notFullyRead.size()), summary.gitHistory.commits,
            static_cast<long long>(scanner.findings().size()), summary.lookAlikes.count);
        for (const LeakFinding& finding : scanner.findings()) {
            const QString relative = finding.path.mid(root.size() + 1);
            if (finding.line > 0 && finding.source != LeakFinding::Source::Base64 &&
                keyShape().match(finding.secret.reveal()).hasMatch())
                std::printf("hit %s %lld %s\n", originOf(finding), finding.line, qPrintable(finding.path));
            std::printf("finding\t%s\t%lld\t%s\t%s/%s\t%s\n", qPrintable(LeakFinding::kindId(finding.kind)),
                        finding.line, qPrintable(BenchCorpus::valueHash(finding.secret.reveal())),
                        qPrintable(LeakFinding::confidenceId(finding.confidence)),
                        qPrintable(LeakFinding::confidenceReasonId(finding.confidenceReason)),
                        qPrintable(relative));
        }
        QCoreApplication::exit(0);
    });
    scanner.start(paths.isEmpty() ? QStringList{root} : paths, false);
    return QCoreApplication::exec();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Wall and CPU times and the highest peak RSS of one command over the timed runs.
struct Timings
{
    std::vector<double> seconds;
    std::vector<double> cpuSeconds;
    long peakRssKb = 0;

    bool add(const MeasuredRun::Result& run, int worstExit)
    {
        seconds.push_back(run.seconds);
        cpuSeconds.push_back(run.cpuSeconds);
        peakRssKb = std::max(peakRssKb, run.peakRssKb);
        return run.exitCode >= 0 && run.exitCode <= worstExit;
    }
    double wall() const { return median(seconds); }
    double cpu() const { return median(cpuSeconds); }
    double peakMb() const { return double(peakRssKb) / 1024.0; }
};

void printRow(const QString& what, const Timings& timings)
{
    std::printf("%-40s %9.3f %9.3f %14.1f\n", qPrintable(what), timings.wall(), timings.cpu(),
                timings.peakMb());
}

QStringList ripgrepCommand(const QString& rg, const QStringList& paths)
{
    QStringList command{rg, u"--no-config"_s, u"--no-ignore"_s, u"--hidden"_s,
                        u"--text"_s, // the corpus holds no file with a NUL in its first 8 KB
                        u"--search-zip"_s,
                        // ripgrep's default encoding: like the scanner, it decodes UTF-16 with a
                        // byte-order mark and reads everything else as bytes.
                        u"--pcre2"_s, u"--no-unicode"_s, u"--ignore-case"_s, u"--line-number"_s,
                        u"--with-filename"_s, u"--no-heading"_s, u"--null"_s, u"--only-matching"_s,
                        u"--replace="_s}; // "path\0line:" per hit, no secret in the output
    return command + LeakHitComparison::ripgrepRules() + paths;
}

QString firstLine(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readLine()).trimmed() : QString();
}

QString loadAverage()
{
    return firstLine(u"/proc/loadavg"_s).section(u' ', 0, 2);
}

const char* verdict(bool ok)
{
    return ok ? "PASS" : "FAIL";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 3 && std::strcmp(argv[1], "--measure") == 0)
        return MeasuredRun::measure(argv);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args[1] == u"--scan-only"_s)
        return scanOnly(args[2], args.mid(3));

    QString root = qEnvironmentVariable("MRA_BENCH_CORPUS");
    if (args.size() > 1)
        root = args[1];
    if (root.isEmpty())
        root = QDir::tempPath() + u"/mra-leak-bench-corpus"_s;
    root = QFileInfo(root).absoluteFilePath();
    const int megabytes = qEnvironmentVariableIntValue("MRA_BENCH_MB");
    const qint64 targetBytes = (megabytes > 0 ? megabytes : 1100) * BenchCorpus::megabyte;
    const int runs = qMax(1, qEnvironmentVariableIntValue("MRA_BENCH_RUNS") > 0
                                 ? qEnvironmentVariableIntValue("MRA_BENCH_RUNS")
                                 : 3);
    if (!BenchCorpus::build(root, targetBytes)) {
        std::fputs("could not build the corpus\n", stderr);
        return 1;
    }
    const QString rg = QStandardPaths::findExecutable(u"rg"_s);
    if (rg.isEmpty()) {
        std::fputs("ripgrep (rg) is not installed: apt-get install ripgrep\n", stderr);
        return 1;
    }
    const QStringList archives = BenchCorpus::archiveFiles(root);
    QStringList compressed; // what ripgrep can read of them
    qint64 archiveBytes = 0;
    for (const QString& path : archives) {
        archiveBytes += QFileInfo(path).size();
        if (path.endsWith(u".sql.gz"_s))
            compressed.append(path);
    }
    const QStringList self{QCoreApplication::applicationFilePath(), u"--scan-only"_s, root};
    const QString out = QDir::tempPath() + u"/mra-bench-"_s;
    const QStringList rgLiteral{rg,
                                u"--no-config"_s,
                                u"--no-ignore"_s,
                                u"--hidden"_s,
                                u"--ignore-case"_s,
                                u"--count"_s,
                                u"--glob=!node_modules"_s,
                                u"--glob=!vendor"_s,
                                u"--glob=!.git"_s,
                                u"--fixed-strings"_s,
                                u"--regexp=mailgun"_s,
                                u"--regexp=key-"_s,
                                root};

    const QString loadBefore = loadAverage();
    std::fprintf(stderr, "Warming the page cache (load %s)...\n", qPrintable(loadBefore));
    MeasuredRun::run(ripgrepCommand(rg, {root}), out + u"rg.out"_s);
    MeasuredRun::run(self, out + u"scan.out"_s);
    // What the launcher itself puts into a child's peak: the floor of the figures below.
    const long floorKb = MeasuredRun::run({u"/bin/true"_s}, out + u"true.out"_s).peakRssKb;
    Timings scan, grep, literal, scanArchives, grepCompressed;
    bool ran = true;
    for (int i = 0; i < runs; ++i) {
        ran = scan.add(MeasuredRun::run(self, out + u"scan.out"_s), 0) && ran;
        ran = grep.add(MeasuredRun::run(ripgrepCommand(rg, {root}), out + u"rg.out"_s), 0) && ran;
        ran = literal.add(MeasuredRun::run(rgLiteral, out + u"literal.out"_s), 1) && ran;
        ran = scanArchives.add(MeasuredRun::run(self + archives, out + u"archives.out"_s), 0) && ran;
        ran =
            grepCompressed.add(MeasuredRun::run(ripgrepCommand(rg, compressed), out + u"gz.out"_s), 1) && ran;
    }
    if (!ran) {
        std::fputs("a run failed (a tool's exit code was not 0)\n", stderr);
        return 1;
    }
    const QString loadAfter = loadAverage();
    const LeakHitComparison::Result same = LeakHitComparison::compare(out + u"scan.out"_s, out + u"rg.out"_s);
    const RecallCheck::Result recall =
        RecallCheck::check(BenchCorpus::manifestPath(root), out + u"scan.out"_s, lookAlikeFolder);

    std::printf("tree: %s, %.0f MB; scanner: %s\n", qPrintable(root),
                double(BenchCorpus::treeSize(root)) / double(BenchCorpus::megabyte),
                qPrintable(firstLine(out + u"scan.out"_s)));
    std::printf("recall: planted %lld, found %lld, missed %lld; other findings not planted: %lld\n",
                recall.planted, recall.found, static_cast<long long>(recall.missed.size()),
                recall.notPlanted);
    std::printf("  %-34s %8s %8s\n", "where", "planted", "found");
    for (const RecallCheck::Area& area : recall.areas)
        std::printf("  %-34s %8lld %8lld\n", qPrintable(area.name), area.planted, area.found);
    for (const QString& missed : recall.missed)
        std::printf("  missed: %s\n", qPrintable(missed));
    std::printf("look-alikes: %lld findings in %s/\n",
                static_cast<long long>(recall.lookAlikeFindings.size()), qPrintable(lookAlikeFolder));
    for (const QString& finding : recall.lookAlikeFindings)
        std::printf("  look-alike reported: %s\n", qPrintable(finding));
    std::printf(
        "hits (file:line of a key): scanner %lld, ripgrep %lld, both %lld; explained: placeholder %lld, "
        "set-aside %lld, git-config %lld, archive %lld, git-history %lld; unexplained %lld\n",
        same.scanner, same.ripgrep, same.both, same.placeholder, same.setAside, same.gitConfig, same.archive,
        same.gitHistory, static_cast<long long>(same.unexplained.size()));
    for (qsizetype i = 0; i < qMin<qsizetype>(same.unexplained.size(), 20); ++i)
        std::printf("  unexplained: %s\n", qPrintable(same.unexplained.at(i)));

    std::printf("\n%-40s %9s %9s %14s\n", "", "wall (s)", "CPU (s)", "peak RSS (MB)");
    printRow(u"scanner, whole tree"_s, scan);
    printRow(u"ripgrep, whole tree"_s, grep);
    printRow(u"rg -F literals only (a lower bound)"_s, literal);
    printRow(u"scanner, %1 archives alone (%2 MB)"_s.arg(archives.size())
                 .arg(double(archiveBytes) / double(BenchCorpus::megabyte), 0, 'f', 0),
             scanArchives);
    printRow(u"ripgrep, the %1 .sql.gz alone"_s.arg(compressed.size()), grepCompressed);
    std::vector<double> ratios;
    for (int i = 0; i < runs; ++i)
        ratios.push_back(scan.seconds[i] / grep.seconds[i]);
    const double ratio = scan.wall() / grep.wall();
    std::printf(
        "scanner / ripgrep: %.2fx wall time (target <= %.2f; runs %.2f to %.2f), %.2fx CPU time; median "
        "of %d runs, %d threads\n",
        ratio, maxTimeRatio, *std::min_element(ratios.begin(), ratios.end()),
        *std::max_element(ratios.begin(), ratios.end()), scan.cpu() / grep.cpu(), runs,
        QThread::idealThreadCount());
    std::printf(
        "archives: %.0f%% of the scanner's wall time; peak RSS includes a %.1f MB launcher floor; load "
        "%s before, %s after\n",
        100.0 * scanArchives.wall() / scan.wall(), double(floorKb) / 1024.0, qPrintable(loadBefore),
        qPrintable(loadAfter));

    const bool fast = ratio <= maxTimeRatio;
    const bool small = scan.peakMb() < maxPeakRssMb;
    const bool complete = recall.planted > 0 && recall.missed.isEmpty();
    const bool quiet = recall.lookAlikeFindings.isEmpty();
    const bool agree = same.scanner > 0 && same.unexplained.isEmpty();
    std::printf("\nspeed %s, memory %s, recall %s, look-alikes %s, same work %s\n", verdict(fast),
                verdict(small), verdict(complete), verdict(quiet), verdict(agree));
    return fast && small && complete && quiet && agree ? 0 : 1;
}
