#include "investigate/GitHistoryTally.h"

bool GitHistoryTally::claim(const QString& commonDir)
{
    QMutexLocker lock(&m_mutex);
    if (m_claimed.contains(commonDir))
        return false;
    m_claimed.insert(commonDir);
    return true;
}

void GitHistoryTally::addRead()
{
    QMutexLocker lock(&m_mutex);
    ++m_repositories;
}

void GitHistoryTally::addUnreadable(const QString& path)
{
    QMutexLocker lock(&m_mutex);
    m_unreadable.append(path);
}

void GitHistoryTally::addNotFollowed(const QString& path)
{
    QMutexLocker lock(&m_mutex);
    m_notFollowed.append(path);
}

GitHistorySummary GitHistoryTally::summary() const
{
    GitHistorySummary summary;
    {
        QMutexLocker lock(&m_mutex);
        summary.repositories = m_repositories;
        summary.unreadable = m_unreadable;
        summary.notFollowed = m_notFollowed;
    }
    summary.commits = commits.load();
    summary.objects = objects.load();
    summary.bytes = bytes.load();
    summary.binaryObjects = binaryObjects.load();
    summary.tooLarge = tooLarge.load();
    summary.unreadable.sort();
    summary.notFollowed.sort();
    return summary;
}
