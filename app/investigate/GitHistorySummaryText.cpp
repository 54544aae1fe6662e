#include "investigate/GitHistorySummaryText.h"

#include "investigate/GitHistoryScanner.h"
#include "mailgun/UntrustedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace GitHistorySummaryText {

namespace {

// Enough to see which folders to look at; the rest are counted.
constexpr qsizetype maxListed = 10;

void listPaths(QStringList& lines, const QStringList& paths)
{
    for (qsizetype i = 0; i < qMin(paths.size(), maxListed); ++i)
        lines << QCoreApplication::translate("GitHistorySummaryText", "- %1")
                     .arg(UntrustedText::oneLine(QDir::toNativeSeparators(paths.at(i))));
    if (paths.size() > maxListed)
        lines << QCoreApplication::translate("GitHistorySummaryText", "- and %n more.", nullptr,
                                             int(paths.size() - maxListed));
}

} // namespace

QStringList lines(const GitHistorySummary& summary)
{
    QStringList lines;
    if (summary.repositories > 0) {
        const QString commits = QCoreApplication::translate("GitHistorySummaryText", "%n commit(s)", nullptr,
                                                            int(summary.commits));
        const QString versions = QCoreApplication::translate("GitHistorySummaryText", "%n file version(s)",
                                                             nullptr, int(summary.objects));
        lines << QCoreApplication::translate("GitHistorySummaryText",
                                             "Read the code history (git) of %n folder(s): %1 and %2.",
                                             nullptr, int(summary.repositories))
                     .arg(commits, versions);
    }
    if (summary.tooLarge > 0)
        lines << QCoreApplication::translate("GitHistorySummaryText",
                                             "%n file version(s) in the code history were larger than %1 and "
                                             "were not read.",
                                             nullptr, int(summary.tooLarge))
                     .arg(QLocale().formattedDataSize(GitHistoryScanner::maxBlobBytes, 0,
                                                      QLocale::DataSizeSIFormat));
    if (!summary.unreadable.isEmpty()) {
        lines << QCoreApplication::translate(
            "GitHistorySummaryText",
            "%n code history folder(s) could not be read to the end. Keys in "
            "the part not read were not looked for:",
            nullptr, int(summary.unreadable.size()));
        listPaths(lines, summary.unreadable);
    }
    if (!summary.notFollowed.isEmpty()) {
        lines << QCoreApplication::translate(
            "GitHistorySummaryText",
            "%n code history link(s) lead outside the folders you picked and "
            "were not followed. Add those folders to read them:",
            nullptr, int(summary.notFollowed.size()));
        listPaths(lines, summary.notFollowed);
    }
    return lines;
}

} // namespace GitHistorySummaryText
