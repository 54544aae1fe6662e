#pragma once

#include <QString>
#include <QStringList>

// bench_leak_scan's check that the scanner and ripgrep did the same work: the scanner's rules
// given to ripgrep, and the two sets of hits (file:line of a key-shaped value) compared.
namespace LeakHitComparison {

// ripgrep arguments for the scanner's file rules (folders, example and lock files, binary
// extensions; backups ripgrep cannot open: zip, tar and their compressed forms) and its key
// rules (the three key shapes with the scanner's word boundaries). Use with --search-zip, so
// ripgrep reads a single compressed file (db.sql.gz) as the scanner does.
QStringList ripgrepRules();

struct Result
{
    long long scanner = 0;
    long long ripgrep = 0;
    long long both = 0;
    long long placeholder = 0; // ripgrep only: a key body typed as a fake
    long long setAside = 0;    // ripgrep only: a 32-8-8 value in a script that never mentions Mailgun
    long long gitConfig = 0;   // scanner only: .git/config, read although .git is not
    long long archive = 0;     // scanner only: inside a zip or tar backup
    long long gitHistory = 0;  // scanner only: in a git repository's history
    QStringList unexplained;
};

// `scanOut`: the scanner's "hit ORIGIN LINE PATH" lines, ORIGIN one of "file", "compressed"
// (a single compressed file: ripgrep reads it too), "archive" (inside a zip or tar), "history";
// `rgOut`: ripgrep's "PATH\0LINE:" lines.
Result compare(const QString& scanOut, const QString& rgOut);

} // namespace LeakHitComparison
