#include "investigate/ArchiveSummaryText.h"

#include "investigate/ArchiveLimits.h"
#include "mailgun/UntrustedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace ArchiveSummaryText {

namespace {

// Enough to see which files to look at; the rest are counted.
constexpr qsizetype maxListed = 10;

} // namespace

QString problemText(ArchiveProblem problem)
{
    switch (problem) {
    case ArchiveProblem::TooLarge:
        return QCoreApplication::translate("ArchiveSummaryText", "it unpacks to more than %1.")
            .arg(QLocale().formattedDataSize(ArchiveLimits::maxExpandedBytes, 0, QLocale::DataSizeSIFormat));
    case ArchiveProblem::TooManyEntries:
        return QCoreApplication::translate("ArchiveSummaryText", "it holds more than %Ln file(s).", nullptr,
                                           static_cast<int>(ArchiveLimits::maxEntries));
    case ArchiveProblem::ExpandsTooMuch:
        return QCoreApplication::translate("ArchiveSummaryText",
                                           "it unpacks to far more than its own size, like a trap made to "
                                           "fill the disk.");
    case ArchiveProblem::TooDeep: {
        // A plain variable: lupdate does not read a qualified name as the count.
        const int depth = ArchiveLimits::maxDepth;
        return QCoreApplication::translate("ArchiveSummaryText",
                                           "it holds backups inside backups more than %n level(s) deep. The "
                                           "innermost were not opened.",
                                           "", depth);
    }
    case ArchiveProblem::Encrypted:
        return QCoreApplication::translate("ArchiveSummaryText", "it has a password.");
    case ArchiveProblem::Damaged:
        return QCoreApplication::translate("ArchiveSummaryText", "it is damaged or cut short.");
    case ArchiveProblem::SevenZipInside:
        return QCoreApplication::translate("ArchiveSummaryText",
                                           "it holds a 7z file, which can only be read on its own. Unpack "
                                           "the backup, then look through its folder.");
    }
    return {};
}

QStringList lines(const ArchiveSummary& summary)
{
    QStringList lines;
    if (summary.opened == 0)
        return lines;
    lines << QCoreApplication::translate(
        "ArchiveSummaryText", "Looked inside %n backup or compressed file(s).", nullptr, int(summary.opened));
    const qsizetype unread = summary.notFullyRead.size();
    if (unread == 0)
        return lines;
    lines << QCoreApplication::translate("ArchiveSummaryText",
                                         "%n backup file(s) could not be read to the end. Keys in the part "
                                         "not read were not looked for:",
                                         nullptr, int(unread));
    for (qsizetype i = 0; i < qMin(unread, maxListed); ++i) {
        const ArchiveSummary::NotFullyRead& archive = summary.notFullyRead.at(i);
        QStringList reasons;
        for (const ArchiveProblem problem : archive.problems)
            reasons << problemText(problem);
        lines << QCoreApplication::translate("ArchiveSummaryText", "- %1: %2")
                     .arg(UntrustedText::oneLine(QDir::toNativeSeparators(archive.path)), reasons.join(u' '));
    }
    if (unread > maxListed)
        lines << QCoreApplication::translate("ArchiveSummaryText", "- and %n more.", nullptr,
                                             int(unread - maxListed));
    lines << QCoreApplication::translate("ArchiveSummaryText",
                                         "Open them yourself to check them, or delete the ones you no longer "
                                         "need.");
    return lines;
}

} // namespace ArchiveSummaryText
