#include "report/MarkdownReportWriter.h"

#include "report/ReportSecretScrub.h"
#include "report/ReportSubaccounts.h"
#include "report/ReportWording.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using MarkdownReportWriter::escape;

QString tableRow(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& cell : cells)
        escaped.append(escape(cell));
    return u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
}

QString tableHeader(const QStringList& columns)
{
    QString text = tableRow(columns) + u'|';
    for (qsizetype i = 0; i < columns.size(); ++i)
        text += u"---|"_s;
    return text + u'\n';
}

QString heading(const QString& text)
{
    return u"\n## "_s + escape(text) + u"\n\n"_s;
}

} // namespace

namespace MarkdownReportWriter {

QString escape(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            result += u' ';
            continue;
        }
        // Entities, not backslashes, for angle brackets: no raw HTML can form, even in
        // renderers that ignore backslash escapes.
        if (c == u'<') {
            result += u"&lt;"_s;
            continue;
        }
        if (c == u'>') {
            result += u"&gt;"_s;
            continue;
        }
        if (QStringView(u"\\`*_[]|#!~").contains(c))
            result += u'\\';
        result += c;
    }
    return result;
}

QString write(const SupportReport& report)
{
    QString md = u"# "_s + escape(ReportWording::title()) + u"\n\n"_s;
    if (report.practice)
        md += u"> **"_s + escape(ReportWording::practiceBanner()) + u"**\n\n"_s;
    for (const auto& [label, value] : ReportWording::headerRows(report))
        md += u"- **"_s + escape(label) + u":** "_s + escape(value) + u'\n';

    md += heading(ReportWording::summaryHeading());
    md += escape(ReportWording::summaryText(report)) + u"\n\n"_s;
    md += tableHeader(ReportWording::stepColumns());
    for (const ReportStepStatus& status : report.steps)
        md += tableRow(
            {ReportWording::stepName(status.step), ReportWording::stepStatusText(status), status.evidence});

    md += heading(ReportWording::stillOpenHeading());
    if (report.stillOpen.isEmpty())
        md += escape(ReportWording::nothingOpen()) + u'\n';
    for (const QString& item : report.stillOpen)
        md += u"- "_s + escape(item) + u'\n';

    md += heading(ReportWording::findingsHeading());
    if (report.findings.isEmpty()) {
        md += escape(ReportWording::noFindings()) + u'\n';
    } else {
        md += tableHeader(ReportWording::findingColumns());
        for (const ReportFinding& finding : report.findings)
            md +=
                tableRow({ReportWording::severityText(finding.severity), ReportWording::findingWhere(finding),
                          finding.kind, finding.masked, finding.advice});
    }

    if (!report.subaccounts.isEmpty()) {
        md += heading(ReportSubaccounts::heading());
        for (const ReportSubaccount& subaccount : report.subaccounts)
            md += u"- "_s + escape(ReportSubaccounts::describe(subaccount)) + u'\n';
    }

    md += heading(ReportWording::actionsHeading());
    if (report.actions.isEmpty()) {
        md += escape(ReportWording::noActions()) + u'\n';
    } else {
        md += tableHeader(ReportWording::actionColumns());
        for (const ReportAction& action : report.actions)
            md += tableRow({ReportWording::tableTime(action.time), ReportWording::stepShortName(action.step),
                            action.text, action.resultText});
    }

    md += heading(ReportWording::usersHeading());
    if (!report.usersChecked) {
        md += escape(ReportWording::usersNotChecked()) + u'\n';
    } else {
        md += escape(ReportWording::usersCheckedAt(report)) + u"\n\n"_s;
        md += tableHeader(ReportWording::userColumns());
        for (const ReportUser& user : report.users)
            md += tableRow({ReportWording::userName(user), user.role, ReportWording::passwordText(user),
                            ReportWording::twoFactorText(user)});
    }

    md += heading(ReportWording::remindersHeading());
    for (const ReportWording::Reminder& reminder : ReportWording::reminders(report))
        md += (reminder.confirmed ? u"- [x] "_s : u"- [ ] "_s) + escape(reminder.text) + u" ("_s +
              escape(ReportWording::reminderState(reminder.confirmed)) + u")\n"_s;

    md += heading(ReportWording::notesHeading());
    for (const QString& note : ReportWording::notes())
        md += u"- "_s + escape(note) + u'\n';
    // A last pass: whatever happened above, no key-shaped text leaves this function.
    return ReportSecretScrub::scrub(md);
}

} // namespace MarkdownReportWriter
