#include "investigate/ArchiveScanner.h"

#include "investigate/ArchiveBudget.h"
#include "investigate/ArchiveEntryDevice.h"
#include "investigate/ArchiveEntryName.h"
#include "investigate/ArchiveFormat.h"
#include "investigate/ArchiveLimits.h"
#include "investigate/ArchiveReader.h"
#include "investigate/ArchiveTally.h"
#include "investigate/FalsePositiveFilter.h"
#include "investigate/FileWalker.h"
#include "investigate/RiskyFileRules.h"

#include <QFile>
#include <QScopeGuard>

#include <archive_entry.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// Opens a regular file for reading, the way FileScanner::scanFile does: without following
// a link and without blocking on a pipe that took the file's place since the walk saw it.
bool openRegularFile(const QString& path, QFile& file)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) ||
        !file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    return true;
#else
    file.setFileName(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
#endif
}

QString entryName(archive_entry* entry)
{
    // The UTF-8 name when libarchive can give one, else the bytes as stored.
    const char* name = archive_entry_pathname_utf8(entry);
    if (!name)
        name = archive_entry_pathname(entry);
    return ArchiveEntryName::forDisplay(name ? QByteArrayView(name) : QByteArrayView());
}

} // namespace

void ArchiveScanner::Backup::add(ArchiveProblem problem)
{
    if (!problems.contains(problem))
        problems.append(problem);
}

ArchiveScanner::ArchiveScanner(FileScanner& files, ArchiveTally& tally, bool deep,
                               const std::atomic_bool* cancelled)
    : m_files(files)
    , m_tally(tally)
    , m_cancelled(cancelled)
    , m_deep(deep)
{}

FileScanner::Result ArchiveScanner::scanFile(const QString& path, const QString& fileName, bool inWebRoot)
{
    const bool named = ArchiveFormat::hasArchiveName(fileName);
    FileScanner::Result plain;
    if (!named) {
        // Most files are text: read them once. Only a binary one may be a renamed backup.
        plain = m_files.scanFile(path, fileName, inWebRoot);
        if (!plain.binary)
            return plain;
    }
    QFile file;
    if (!openRegularFile(path, file))
        return named ? m_files.scanFile(path, fileName, inWebRoot) : plain;
    const QByteArray head = file.read(ArchiveFormat::sniffLength);
    if (ArchiveFormat::looksLikeArchive(head) && file.seek(0))
        return scanArchive(&file, path, fileName, inWebRoot);
    file.close();
    // A text file called .zip is read as text.
    return named ? m_files.scanFile(path, fileName, inWebRoot) : plain;
}

FileScanner::Result ArchiveScanner::scanArchive(QIODevice* file, const QString& path, const QString& fileName,
                                                bool inWebRoot)
{
    FileScanner::Result result;
    // A dump or a backup in the web root stays a finding of its own, whatever it holds.
    result.findings = RiskyFileRules::forFile(path, fileName, inWebRoot);
    ArchiveBudget budget(m_cancelled);
    Backup backup;
    backup.path = path;
    backup.inWebRoot = inWebRoot;
    backup.budget = &budget;
    backup.result = &result;
    readArchive(file, path, fileName, backup);
    if (budget.stoppedBy())
        backup.add(*budget.stoppedBy());
    m_tally.add({path, backup.problems}, backup.filesRead, budget.expandedBytes());
    return result;
}

void ArchiveScanner::readArchive(QIODevice* source, const QString& shownPath, const QString& fileName,
                                 Backup& backup)
{
    ArchiveBudget& budget = *backup.budget;
    ArchiveReader reader(source);
    if (!reader.open()) {
        noteFailure(reader, backup);
        return;
    }
    budget.enter(&reader);
    const auto leave = qScopeGuard([&budget] { budget.leave(); });
    while (budget.allowsMore()) {
        const ArchiveReader::Next next = reader.next();
        if (next == ArchiveReader::Next::End)
            return;
        if (next == ArchiveReader::Next::Fatal) {
            noteFailure(reader, backup);
            return;
        }
        if (!budget.countEntry())
            return;
        if (next == ArchiveReader::Next::Failed) {
            // This entry's header is unusable; libarchive goes on with the next one.
            noteFailure(reader, backup);
            continue;
        }
        readEntry(reader, shownPath, fileName, backup);
    }
}

void ArchiveScanner::readEntry(ArchiveReader& reader, const QString& shownPath, const QString& fileName,
                               Backup& backup)
{
    ArchiveBudget& budget = *backup.budget;
    archive_entry* entry = reader.entry();
    ArchiveEntryDevice device(reader, budget);
    // What is not read is still unpacked through the budget when skipping would unpack it
    // unseen (a compressed tar, an entry of unknown size); otherwise it is skipped.
    const auto finish = qScopeGuard([&] {
        if (device.failed())
            return;
        if (reader.isCompressedStream() || !archive_entry_size_is_set(entry))
            device.drain();
        else
            reader.skipData();
    });
    if (archive_entry_filetype(entry) != AE_IFREG)
        return; // folders and links hold nothing to read
    if (reader.entryIsEncrypted()) {
        backup.add(ArchiveProblem::Encrypted);
        return;
    }
    QString path = shownPath;
    QString name = ArchiveFormat::withoutCompressionSuffix(fileName);
    if (!reader.isSingleFile()) {
        const QString inside = entryName(entry);
        path += u'!' + inside;
        name = ArchiveEntryName::fileNameOf(inside);
        // The same files as on disk stay unread: examples, lock files, binary formats, and
        // dependency folders unless the scan is deep.
        if (FalsePositiveFilter::isSkippedByName(name) ||
            (!m_deep && FileWalker::isInDependencyFolder(inside)))
            return;
    }
    const QByteArray head = device.peek(ArchiveFormat::sniffLength);
    if (ArchiveFormat::looksLikeArchive(head)) {
        if (ArchiveFormat::isSevenZip(head))
            backup.add(ArchiveProblem::SevenZipInside);
        else if (budget.depth() >= ArchiveLimits::maxDepth)
            backup.add(ArchiveProblem::TooDeep);
        else
            readArchive(&device, path, name, backup);
        return;
    }
    const qint64 size = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1;
    // Read as a file of its own, not as one a web server shows: only the backup is there.
    FileScanner::Result scanned = m_files.scanDevice(&device, path, name, false, size);
    backup.result->bytes += scanned.bytes;
    ++backup.filesRead;
    keepFindings(std::move(scanned.findings), backup);
    backup.result->lookAlikesSetAside += scanned.lookAlikesSetAside;
    if (device.failed())
        noteFailure(reader, backup);
}

void ArchiveScanner::keepFindings(QList<LeakFinding>&& found, Backup& backup)
{
    for (LeakFinding& finding : found) {
        // Keys and passwords only. The other rules describe a live site (debug mode on, a .env
        // in the web root); a copy inside a backup is not served, and the backup itself has
        // its own finding when it is in the web root.
        if (!finding.hasSecret())
            continue;
        finding.archivePath = backup.path;
        finding.inWebRoot = backup.inWebRoot;
        finding.severity = LeakFinding::defaultSeverity(finding.kind, backup.inWebRoot);
        backup.result->findings.append(std::move(finding));
    }
}

void ArchiveScanner::noteFailure(const ArchiveReader& reader, Backup& backup)
{
    if (backup.budget->stoppedBy() || backup.budget->cancelled())
        return;
    backup.add(reader.hasEncryptedEntries() || reader.entryIsEncrypted() ? ArchiveProblem::Encrypted
                                                                         : ArchiveProblem::Damaged);
}
