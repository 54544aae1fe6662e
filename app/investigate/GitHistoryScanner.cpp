#include "investigate/GitHistoryScanner.h"

#include "investigate/FalsePositiveFilter.h"
#include "investigate/FileScanner.h"
#include "investigate/GitCommitList.h"
#include "investigate/GitHandles.h"
#include "investigate/GitHistoryTally.h"
#include "investigate/GitRepositoryOpener.h"
#include "investigate/GitTreeDelta.h"
#include "investigate/GitWorkTreeCheck.h"
#include "investigate/InvestigateLog.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

#include <optional>
#include <thread>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace {

// Who made a commit and when, read only for a commit that holds a finding.
GitOrigin originOf(git_commit* commit)
{
    GitOrigin origin;
    git_buf shortId = GIT_BUF_INIT;
    if (git_object_short_id(&shortId, reinterpret_cast<const git_object*>(commit)) == 0)
        origin.commit = QString::fromLatin1(shortId.ptr);
    git_buf_dispose(&shortId);
    if (origin.commit.isEmpty()) {
        char text[8] = {};
        git_oid_tostr(text, sizeof text, git_commit_id(commit));
        origin.commit = QString::fromLatin1(text);
    }
    if (const git_signature* author = git_commit_author(commit)) {
        const QString name = QString::fromUtf8(author->name);
        const QString email = QString::fromUtf8(author->email);
        origin.author = email.isEmpty() ? name : name + u" <"_s + email + u'>';
        origin.date =
            QDateTime::fromSecsSinceEpoch(author->when.time, Qt::OffsetFromUTC, author->when.offset * 60);
    }
    return origin;
}

// One repository's history, read once.
class HistoryRun
{
public:
    HistoryRun(git_repository* repository, FileScanner& scanner, GitHistoryTally& tally,
               const std::atomic_bool* cancelled, const QString& folder, bool inWebRoot, bool deep)
        : m_repository(repository)
        , m_scanner(scanner)
        , m_tally(tally)
        , m_cancelled(cancelled)
        , m_folder(folder)
        , m_inWebRoot(inWebRoot)
        , m_delta(repository, deep)
    {}

    // False when part of the history could not be read.
    bool run()
    {
        git_odb* odb = nullptr;
        if (git_repository_odb(&odb, m_repository) < 0)
            return false;
        m_odb.reset(odb);
        const std::vector<git_oid> commits = GitCommitList::reachable(m_repository, m_cancelled);
        bool complete = true;
        for (const git_oid& id : commits) {
            if (isCancelled())
                break;
            complete = readCommit(id) && complete;
        }
        return complete;
    }

    qint64 commits() const { return m_commits; }
    // Oldest first, once per path and secret.
    QList<LeakFinding> takeFindings() { return std::exchange(m_findings, {}); }

private:
    bool isCancelled() const { return m_cancelled && m_cancelled->load(std::memory_order_relaxed); }

    bool readCommit(const git_oid& id)
    {
        git_commit* found = nullptr;
        if (git_commit_lookup(&found, m_repository, &id) < 0)
            return false;
        const GitCommitPtr commit(found);
        git_tree* tree = nullptr;
        if (git_commit_tree(&tree, found) < 0)
            return false;
        const GitTreePtr ownTree(tree);
        GitTreePtr parentTree;
        git_commit* parent = nullptr;
        // A parent a shallow clone does not have: the commit is compared with nothing.
        if (git_commit_parentcount(found) > 0 && git_commit_parent(&parent, found, 0) == 0) {
            const GitCommitPtr firstParent(parent);
            git_tree* before = nullptr;
            if (git_commit_tree(&before, parent) == 0)
                parentTree.reset(before);
        }
        ++m_commits;
        ++m_tally.commits;
        m_commit = found;
        m_origin.reset();
        bool blobsRead = true;
        const bool treesRead = m_delta.added(
            parentTree.get(), tree,
            [this, &blobsRead](const git_oid& blob, const QByteArray& path, const QByteArray& name) {
                if (!readBlob(blob, path, name))
                    blobsRead = false;
            });
        m_commit = nullptr;
        return treesRead && blobsRead;
    }

