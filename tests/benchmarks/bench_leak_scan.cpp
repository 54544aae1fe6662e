// How fast the folder scan reads a large tree, next to ripgrep searching the same tree for
// the same patterns in the same run. The tree (at least 1 GB) is built once into a cache
// folder: real text files copied from this machine (headers, documentation, Python and Perl
// libraries) plus generated Laravel/Symfony/WordPress/Node/Django trees with planted secrets.
// Both tools run as child processes, after one warm-up run each, so each one's wall time
// and peak memory (wait4's ru_maxrss) are measured alone. Target: within 2x of ripgrep.
//
// Same work, checked: ripgrep gets the scanner's key rules (current, "key-" and "pubkey-"
// shapes with the same word boundaries) and its file rules (dependency folders, example and
// lock files, binary extensions, links not followed, no re-encoding) as regular expressions and
// globs, and the two sets of hits (file:line of a key-shaped value) are compared. The only
// differences allowed are the rules ripgrep cannot express, each counted by name:
//   placeholder     rg only: a key body a person typed as a fake (seven equal characters in a
//                   row, six counting up, a short pattern repeated, too few distinct
//                   characters, filler words such as "your" or "xxxx", Mailgun's own
//                   documentation sample keys).
// A sample word before a key (example, dummy, fake, ...) is no longer a difference: the
// scanner reports such a key at a lower confidence (issue 15), as ripgrep finds it.
//   git-config      scanner only: .git/config is read although the .git folder is not.
// Any other difference fails the benchmark (exit 1): a scanner that skipped files or lines
// would only look fast.
//
//   bench_leak_scan [CACHE_DIR]          build the tree if needed, then compare
//   bench_leak_scan --scan-only DIR      (internal) run the scanner once, print its totals
// Environment: MRA_BENCH_CORPUS (cache folder), MRA_BENCH_MB (tree size, default 1100),
// MRA_BENCH_RUNS (timed runs per tool, default 3).
#include "CorpusGenerator.h"
#include "LeakHitComparison.h"
#include "investigate/LeakScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 megabyte = 1024 * 1024;
const QString completeMarker = u".mra-bench-complete"_s;

struct ChildRun
{
    double seconds = 0;
    long peakRssKb = 0;
    int exitCode = -1;
};

// Runs a program with stdout to `outputPath`, through this binary's --measure mode: the
// kernel counts the memory a process had before exec() in its peak (ru_maxrss), so the
// measured program must be forked by a small process, not by this one after it built the tree.
ChildRun runChild(const QStringList& arguments, const QString& outputPath)
{
    const QString report = QDir::tempPath() + u"/mra-bench-measure.txt"_s;
    QStringList measured{QCoreApplication::applicationFilePath(), u"--measure"_s, report};
    measured += arguments;
    std::vector<QByteArray> storage;
    for (const QString& argument : measured)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray output = outputPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ChildRun run;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    waitpid(pid, &status, 0);
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly))
        return run;
    const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
    if (fields.size() == 3) {
        run.seconds = fields[0].toDouble();
        run.peakRssKb = fields[1].toLong();
        run.exitCode = fields[2].toInt();
    }
    return run;
}

// --measure REPORT PROGRAM ARGS...: runs PROGRAM as a child and writes "seconds peak-kB exit".
// Runs before any Qt object exists, to keep this process (and so the child's start) small.
int measure(char** argv)
{
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    FILE* report = std::fopen(argv[2], "w");
    if (!report)
        return 1;
    std::fprintf(report, "%.4f %ld %d\n", seconds, usage.ru_maxrss,
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    std::fclose(report);
    return 0;
}

bool looksBinary(const QByteArray& head)
{
    return head.left(8192).contains('\0');
}

// Copies the text files under `source` into `target`; returns the bytes written.
qint64 copyTextFiles(const QString& source, const QString& target, qint64 budget)
{
    qint64 written = 0;
    QDirIterator it(source, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && written < budget) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.size() == 0 || info.size() > 32 * megabyte || path.endsWith(u".gz"_s))
            continue;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = in.readAll();
        if (looksBinary(content))
            continue;
        const QString destination = target + u'/' + QDir(source).relativeFilePath(path);
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile out(destination);
        if (out.open(QIODevice::WriteOnly) && out.write(content) == content.size())
            written += content.size();
    }
    return written;
}

