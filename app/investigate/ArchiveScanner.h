#pragma once

#include "investigate/FileScanner.h"

#include <QList>
#include <QString>

#include <atomic>

class ArchiveBudget;
class ArchiveReader;
class ArchiveTally;
class QIODevice;
enum class ArchiveProblem;

// Reads backups and compressed files (backup.zip, site.tar.gz, db.sql.gz, a backup renamed
// .bak) as streams, nothing unpacked to disk, and hands every file inside to the same
// FileScanner as the files of the folder, so every key rule applies inside them too. An
// archive inside an archive is opened as well, down to ArchiveLimits::maxDepth. A finding
// inside is named "backup.zip!public_html/wp-config.php" ("a.zip!inner.tar.gz!site/.env";
// a single compressed file keeps its own name, with the line inside the unpacked text).
// What could not be read (a limit, a password, damage) goes to the tally for the summary.
// One per scan worker, like its FileScanner.
class ArchiveScanner
{
public:
    // `deep`: also read dependency folders (node_modules, vendor) inside backups, as on disk.
    ArchiveScanner(FileScanner& files, ArchiveTally& tally, bool deep,
                   const std::atomic_bool* cancelled = nullptr);

    // One file of the walk: opened as an archive when its name or its first bytes say it is
    // one, otherwise read by the FileScanner as any file.
    FileScanner::Result scanFile(const QString& path, const QString& fileName, bool inWebRoot);

private:
    // What one backup on disk gives, with everything nested in it.
    struct Backup
    {
        QString path;
        bool inWebRoot = false;
        ArchiveBudget* budget = nullptr;
        FileScanner::Result* result = nullptr;
        QList<ArchiveProblem> problems;
        qint64 filesRead = 0;

        void add(ArchiveProblem problem);
    };

    FileScanner::Result scanArchive(QIODevice* file, const QString& path, const QString& fileName,
                                    bool inWebRoot);
    void readArchive(QIODevice* source, const QString& shownPath, const QString& fileName, Backup& backup);
    void readEntry(ArchiveReader& reader, const QString& shownPath, const QString& fileName, Backup& backup);
    void keepFindings(QList<LeakFinding>&& found, Backup& backup);
    // Why reading stopped, when no limit stopped it and the scan was not cancelled.
    void noteFailure(const ArchiveReader& reader, Backup& backup);

    FileScanner& m_files;
    ArchiveTally& m_tally;
    const std::atomic_bool* m_cancelled;
    bool m_deep;
};
