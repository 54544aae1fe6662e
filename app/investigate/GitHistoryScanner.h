#pragma once

#include "investigate/GitRepositoryEntry.h"
#include "investigate/LeakFinding.h"

#include <QList>
#include <QStringList>

#include <atomic>

class FileScanner;
class GitHistoryTally;

// Reads the whole history of a git repository the folder walk met, as gitleaks and
// trufflehog do: every commit any reference, HEAD or reference log still reaches
// (GitCommitList); for each, the file versions it added or changed against its first parent
// (GitTreeDelta; a root commit: all of its files); each distinct file version once, through
// the same FileScanner and the same rules as the files on disk (binary ones are skipped, and
// so are example and lock files by name). A secret is reported once per path, with the
// oldest commit that holds it, and only when the file on disk at that path no longer holds
// it (GitWorkTreeCheck): otherwise the file finding already covers it.
// Memory stays bounded: a file version over maxBlobBytes is counted, not read.
// One GitHistoryScanner per worker thread; it uses that worker's FileScanner.
class GitHistoryScanner
{
public:
    static constexpr qint64 maxBlobBytes = qint64(32) * 1000 * 1000;

    GitHistoryScanner(FileScanner& scanner, GitHistoryTally& tally, const std::atomic_bool* cancelled);

    // `roots`: the canonical paths of the folders the admin picked; a repository is read only
    // inside them. The credentials found only in its history; counters go to the tally.
    QList<LeakFinding> scan(const GitRepositoryEntry& entry, const QStringList& roots, bool deep);

private:
    QList<LeakFinding> scanOnThisThread(const GitRepositoryEntry& entry, const QStringList& roots, bool deep);

    FileScanner& m_scanner;
    GitHistoryTally& m_tally;
    const std::atomic_bool* m_cancelled;
};
