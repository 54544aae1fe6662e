#include "investigate/ScanJob.h"

#include "investigate/ArchiveScanner.h"
#include "investigate/FileScanner.h"
#include "investigate/GitHistoryScanner.h"

void ScanJob::work()
{
    FileScanner scanner(&cancelled);
    ArchiveScanner archiveScanner(scanner, archives, walker.deep(), &cancelled);
    GitHistoryScanner history(scanner, gitHistory, &cancelled);
    for (;;) {
        WalkEntry entry;
        {
            QMutexLocker lock(&queueMutex);
            while (queue.empty() && busy > 0 && !cancelled.load())
                queueChanged.wait(&queueMutex);
            if (queue.empty() || cancelled.load()) {
                queueChanged.wakeAll();
                return;
            }
            // Last in, first out: the walk goes deep first and the queue stays short.
            entry = std::move(queue.back());
            queue.pop_back();
            ++busy;
        }
        if (entry.isFolder) {
            FileWalker::Listing listing = walker.list(entry);
            skippedLinks += listing.skippedLinks;
            skippedSpecial += listing.skippedSpecial;
            addFindings(std::move(listing.findings));
            QMutexLocker lock(&queueMutex);
            for (WalkEntry& file : listing.files)
                queue.push_back(std::move(file));
            for (WalkEntry& folder : listing.folders)
                queue.push_back(std::move(folder));
            --busy;
            queueChanged.wakeAll();
            lock.unlock();
            // After the children are queued, so the other workers walk on meanwhile.
            for (const GitRepositoryEntry& repository : listing.repositories)
                addFindings(history.scan(repository, roots, walker.deep()));
        } else {
            // Backups and compressed files are read inside; every other file by the FileScanner.
            FileScanner::Result result = archiveScanner.scanFile(entry.path, entry.name, entry.inWebRoot);
            bytes += result.bytes;
            if (result.notRegular)
                ++skippedSpecial;
            else if (result.binary)
                ++binaryFiles;
            else if (result.unreadable)
                ++unreadable;
            else
                ++files;
            addFindings(std::move(result.findings));
            if (result.lookAlikesSetAside > 0)
                setAside(entry.path, result.lookAlikesSetAside);
            QMutexLocker lock(&queueMutex);
            --busy;
            if (queue.empty() && busy == 0)
                queueChanged.wakeAll();
        }
    }
}

QList<LeakFinding> ScanJob::takeFindings()
{
    QMutexLocker lock(&findingsMutex);
    return std::exchange(pending, {});
}

void ScanJob::addFindings(QList<LeakFinding>&& found)
{
    if (found.isEmpty())
        return;
    QMutexLocker lock(&findingsMutex);
    pending.append(std::move(found));
}

void ScanJob::setAside(const QString& path, int count)
{
    QMutexLocker lock(&findingsMutex);
    lookAlikes.count += count;
    lookAlikes.files.append(path);
}

LookAlikeSummary ScanJob::lookAlikeSummary()
{
    QMutexLocker lock(&findingsMutex);
    LookAlikeSummary summary = lookAlikes;
    summary.files.sort();
    return summary;
}
