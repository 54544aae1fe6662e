#pragma once

#include "investigate/GitHistorySummary.h"

#include <QMutex>
#include <QSet>

#include <atomic>

// The scan's worker threads add what each repository gave; the summary is read at the end.
// It also remembers which object stores were claimed: a linked work tree or a second path to
// the same repository shares the history, which is read once.
class GitHistoryTally
{
public:
    std::atomic<qint64> commits{0};
    std::atomic<qint64> objects{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> binaryObjects{0};
    std::atomic<qint64> tooLarge{0};

    // True for the first caller with this repository (its canonical common folder).
    bool claim(const QString& commonDir);
    void addRead();
    void addUnreadable(const QString& path);
    void addNotFollowed(const QString& path);
    GitHistorySummary summary() const;

private:
    mutable QMutex m_mutex;
    QSet<QString> m_claimed;   // guarded by m_mutex
    qint64 m_repositories = 0; // guarded by m_mutex
    QStringList m_unreadable;  // guarded by m_mutex
    QStringList m_notFollowed; // guarded by m_mutex
};
