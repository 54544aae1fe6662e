#pragma once

#include "investigate/ArchiveSummary.h"
#include "investigate/GitHistorySummary.h"
#include "investigate/KeyMatcher.h"
#include "investigate/LeakFinding.h"
#include "investigate/LookAlikeSummary.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <memory>

struct ScanJob;

// Scans the folders the admin picked for leaked Mailgun credentials and risky files. The
// walk and the reading run on worker threads (one per core), each taking the next folder or
// file from a shared queue; this object lives in the caller's thread and reports there:
// progress (files and bytes) and new findings several times a second, then `finished`.
class LeakScanner : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        qint64 files = 0;        // text files read
        qint64 bytes = 0;        // bytes read
        qint64 binaryFiles = 0;  // skipped after a look at their first bytes
        qint64 unreadable = 0;   // files that could not be opened or read
        qint64 skippedLinks = 0; // symbolic links, never followed
        // Pipes, sockets and devices, never read; also a file that had become one (or a
        // link) by the time it was opened.
        qint64 skippedSpecial = 0;
        QStringList missingPaths;
        ArchiveSummary archives; // backups and compressed files read inside
        // Git repositories whose whole history was read.
        GitHistorySummary gitHistory;
        // Key-shaped strings in scripts that never mention Mailgun: counted, not reported.
        LookAlikeSummary lookAlikes;
        bool cancelled = false;
    };

    explicit LeakScanner(QObject* parent = nullptr);
    ~LeakScanner() override;

    // Matches found keys against the account's key ids; set before start().
    void setKeyMatcher(const KeyMatcher& matcher) { m_matcher = matcher; }
    // Worker threads; default: one per core.
    void setThreadCount(int count);

    // Starts scanning; `deep` also reads dependency folders (node_modules, vendor). Returns
    // false when a scan is already running. Paths that do not exist are listed in the summary.
    bool start(const QStringList& paths, bool deep);
    // Stops soon: workers finish the chunk they are on. `finished` follows.
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    // Every finding so far; sorted by path and line once finished.
    const QList<LeakFinding>& findings() const { return m_findings; }
    const Summary& summary() const { return m_summary; }

Q_SIGNALS:
    void progress(qint64 files, qint64 bytes);
    void findingsAdded(const QList<LeakFinding>& findings);
    void finished();

private:
    void collect();
    void finishScan();

    QThreadPool m_pool;
    QTimer m_progressTimer;
    std::shared_ptr<ScanJob> m_job;
    KeyMatcher m_matcher;
    QList<LeakFinding> m_findings;
    Summary m_summary;
    QElapsedTimer m_clock; // since start(), for the log
};