qint64 treeSize(const QString& root)
{
    qint64 total = 0;
    QDirIterator it(root, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

bool buildCorpus(const QString& root, qint64 targetBytes)
{
    if (QFile::exists(root + u'/' + completeMarker) && treeSize(root) >= targetBytes)
        return true;
    std::fprintf(stderr, "Building a %lld MB corpus in %s (once)...\n", targetBytes / megabyte,
                 qPrintable(root));
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    qint64 total = 0;
    for (int copy = 0; copy < 16; ++copy) {
        CorpusGenerator generator(root, 1000 + copy);
        generator.writeAll();
        const QString stacks = u"stacks-%1"_s.arg(copy);
        QDir(root).mkpath(stacks);
        for (const QString& name :
             {u"laravel-shop"_s, u"symfony-app"_s, u"public_html"_s, u"node-app"_s, u"django-site"_s})
            QDir(root).rename(name, stacks + u'/' + name);
    }
    total = treeSize(root);
    const QStringList sources{u"/usr/include"_s,     u"/usr/share/doc"_s,
                              u"/usr/lib/python3"_s, u"/usr/share/perl"_s,
                              u"/usr/share/perl5"_s, u"/usr/lib/x86_64-linux-gnu/perl"_s,
                              u"/usr/share/qt6"_s,   u"/usr/share/man"_s};
    for (int round = 0; total < targetBytes && round < 20; ++round) {
        qint64 before = total;
        for (const QString& source : sources) {
            if (total >= targetBytes || !QFileInfo(source).isDir())
                continue;
            total +=
                copyTextFiles(source, root + u"/real-%1/%2"_s.arg(round).arg(QFileInfo(source).fileName()),
                              targetBytes - total);
        }
        if (total == before)
            return false; // nothing to copy on this machine
    }
    QFile marker(root + u'/' + completeMarker);
    return total >= targetBytes && marker.open(QIODevice::WriteOnly);
}

// A whole key of one of the three shapes, as the bench (not the scanner) defines them.
const QRegularExpression& keyShape()
{
    static const QRegularExpression shape(
        u"^(?:[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}|(?:pub)?key-(?:(?-i:[0-9a-z]{32})|[0-9a-f]{32}))$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return shape;
}

int scanOnly(const QString& root)
{
    LeakScanner scanner;
    QObject::connect(&scanner, &LeakScanner::finished, qApp, [&scanner] {
        const LeakScanner::Summary& summary = scanner.summary();
        std::printf("files=%lld bytes=%lld findings=%lld\n", summary.files, summary.bytes,
                    static_cast<long long>(scanner.findings().size()));
        // The key-shaped values written plainly in a file, one "hit LINE PATH" each; a value
        // base64-wrapped in the file is not there for ripgrep to find.
        for (const LeakFinding& finding : scanner.findings()) {
            if (finding.line > 0 && finding.source != LeakFinding::Source::Base64 &&
                keyShape().match(finding.secret.reveal()).hasMatch())
                std::printf("hit %lld %s\n", finding.line, qPrintable(finding.path));
        }
        QCoreApplication::exit(0);
    });
    scanner.start({root}, false);
    return QCoreApplication::exec();
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()).trimmed() : QString();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 3 && std::strcmp(argv[1], "--measure") == 0)
        return measure(argv);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args[1] == u"--scan-only"_s)
        return scanOnly(args[2]);

    QString root = qEnvironmentVariable("MRA_BENCH_CORPUS");
    if (args.size() > 1)
        root = args[1];
    if (root.isEmpty())
        root = QDir::tempPath() + u"/mra-leak-bench-corpus"_s;
    const qint64 targetBytes = qEnvironmentVariableIntValue("MRA_BENCH_MB") > 0
                                   ? qEnvironmentVariableIntValue("MRA_BENCH_MB") * megabyte
                                   : 1100 * megabyte;
    const int runs = qMax(1, qEnvironmentVariableIntValue("MRA_BENCH_RUNS") > 0
                                 ? qEnvironmentVariableIntValue("MRA_BENCH_RUNS")
                                 : 3);
    if (!buildCorpus(root, targetBytes)) {
        std::fputs("could not build the corpus\n", stderr);
        return 1;
    }
    const QString rg = QStandardPaths::findExecutable(u"rg"_s);
    if (rg.isEmpty()) {
        std::fputs("ripgrep (rg) is not installed: apt-get install ripgrep\n", stderr);
        return 1;
    }
    // The scanner's key rules and file rules, as far as ripgrep can say them (see the top).
    QStringList rgCommand{rg, u"--no-config"_s, u"--no-ignore"_s, u"--hidden"_s,
                          u"--text"_s, // the corpus holds no file with a NUL in its first 8 KB
                          // ripgrep's default encoding: like the scanner, it decodes UTF-16 with a
                          // byte-order mark and reads everything else as bytes.
                          u"--pcre2"_s, u"--no-unicode"_s, u"--ignore-case"_s, u"--line-number"_s,
                          u"--with-filename"_s, u"--no-heading"_s, u"--null"_s, u"--only-matching"_s,
                          u"--replace="_s}; // "path\0line:" per hit, no secret in the output
    rgCommand += LeakHitComparison::ripgrepRules();
    rgCommand += root;
    // A lower bound, not the comparison: the literals alone, without the key shapes.
    const QStringList rgLiteralCommand{rg,
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
    const QStringList scanCommand{QCoreApplication::applicationFilePath(), u"--scan-only"_s, root};
    const QString scanOut = QDir::tempPath() + u"/mra-bench-scan.out"_s;
    const QString rgOut = QDir::tempPath() + u"/mra-bench-rg.out"_s;

    std::fprintf(stderr, "Warming the page cache...\n");
    runChild(rgCommand, rgOut);
    runChild(scanCommand, scanOut);
    // What the launcher itself puts into a child's peak: the floor of both figures below.
    const long floorKb = runChild({u"/bin/true"_s}, rgOut).peakRssKb;
    std::vector<double> scanTimes;
    std::vector<double> rgTimes;
    std::vector<double> rgLiteralTimes;
    long rgLiteralRss = 0;
    long scanRss = 0;
    long rgRss = 0;
    for (int i = 0; i < runs; ++i) {
        const ChildRun scan = runChild(scanCommand, scanOut);
        const ChildRun grep = runChild(rgCommand, rgOut);
        if (scan.exitCode != 0 || grep.exitCode != 0) {
            std::fprintf(stderr, "a run failed: scanner %d, rg %d\n", scan.exitCode, grep.exitCode);
            return 1;
        }
        const ChildRun literal = runChild(rgLiteralCommand, rgOut + u".literal"_s);
        rgLiteralTimes.push_back(literal.seconds);
        rgLiteralRss = std::max(rgLiteralRss, literal.peakRssKb);
        scanTimes.push_back(scan.seconds);
        rgTimes.push_back(grep.seconds);
        scanRss = std::max(scanRss, scan.peakRssKb);
        rgRss = std::max(rgRss, grep.peakRssKb);
    }
    const LeakHitComparison::Result same = LeakHitComparison::compare(scanOut, rgOut);
    const double scanTime = median(scanTimes);
    const double rgTime = median(rgTimes);
    std::printf("tree: %s, %.0f MB\n", qPrintable(root), double(treeSize(root)) / double(megabyte));
    std::printf("scanner: %s\n", qPrintable(readAll(scanOut).section(u'\n', 0, 0)));
    std::printf("hits (file:line of a key): scanner %lld, ripgrep %lld, both %lld; explained: "
                "placeholder %lld, git-config %lld; unexplained %lld\n",
                same.scanner, same.ripgrep, same.both, same.placeholder, same.gitConfig,
                static_cast<long long>(same.unexplained.size()));
    for (qsizetype i = 0; i < qMin<qsizetype>(same.unexplained.size(), 20); ++i)
        std::printf("  unexplained: %s\n", qPrintable(same.unexplained.at(i)));
    std::printf("%-10s %10s %14s\n", "", "wall (s)", "peak RSS (MB)");
    std::printf("%-10s %10.3f %14.1f\n", "scanner", scanTime, double(scanRss) / 1024.0);
    std::printf("%-10s %10.3f %14.1f\n", "ripgrep", rgTime, double(rgRss) / 1024.0);
    std::printf("%-10s %10.3f %14.1f   (literals only, a lower bound)\n", "rg -F", median(rgLiteralTimes),
                double(rgLiteralRss) / 1024.0);
    std::printf("scanner / ripgrep: %.2fx time (median of %d runs, threads: %d); peak RSS includes a %.1f MB "
                "launcher floor\n",
                scanTime / rgTime, runs, QThread::idealThreadCount(), double(floorKb) / 1024.0);
    if (same.scanner == 0 || !same.unexplained.isEmpty()) {
        std::fputs("FAIL: the scanner and ripgrep did not find the same keys\n", stderr);
        return 1;
    }
    return 0;
}
