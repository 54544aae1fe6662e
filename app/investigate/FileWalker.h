#pragma once

#include "investigate/GitRepositoryEntry.h"
#include "investigate/LeakFinding.h"

#include <QList>
#include <QString>

// One folder or file waiting to be scanned, and whether a web server shows it.
struct WalkEntry
{
    QString path;
    QString name;
    bool isFolder = false;
    bool inWebRoot = false;
};

// Lists one folder at a time, so that every scan worker can walk the tree in parallel.
// Symbolic links are never followed (a link to / would scan the whole disk), dependency
// folders (node_modules, vendor) only in a deep scan, and a .git folder only for its config:
// its history is handed over as a repository, for the GitHistoryScanner to read.
class FileWalker
{
public:
    explicit FileWalker(bool deep)
        : m_deep(deep)
    {}

    struct Listing
    {
        QList<WalkEntry> folders;
        QList<WalkEntry> files;
        QList<LeakFinding> findings; // folders that are a risk by themselves (.git in a web root)
        // .git folders and files, and bare repositories, for the GitHistoryScanner.
        QList<GitRepositoryEntry> repositories;
        int skippedLinks = 0;
        int skippedSpecial = 0; // pipes, sockets and devices
    };

    Listing list(const WalkEntry& folder) const;
    bool deep() const { return m_deep; }
    // The entry for a path the user chose; `ok` false when it does not exist.
    static WalkEntry entryFor(const QString& path, bool* ok);
    static bool isDependencyFolder(const QString& name);
    // Whether a path inside a backup ("site/node_modules/x/index.js", '/' or '\\') passes
    // through a dependency folder: read only in a deep scan, as on disk.
    static bool isInDependencyFolder(QStringView path);

private:
    bool m_deep;
};
