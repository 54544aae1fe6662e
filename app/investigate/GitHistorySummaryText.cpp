#include "investigate/GitHistorySummaryText.h"

#include "investigate/GitHistoryScanner.h"
#include "investigate/SummaryListText.h"

#include <QCoreApplication>
#include <QLocale>

namespace GitHistorySummaryText {

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
        SummaryListText::appendPaths(lines, summary.unreadable);
    }
    if (!summary.notFollowed.isEmpty()) {
        lines << QCoreApplication::translate(
            "GitHistorySummaryText",
            "%n code history link(s) lead outside the folders you picked and "
            "were not followed. Add those folders to read them:",
            nullptr, int(summary.notFollowed.size()));
        SummaryListText::appendPaths(lines, summary.notFollowed);
    }
    return lines;
}

} // namespace GitHistorySummaryText
