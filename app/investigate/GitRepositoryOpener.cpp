#include "investigate/GitRepositoryOpener.h"

#include "investigate/GitHandles.h"
#include "investigate/GitHistoryTally.h"
#include "investigate/InvestigateLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// A .git file is one line, "gitdir: <path>"; anything longer is not one.
constexpr qint64 maxGitFileBytes = 4096;

bool isInside(const QString& path, const QStringList& roots)
{
    for (const QString& root : roots) {
        if (path == root)
            return true;
        const QString folder = root.endsWith(u'/') ? root : root + u'/';
        if (path.startsWith(folder))
            return true;
    }
    return false;
}

// The repository folder a .git file names, canonical; empty when it names none.
QString followGitFile(const QString& gitFile)
{
    QFile file(gitFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = file.read(maxGitFileBytes).trimmed();
    static constexpr QByteArrayView prefix = "gitdir:";
    if (!content.startsWith(prefix) || content.contains('\n'))
        return {};
    const QString target = QString::fromUtf8(content.mid(prefix.size()).trimmed());
    if (target.isEmpty())
        return {};
    return QFileInfo(QFileInfo(gitFile).absoluteDir(), target).canonicalFilePath();
}

} // namespace

namespace GitRepositoryOpener {

void initLibrary()
{
    // Set up once, and shut down when the program exits, so that libgit2's global state is
    // freed. Its per-thread state is freed when each thread ends: GitHistoryScanner::scan reads
    // on a thread it joins for that reason.
    struct Library
    {
        Library()
        {
            git_libgit2_init();
            // The folders scanned often belong to the web server's user, not the admin.
            git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
            // Pack files are mapped in windows; keep what one scan maps and caches small.
            git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, size_t(32) << 20);
            git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, size_t(64) << 20);
            git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t(16) << 20);
        }
        ~Library() { git_libgit2_shutdown(); }
        Library(const Library&) = delete;
        Library& operator=(const Library&) = delete;
    };
    static const Library library;
}

Result open(const GitRepositoryEntry& entry, const QStringList& roots, GitHistoryTally& tally)
{
    initLibrary();
    Result result;
    const QFileInfo info(entry.gitPath);
    QString gitDir;
    if (info.isFile()) {
        gitDir = followGitFile(entry.gitPath);
        if (gitDir.isEmpty())
            return result;
        if (!isInside(gitDir, roots)) {
            tally.addNotFollowed(entry.gitPath);
            result.outcome = Outcome::NotFollowed;
            return result;
        }
    } else {
        gitDir = info.canonicalFilePath();
    }
    git_repository* opened = nullptr;
    // As a bare repository: the history is all we read, never the work tree or the index.
    const int error = git_repository_open_ext(
        &opened, QFile::encodeName(gitDir).constData(),
        GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_BARE | GIT_REPOSITORY_OPEN_NO_DOTGIT, nullptr);
    if (error == GIT_ENOTFOUND)
        return result;
    if (error < 0) {
        const git_error* details = git_error_last();
        qCDebug(lcInvestigate, "a git repository could not be opened: %s", details ? details->message : "");
        tally.addUnreadable(entry.gitPath);
        result.outcome = Outcome::Unreadable;
        return result;
    }
    result.repository.reset(opened, git_repository_free);
    // A linked work tree's history lives in the main repository's folder ("commondir").
    const QString common = QFileInfo(QFile::decodeName(git_repository_commondir(opened))).canonicalFilePath();
    if (common.isEmpty() || !isInside(common, roots)) {
        tally.addNotFollowed(entry.gitPath);
        result.outcome = Outcome::NotFollowed;
        result.repository.reset();
        return result;
    }
    if (!tally.claim(common)) {
        result.outcome = Outcome::AlreadyRead;
        result.repository.reset();
        return result;
    }
    result.outcome = Outcome::Opened;
    return result;
}

} // namespace GitRepositoryOpener
