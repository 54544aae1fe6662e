#pragma once

#include "investigate/ArchiveTally.h"
#include "investigate/FileWalker.h"
#include "investigate/GitHistoryTally.h"
#include "investigate/LeakFinding.h"
#include "investigate/LookAlikeSummary.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <deque>

// The state one scan shares between its worker threads: a queue of folders and files that
// workers both take from and add to (listing a folder adds its children), so the walk itself
// runs in parallel; counters; and the findings not yet handed to the LeakScanner.
struct ScanJob
{
    explicit ScanJob(bool deep)
        : walker(deep)
    {}

    // Called by each worker thread; returns when the queue is empty and no worker can add
    // to it any more, or when the scan is cancelled.
    void work();
    // Hands over the findings found since the last call.
    QList<LeakFinding> takeFindings();
    // Key-shaped strings set aside in scripts that never mention Mailgun, and their files.
    LookAlikeSummary lookAlikeSummary();

    const FileWalker walker;
    std::atomic_bool cancelled{false};
    std::atomic<qint64> files{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> binaryFiles{0};
    std::atomic<qint64> unreadable{0};
    std::atomic<qint64> skippedLinks{0};
    std::atomic<qint64> skippedSpecial{0};
    std::atomic<int> workersLeft{0};
    ArchiveTally archives; // backups and compressed files: opened, and not read to the end
    // Git repositories, commits and file versions of their history read.
    GitHistoryTally gitHistory;
    // The canonical paths of the folders picked: a repository is read only inside them.
    QStringList roots;

    QMutex queueMutex;
    QWaitCondition queueChanged;
    std::deque<WalkEntry> queue; // guarded by queueMutex
    int busy = 0;                // workers holding an entry; guarded by queueMutex

private:
    void addFindings(QList<LeakFinding>&& found);
    void setAside(const QString& path, int count);

    QMutex findingsMutex;
    QList<LeakFinding> pending;  // guarded by findingsMutex
    LookAlikeSummary lookAlikes; // guarded by findingsMutex
};
