#include "investigate/ArchiveTally.h"

#include <algorithm>

void ArchiveTally::add(const ArchiveSummary::NotFullyRead& outcome, qint64 entries, qint64 expandedBytes)
{
    QMutexLocker lock(&m_mutex);
    ++m_summary.opened;
    m_summary.entries += entries;
    m_summary.expandedBytes += expandedBytes;
    if (!outcome.problems.isEmpty())
        m_summary.notFullyRead.append(outcome);
}

ArchiveSummary ArchiveTally::summary() const
{
    QMutexLocker lock(&m_mutex);
    ArchiveSummary summary = m_summary;
    std::sort(summary.notFullyRead.begin(), summary.notFullyRead.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    return summary;
}
