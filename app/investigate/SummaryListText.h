#pragma once

#include <QStringList>

// The file and folder lists under a scan summary line: the first ten, then how many more.
namespace SummaryListText {

// Appends "- path" lines (plain text, native separators) to `lines`.
void appendPaths(QStringList& lines, const QStringList& paths);

} // namespace SummaryListText
