#pragma once

#include "investigate/LeakFinding.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// Files that leak secrets without a key in them: a phpinfo page, a .env or a .git folder a
// web server shows, debug mode switched on, copies of wp-config.php, debug logs, database
// dumps and site backups a web server shows, a password in a .git/config remote URL.
namespace RiskyFileRules {

// Folder names web servers commonly serve as the site (public_html, htdocs, ...).
bool isWebRootName(const QString& folderName);
// A file whose presence makes its folder a served site (index.php, wp-load.php, ...).
bool isWebRootMarker(const QString& fileName);

// Findings from a file's name and place alone.
QList<LeakFinding> forFile(const QString& path, const QString& fileName, bool inWebRoot);
// Findings from a folder's name and place alone (.git inside a served folder).
QList<LeakFinding> forFolder(const QString& path, const QString& folderName, bool parentInWebRoot);

// Findings from the name of a file the scan does not read (an archive, a compressed dump):
// inside the web root, a database dump or a site backup is itself an exposure.
QList<LeakFinding> forUnreadFile(const QString& path, const QString& fileName, bool inWebRoot);
// The settings of a git checkout (".git/config"), read for remote URLs with a password.
bool isGitConfig(const QString& path);

// Whether the start of this file must also be read for settings (APP_DEBUG, WP_DEBUG, a
// phpinfo() call); only a few small file types are.
bool wantsContent(const QString& fileName);
// Findings from the first bytes of such a file (`head` holds at most the first megabyte).
QList<LeakFinding> forContent(const QString& path, const QString& fileName, bool inWebRoot,
                              QByteArrayView head, qint64 fileSize);

} // namespace RiskyFileRules
