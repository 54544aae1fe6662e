#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// bench_leak_scan's recall check: every secret and risky file planted in the corpus (the
// generator's list, BenchCorpus::manifestPath) against what the scanner reported, and what it
// reported in the look-alike folder, where nothing may be reported.
namespace RecallCheck {

// Planted and found, for one part of the corpus ("stacks", "logs", "backups (inside)", ...).
struct Area
{
    QString name;
    long long planted = 0;
    long long found = 0;
};

struct Result
{
    long long planted = 0;
    long long found = 0;
    QStringList missed;            // "kind line path" of each planted item not reported
    QList<Area> areas;             // in the order first met
    QStringList lookAlikeFindings; // "kind line confidence path" of each finding in look-alikes/
    long long notPlanted = 0;      // findings elsewhere that nothing planted (copied files, ...)
};

// The scanner's findings, one line each (bench_leak_scan --scan-only):
// "finding<TAB>kind<TAB>line<TAB>hash<TAB>confidence<TAB>path relative to the corpus".
Result check(const QString& manifestPath, const QString& scanOut, const QString& lookAlikeFolder);

} // namespace RecallCheck
