#include "investigate/FileWalker.h"

#include "investigate/FalsePositiveFilter.h"
#include "investigate/RiskyFileRules.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString path;
    QString name;
    bool isFolder;
};

// A bare repository (or a .git folder picked as such) holds HEAD, objects and refs.
bool isBareRepository(const std::vector<Entry>& entries)
{
    int found = 0;
    for (const Entry& entry : entries) {
        if ((!entry.isFolder && entry.name == u"HEAD"_s) ||
            (entry.isFolder && (entry.name == u"objects"_s || entry.name == u"refs"_s)))
            ++found;
    }
    return found == 3;
}

} // namespace

bool FileWalker::isDependencyFolder(const QString& name)
{
    return name == u"node_modules"_s || name == u"vendor"_s || name == u"bower_components"_s;
}

bool FileWalker::isInDependencyFolder(QStringView path)
{
    // Every part before the last separator is a folder.
    qsizetype start = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) != u'/' && path.at(i) != u'\\')
            continue;
        if (i > start && isDependencyFolder(path.mid(start, i - start).toString()))
            return true;
        start = i + 1;
    }
    return false;
}

WalkEntry FileWalker::entryFor(const QString& path, bool* ok)
{
    const QFileInfo info(path);
    *ok = info.exists() && (info.isDir() || info.isFile());
    WalkEntry entry;
    entry.path = info.absoluteFilePath();
    entry.name = info.fileName();
    entry.isFolder = info.isDir();
    entry.inWebRoot =
        RiskyFileRules::isWebRootName(entry.isFolder ? entry.name : info.absoluteDir().dirName());
    return entry;
}

FileWalker::Listing FileWalker::list(const WalkEntry& folder) const
{
    Listing listing;
    std::vector<Entry> entries;
    bool servesSite = folder.inWebRoot;
    QDirIterator it(folder.path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink()) {
            ++listing.skippedLinks;
            continue;
        }
        const bool isFolder = info.isDir();
        // Sockets, pipes and devices: reading them could block forever.
        if (!isFolder && !info.isFile()) {
            ++listing.skippedSpecial;
            continue;
        }
        const QString name = info.fileName();
        if (!isFolder && RiskyFileRules::isWebRootMarker(name))
            servesSite = true;
        entries.push_back(Entry{path, name, isFolder});
    }
    if (isBareRepository(entries)) {
        // Its objects are compressed: the GitHistoryScanner reads them; the config is text.
        listing.repositories.append(GitRepositoryEntry{folder.path, {}, servesSite});
        for (const Entry& entry : entries) {
            if (!entry.isFolder && entry.name == u"config"_s)
                listing.files.append(WalkEntry{entry.path, entry.name, false, servesSite});
        }
        return listing;
    }
    for (const Entry& entry : entries) {
        if (entry.isFolder) {
            if (entry.name == u".git"_s) {
                listing.findings += RiskyFileRules::forFolder(entry.path, entry.name, servesSite);
                listing.repositories.append(GitRepositoryEntry{entry.path, folder.path, servesSite});
                const QString config = entry.path + u"/config"_s;
                const QFileInfo configInfo(config);
                if (configInfo.isFile() && !configInfo.isSymLink())
                    listing.files.append(WalkEntry{config, u"config"_s, false, servesSite});
                continue;
            }
            if (entry.name == u".svn"_s || entry.name == u".hg"_s)
                continue;
            if (!m_deep && isDependencyFolder(entry.name))
                continue;
            listing.folders.append(WalkEntry{entry.path, entry.name, true,
                                             servesSite || RiskyFileRules::isWebRootName(entry.name)});
        } else {
            if (entry.name == u".git"_s) // a linked work tree or a submodule: "gitdir: <path>"
                listing.repositories.append(GitRepositoryEntry{entry.path, folder.path, servesSite});
            if (FalsePositiveFilter::isSkippedByName(entry.name)) {
                // Not read, but a dump or a backup archive in the web root is itself a leak.
                listing.findings += RiskyFileRules::forUnreadFile(entry.path, entry.name, servesSite);
                continue;
            }
            listing.files.append(WalkEntry{entry.path, entry.name, false, servesSite});
        }
    }
    return listing;
}
