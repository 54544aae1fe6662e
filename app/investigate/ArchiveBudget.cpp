#include "investigate/ArchiveBudget.h"

#include "investigate/ArchiveLimits.h"
#include "investigate/ArchiveReader.h"

void ArchiveBudget::enter(const ArchiveReader* level)
{
    m_levels.push_back(level);
}

void ArchiveBudget::leave()
{
    if (m_levels.empty())
        return;
    // An archive's bytes still count once it is closed: its reader is gone then.
    m_finishedLevelsBytes += m_levels.back()->expandedBytes();
    m_levels.pop_back();
}

bool ArchiveBudget::countEntry()
{
    ++m_entries;
    if (m_entries > ArchiveLimits::maxEntries && !m_stoppedBy)
        m_stoppedBy = ArchiveProblem::TooManyEntries;
    return allowsMore();
}

bool ArchiveBudget::cancelled() const
{
    return m_cancelled && m_cancelled->load(std::memory_order_relaxed);
}

qint64 ArchiveBudget::expandedBytes() const
{
    qint64 total = m_finishedLevelsBytes;
    for (const ArchiveReader* level : m_levels)
        total += level->expandedBytes();
    return total;
}

bool ArchiveBudget::allowsMore()
{
    if (m_stoppedBy)
        return false;
    if (cancelled())
        return false;
    for (const ArchiveReader* level : m_levels) {
        const qint64 expanded = level->expandedBytes();
        if (expanded > ArchiveLimits::ratioCheckedAfter &&
            expanded > ArchiveLimits::maxExpansionRatio * qMax<qint64>(1, level->compressedBytes())) {
            m_stoppedBy = ArchiveProblem::ExpandsTooMuch;
            return false;
        }
    }
    if (expandedBytes() > ArchiveLimits::maxExpandedBytes) {
        m_stoppedBy = ArchiveProblem::TooLarge;
        return false;
    }
    return true;
}
