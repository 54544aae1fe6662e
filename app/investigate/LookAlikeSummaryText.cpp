#include "investigate/LookAlikeSummaryText.h"

#include "investigate/SummaryListText.h"

#include <QCoreApplication>

namespace LookAlikeSummaryText {

QStringList lines(const LookAlikeSummary& summary)
{
    QStringList lines;
    if (summary.count == 0)
        return lines;
    lines << QCoreApplication::translate(
        "LookAlikeSummaryText",
        "%n value(s) that look like a Mailgun key are not listed as findings: each is in a script "
        "that never mentions Mailgun, where such values are almost always part of the script. If "
        "you ever put a key in a script, look here:",
        nullptr, int(summary.count));
    SummaryListText::appendPaths(lines, summary.files);
    return lines;
}

} // namespace LookAlikeSummaryText
