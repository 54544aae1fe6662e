#pragma once

#include <QByteArrayView>
#include <QStringView>

// Which files the folder scan opens as a backup or a compressed file: by name (backup.zip,
// site.tar.gz, db.sql.gz) and by their first bytes, so a backup renamed "site.bak" is
// opened too, and a text file that only carries an archive's name is read as text.
namespace ArchiveFormat {

// Bytes sniff() needs: a tar header's "ustar" magic ends at offset 262.
inline constexpr qsizetype sniffLength = 265;

// .zip, .tar, .gz, .tgz, .bz2, .tbz2, .xz, .txz, .7z, .zst: names the walk no longer skips.
bool hasArchiveName(QStringView fileName);
// Whether these first bytes start a zip, 7z or tar archive, or a gzip, bzip2, xz or zstd
// stream (a compressed file or a compressed tar).
bool looksLikeArchive(QByteArrayView head);
// A 7z archive: readable from a file on disk only (its index is at its end).
bool isSevenZip(QByteArrayView head);
// The name of the file inside a single compressed file: "db.sql" for "db.sql.gz", so the
// rules that go by name (wp-config.php, .env) still apply.
QString withoutCompressionSuffix(const QString& fileName);

} // namespace ArchiveFormat
