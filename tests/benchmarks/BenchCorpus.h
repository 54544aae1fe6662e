#pragma once

#include <QString>
#include <QStringList>

// The >= 1 GB tree bench_leak_scan reads, built once into a cache folder, and the list of
// what was planted in it (BenchCorpus::manifestPath), which the recall check reads back.
// What it holds:
//   stacks-N/       16 generated Laravel, Symfony, WordPress, Node and Django trees
//   hiding-places/  every key shape, sample words, UTF-16 files, wrapped secrets
//   look-alikes/    nothing to report: 32-8-8 strings in minified scripts, hashes, ids,
//                   placeholders
//   logs/           three logs over 50 MB, keys near their end
//   dumps/          a 100 MB SQL dump ending in a wp_options row, and its .sql.gz (gzip)
//   backups/        a site .zip (in a web root) and a .tar.gz holding a .sql.gz (zip, tar)
//   git-site/       a git repository whose history holds two keys its files no longer hold
//   real-N/         text files copied from this machine (headers, documentation, Python,
//                   Perl), up to the size asked
namespace BenchCorpus {

inline constexpr qint64 megabyte = 1024 * 1024;

// Builds the tree unless a complete one of at least `targetBytes` is there.
bool build(const QString& root, qint64 targetBytes);
qint64 treeSize(const QString& root);
// The backups and compressed files in the tree: what the archive cost is measured on.
QStringList archiveFiles(const QString& root);
// One planted secret or risky file a line: "kind line hash history deep path" (tab-separated;
// the secret only as valueHash, so the list is no second copy of it).
QString manifestPath(const QString& root);
// The first 16 hex digits of the SHA-256 of `value`; "-" for an empty one.
QString valueHash(const QString& value);

} // namespace BenchCorpus
