#pragma once

#include <QByteArrayView>
#include <QStringView>

// What other scanners report and we do not: placeholders and documentation samples, files
// that only show how to configure something, lock files full of hashes, and files that are
// not text. Shapes that are not Mailgun keys (UUIDs, longer hashes) never match our byte
// checks in the first place; this filter handles the look-alikes that do.
namespace FalsePositiveFilter {

// A key-shaped value that is made up: long runs of one character, counting sequences
// ("0123456789abcdef"), too few different digits, well-known filler words.
bool isPlaceholderKey(QByteArrayView hexBody);
// A password value that is not a password: empty, "null", "changeme", "your-password",
// a reference to an environment variable or a template placeholder.
bool isPlaceholderPassword(QStringView value);
// Words on the same line, before the value, that mark it as a sample ("example", "dummy").
bool isSampleContext(QByteArrayView linePrefix);

// Files skipped entirely: *.example, *.sample, *.dist, *.template, lock files.
bool isExampleOrLockFile(QStringView fileName);
// Files skipped by their extension because they are never text: images, fonts, office
// documents, executables. Backups and compressed files (.zip, .tar.gz, .sql.gz) are not:
// the ArchiveScanner reads inside them.
bool isBinaryByName(QStringView fileName);
// A file no reader of the scan opens, by its name alone: an example or lock file, or a binary
// format. The folder walk, the git history and the inside of backups all skip the same files.
bool isSkippedByName(QStringView fileName);

} // namespace FalsePositiveFilter
