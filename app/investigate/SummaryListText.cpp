#include "investigate/SummaryListText.h"

#include "mailgun/UntrustedText.h"

#include <QCoreApplication>
#include <QDir>

namespace SummaryListText {

namespace {

// Enough to see which files to look at; the rest are counted.
constexpr qsizetype maxListed = 10;

} // namespace

void appendPaths(QStringList& lines, const QStringList& paths)
{
    for (qsizetype i = 0; i < qMin(paths.size(), maxListed); ++i)
        lines << QCoreApplication::translate("SummaryListText", "- %1")
                     .arg(UntrustedText::oneLine(QDir::toNativeSeparators(paths.at(i))));
    if (paths.size() > maxListed)
        lines << QCoreApplication::translate("SummaryListText", "- and %n more.", nullptr,
                                             int(paths.size() - maxListed));
}

} // namespace SummaryListText