    bool readBlob(const git_oid& id, const QByteArray& pathBytes, const QByteArray& nameBytes)
    {
        if (isCancelled() || !m_seen.insert(id).second)
            return true;
        const QString name = QString::fromUtf8(nameBytes);
        if (FalsePositiveFilter::isSkippedByName(name))
            return true;
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, m_odb.get(), &id) < 0)
            return false;
        if (qint64(size) > GitHistoryScanner::maxBlobBytes) {
            ++m_tally.tooLarge;
            return true;
        }
        git_odb_object* read = nullptr;
        if (git_odb_read(&read, m_odb.get(), &id) < 0)
            return false;
        const GitOdbObjectPtr object(read);
        QByteArray bytes = QByteArray::fromRawData(static_cast<const char*>(git_odb_object_data(read)),
                                                   qsizetype(git_odb_object_size(read)));
        QBuffer device(&bytes);
        if (!device.open(QIODevice::ReadOnly))
            return false;
        const QString path = QString::fromUtf8(pathBytes);
        FileScanner::Result result =
            m_scanner.scanDevice(&device, m_folder + u'/' + path, name, m_inWebRoot, bytes.size());
        ++m_tally.objects;
        m_tally.bytes += bytes.size();
        if (result.binary)
            ++m_tally.binaryObjects;
        for (LeakFinding& finding : result.findings) {
            if (finding.isCredential())
                keep(std::move(finding), path);
        }
        return true;
    }

    void keep(LeakFinding&& finding, const QString& path)
    {
        const QString key =
            path + u'\n' + LeakFinding::kindId(finding.kind) + u'\n' + finding.secret.reveal();
        if (m_kept.contains(key))
            return;
        m_kept.insert(key);
        if (!m_origin) {
            m_origin = originOf(m_commit);
            m_origin->repository = m_folder;
        }
        finding.gitOrigin = *m_origin;
        finding.gitOrigin.pathInCommit = path;
        m_findings.append(std::move(finding));
    }

    git_repository* m_repository;
    FileScanner& m_scanner;
    GitHistoryTally& m_tally;
    const std::atomic_bool* m_cancelled;
    const QString m_folder;
    const bool m_inWebRoot;
    GitTreeDelta m_delta;
    GitOdbPtr m_odb;
    std::unordered_set<git_oid, GitOidHash, GitOidEqual> m_seen; // blobs already read
    QSet<QString> m_kept;                                        // path, kind and secret reported
    QList<LeakFinding> m_findings;
    git_commit* m_commit = nullptr; // the commit being read
    std::optional<GitOrigin> m_origin;
    qint64 m_commits = 0;
};

} // namespace

GitHistoryScanner::GitHistoryScanner(FileScanner& scanner, GitHistoryTally& tally,
                                     const std::atomic_bool* cancelled)
    : m_scanner(scanner)
    , m_tally(tally)
    , m_cancelled(cancelled)
{}

QList<LeakFinding> GitHistoryScanner::scan(const GitRepositoryEntry& entry, const QStringList& roots,
                                           bool deep)
{
    // libgit2 (and OpenSSL, which it starts through libssh2) keep per-thread state that only the
    // end of the thread frees. A pool thread ends after QThreadPool::waitForDone() has returned,
    // which may be after the program's exit, so that state would leak (LeakSanitizer saw it once
    // in about 90 runs). A thread of our own, joined here, ends before we go on.
    QList<LeakFinding> findings;
    std::thread reader([&] { findings = scanOnThisThread(entry, roots, deep); });
    reader.join();
    return findings;
}

QList<LeakFinding> GitHistoryScanner::scanOnThisThread(const GitRepositoryEntry& entry,
                                                       const QStringList& roots, bool deep)
{
    const GitRepositoryOpener::Result opened = GitRepositoryOpener::open(entry, roots, m_tally);
    if (opened.outcome != GitRepositoryOpener::Outcome::Opened)
        return {};
    QElapsedTimer clock;
    clock.start();
    // Findings name the work tree, where the admin knows the files; a bare repository itself.
    const QString folder =
        entry.workTree.isEmpty() ? QFileInfo(entry.gitPath).absoluteFilePath() : entry.workTree;
    HistoryRun run(opened.repository.get(), m_scanner, m_tally, m_cancelled, folder, entry.inWebRoot, deep);
    const bool complete = run.run();
    const bool cancelled = m_cancelled && m_cancelled->load();
    if (!complete && !cancelled)
        m_tally.addUnreadable(entry.gitPath);
    if (!cancelled)
        m_tally.addRead();
    GitWorkTreeCheck workTree(m_scanner, entry.workTree, entry.inWebRoot);
    QList<LeakFinding> findings;
    for (LeakFinding& finding : run.takeFindings()) {
        const std::optional<GitOrigin::Since> since =
            workTree.since(finding.gitOrigin.pathInCommit, finding.secret);
        if (!since)
            continue; // still in the file: the file finding reports it
        finding.gitOrigin.since = *since;
        findings.append(std::move(finding));
    }
    qCDebug(lcInvestigate, "git history read in %lld ms: %lld commits, %lld findings%s", clock.elapsed(),
            run.commits(), static_cast<long long>(findings.size()), complete ? "" : " (not all of it)");
    return findings;
}
