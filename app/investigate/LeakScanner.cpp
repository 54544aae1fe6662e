#include "investigate/LeakScanner.h"

#include "investigate/FileWalker.h"
#include "investigate/InvestigateLog.h"
#include "investigate/ScanJob.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>

using namespace std::chrono_literals;

LeakScanner::LeakScanner(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    m_progressTimer.setInterval(100ms);
    connect(&m_progressTimer, &QTimer::timeout, this, &LeakScanner::collect);
}

LeakScanner::~LeakScanner()
{
    cancel();
    // The workers stop within one chunk once cancelled; they must not outlive the job's owner.
    m_pool.waitForDone();
}

void LeakScanner::setThreadCount(int count)
{
    m_pool.setMaxThreadCount(qMax(1, count));
}

bool LeakScanner::start(const QStringList& paths, bool deep)
{
    if (m_job)
        return false;
    m_findings.clear();
    m_summary = Summary();
    auto job = std::make_shared<ScanJob>(deep);
    for (const QString& path : paths) {
        bool ok = false;
        WalkEntry entry = FileWalker::entryFor(path, &ok);
        if (ok) {
            job->roots.append(QFileInfo(entry.path).canonicalFilePath());
            job->queue.push_back(std::move(entry));
        } else {
            m_summary.missingPaths.append(path);
        }
    }
    m_job = job;
    const int workers = m_pool.maxThreadCount();
    qCDebug(lcInvestigate, "leak scan started: %lld paths (%lld missing), %s, %d workers",
            static_cast<long long>(paths.size()), static_cast<long long>(m_summary.missingPaths.size()),
            deep ? "deep" : "not deep", workers);
    m_clock.start();
    job->workersLeft = workers;
    for (int i = 0; i < workers; ++i) {
        m_pool.start([this, job] {
            job->work();
            if (--job->workersLeft == 0)
                QMetaObject::invokeMethod(this, &LeakScanner::finishScan, Qt::QueuedConnection);
        });
    }
    m_progressTimer.start();
    return true;
}

void LeakScanner::cancel()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    QMutexLocker lock(&m_job->queueMutex);
    m_job->queueChanged.wakeAll();
}

void LeakScanner::collect()
{
    if (!m_job)
        return;
    QList<LeakFinding> found = m_job->takeFindings();
    if (!found.isEmpty()) {
        for (LeakFinding& finding : found)
            m_matcher.apply(finding);
        m_findings += found;
        Q_EMIT findingsAdded(found);
    }
    Q_EMIT progress(m_job->files.load(), m_job->bytes.load());
}

void LeakScanner::finishScan()
{
    if (!m_job)
        return;
    m_progressTimer.stop();
    collect();
    m_summary.files = m_job->files.load();
    m_summary.bytes = m_job->bytes.load();
    m_summary.binaryFiles = m_job->binaryFiles.load();
    m_summary.unreadable = m_job->unreadable.load();
    m_summary.skippedLinks = m_job->skippedLinks.load();
    m_summary.skippedSpecial = m_job->skippedSpecial.load();
    m_summary.archives = m_job->archives.summary();
    m_summary.gitHistory = m_job->gitHistory.summary();
    m_summary.lookAlikes = m_job->lookAlikeSummary();
    m_summary.cancelled = m_job->cancelled.load();
    m_job.reset();
    qCDebug(lcInvestigate,
            "leak scan %s after %lld ms: %lld files, %lld bytes, %lld binary, %lld unreadable, %lld links "
            "and %lld special files skipped, %lld findings",
            m_summary.cancelled ? "cancelled" : "finished", m_clock.elapsed(), m_summary.files,
            m_summary.bytes, m_summary.binaryFiles, m_summary.unreadable, m_summary.skippedLinks,
            m_summary.skippedSpecial, static_cast<long long>(m_findings.size()));
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const LeakFinding& a, const LeakFinding& b) {
        return a.path != b.path ? a.path < b.path : a.line < b.line;
    });
    Q_EMIT finished();
}
