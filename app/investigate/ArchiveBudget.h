#pragma once

#include "investigate/ArchiveSummary.h"

#include <atomic>
#include <optional>
#include <vector>

class ArchiveReader;

// The limits of ArchiveLimits for one backup and everything nested in it, checked before
// every block is unpacked: the reading stops at the first limit reached, and says which.
class ArchiveBudget
{
public:
    explicit ArchiveBudget(const std::atomic_bool* cancelled = nullptr)
        : m_cancelled(cancelled)
    {}

    // An archive is being read at the next level down (the backup itself first).
    void enter(const ArchiveReader* level);
    void leave();
    int depth() const { return int(m_levels.size()); }

    // One more entry; false when that is more than a backup may hold.
    bool countEntry();
    // False once a limit is reached or the scan is cancelled: read nothing more.
    bool allowsMore();
    // The limit that stopped the reading, if one did.
    std::optional<ArchiveProblem> stoppedBy() const { return m_stoppedBy; }
    bool cancelled() const;

    qint64 entries() const { return m_entries; }
    qint64 expandedBytes() const;

private:
    const std::atomic_bool* m_cancelled;
    std::vector<const ArchiveReader*> m_levels;
    qint64 m_finishedLevelsBytes = 0; // unpacked by the archives already closed
    qint64 m_entries = 0;
    std::optional<ArchiveProblem> m_stoppedBy;
};
