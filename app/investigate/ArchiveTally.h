#pragma once

#include "investigate/ArchiveSummary.h"

#include <QMutex>

// The scan's worker threads add what each backup gave; the summary is read at the end.
class ArchiveTally
{
public:
    void add(const ArchiveSummary::NotFullyRead& outcome, qint64 entries, qint64 expandedBytes);
    ArchiveSummary summary() const;

private:
    mutable QMutex m_mutex;
    ArchiveSummary m_summary; // guarded by m_mutex
};
