#pragma once

#include <QByteArrayView>
#include <QString>

// The name of a file inside an archive, as the scan shows it. Whoever made the archive wrote
// it: it may hold "../", a path from the root, control characters, bidirectional overrides,
// invalid UTF-8 or thousands of characters. Nothing is ever written to disk under it; it is
// only shown, so it is made safe to show: unsafe characters become U+FFFD (as for names
// from the account), and a very long name is cut in the middle.
namespace ArchiveEntryName {

QString forDisplay(QByteArrayView rawName);
// The last part of a shown name ("wp-config.php" of "site/wp-config.php"), for the rules
// that go by a file's name. Also splits at '\' (archives made on Windows).
QString fileNameOf(const QString& shownName);

} // namespace ArchiveEntryName
