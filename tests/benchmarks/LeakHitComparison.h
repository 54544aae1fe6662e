#pragma once

#include <QString>
#include <QStringList>

// bench_leak_scan's check that the scanner and ripgrep did the same work: the scanner's rules
// given to ripgrep, and the two sets of hits (file:line of a key-shaped value) compared.
namespace LeakHitComparison {

// ripgrep arguments for the scanner's file rules (folders, example and lock files, binary
// extensions) and its key rules (the three key shapes with the scanner's word boundaries).
QStringList ripgrepRules();

struct Result
{
    long long scanner = 0;
    long long ripgrep = 0;
    long long both = 0;
    long long placeholder = 0; // ripgrep only: a key body typed as a fake
    long long gitConfig = 0;   // scanner only: .git/config, read although .git is not
    QStringList unexplained;
};

// `scanOut`: the scanner's "hit LINE PATH" lines; `rgOut`: ripgrep's "PATH\0LINE:" lines.
Result compare(const QString& scanOut, const QString& rgOut);

} // namespace LeakHitComparison
