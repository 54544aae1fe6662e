#pragma once

#include <QtGlobal>

// How far the folder scan goes into one backup or compressed file, so that no file can
// exhaust the machine (a "zip bomb": a few kilobytes that unpack to terabytes, or millions of
// empty files). Nothing is unpacked to disk and no entry is held in memory: entries stream
// through the scanner one block at a time, so these limits bound time, not memory.
// One backup counts with everything nested inside it.
namespace ArchiveLimits {

// Backups inside backups: a site .zip holding a .tar.gz holding a db.sql.gz is 3 levels, the
// deepest we have seen backup plugins and hosting panels write. A deeper chain is more likely
// a trap than a backup; its innermost archives are named in the summary, not opened.
inline constexpr int maxDepth = 3;

// Bytes unpacked from one backup, all levels together. A full WordPress site with its uploads
// is a few GB; 10 GB covers that, and at the scanner's speed (a few hundred MB a second
// through gzip) it still ends within a minute or so. A larger backup is read up to this
// point and named in the summary.
inline constexpr qint64 maxExpandedBytes = 10LL * 1000 * 1000 * 1000;

// Files inside one backup, all levels together. A WordPress site with thumbnails has tens of
// thousands; a backup that also holds node_modules, a few hundred thousand. Millions of tiny
// entries are a way to make the scan take hours.
inline constexpr qint64 maxEntries = 500000;

// Bytes unpacked per byte of compressed input, for each archive on its own. Text compresses
// 3 to 10 times, repetitive SQL dumps and logs up to about 50 times; gzip cannot go beyond
// about 1,000 and a bomb sits near that. Above 200 the archive is mostly repetition: it is
// read no further.
inline constexpr qint64 maxExpansionRatio = 200;
// The ratio is judged only once this much was unpacked: small files of repeated lines may
// compress very well, and reading a few megabytes costs nothing.
inline constexpr qint64 ratioCheckedAfter = 16LL * 1024 * 1024;

// Bytes read from the archive per call, from the disk and out of the decompressor: the
// limits above are checked this often.
inline constexpr qint64 blockSize = 64 * 1024;

// Characters of an entry name shown; a longer name is cut in the middle, keeping its end
// (the file name). Names inside an archive are written by whoever made it.
inline constexpr qsizetype maxShownNameLength = 240;

} // namespace ArchiveLimits
