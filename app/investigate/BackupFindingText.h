#pragma once

#include <QString>

struct LeakFinding;

// Wording for a key or password found inside a backup or compressed file, shared by the
// wizard's table, the command line and the report.
namespace BackupFindingText {

// "Inside the backup file /srv/backup.zip: public_html/wp-config.php", or "Inside the
// compressed file /srv/db.sql.gz" when `location` is the compressed file itself.
// `location` is the finding's path ("/srv/backup.zip!public_html/wp-config.php").
QString where(const QString& location, const QString& archivePath);
// What to do: replace the secret (anyone may have copied the backup), then delete old
// backups or move them out of the public website folder.
QString advice(const LeakFinding& finding);

} // namespace BackupFindingText
