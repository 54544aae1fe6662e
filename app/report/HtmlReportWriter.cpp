#include "report/HtmlReportWriter.h"

#include "report/ReportSecretScrub.h"
#include "report/ReportSubaccounts.h"
#include "report/ReportWording.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Colours chosen for print and screen: dark text on white, one accent per meaning.
const QString ink = u"#1d2330"_s;
const QString muted = u"#5b6472"_s;
const QString rule = u"#c9ced6"_s;
const QString headerFill = u"#eef1f5"_s;
const QString good = u"#1e7b34"_s;
const QString bad = u"#b42318"_s;
const QString warn = u"#b54708"_s;

QString esc(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u' ');
    return escaped;
}

QString cell(const QString& html, const QString& extraStyle = {}, int widthPercent = 0)
{
    const QString width =
        widthPercent > 0 ? u" width=\""_s + QString::number(widthPercent) + u"%\""_s : QString();
    return u"<td"_s + width + u" style=\"border:1px solid "_s + rule +
           u"; padding:4px 6px; vertical-align:top;"_s + extraStyle + u"\">"_s + html + u"</td>"_s;
}

// `widths` in percent, one per column: QTextDocument (preview and PDF) and browsers both
// follow them, so long sentences get the room and short values do not.
QString tableStart(const QStringList& columns, const QList<int>& widths)
{
    QString html =
        u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse; "
        u"margin-bottom:6px;\"><thead><tr>"_s;
    for (qsizetype i = 0; i < columns.size(); ++i)
        html += u"<th align=\"left\" width=\""_s + QString::number(widths.value(i)) +
                u"%\" style=\"border:1px solid "_s + rule + u"; background-color:"_s + headerFill +
                u"; padding:4px 6px; text-align:left;\">"_s + esc(columns.at(i)) + u"</th>"_s;
    return html + u"</tr></thead><tbody>"_s;
}

QString tableEnd()
{
    return u"</tbody></table>"_s;
}

QString heading(const QString& text)
{
    return u"<h2 style=\"font-size:13pt; color:"_s + ink + u"; margin-top:18px; margin-bottom:6px;\">"_s +
           esc(text) + u"</h2>"_s;
}

QString paragraph(const QString& text, const QString& color = ink)
{
    return u"<p style=\"color:"_s + color + u"; margin-top:2px; margin-bottom:6px;\">"_s + esc(text) +
           u"</p>"_s;
}

QString coloured(const QString& text, const QString& color)
{
    return u"<span style=\"color:"_s + color + u"; font-weight:bold;\">"_s + esc(text) + u"</span>"_s;
}

QString resultHtml(const ReportAction& action)
{
    switch (action.result) {
    case ReportAction::Result::Done:
        return coloured(action.resultText, good);
    case ReportAction::Result::Failed:
        return coloured(action.resultText, bad);
    case ReportAction::Result::NoAnswer:
        return coloured(action.resultText, warn);
    case ReportAction::Result::Started:
    case ReportAction::Result::Recorded:
        break;
    }
    return u"<span style=\"color:"_s + muted + u";\">"_s + esc(action.resultText) + u"</span>"_s;
}

QString stepStatusHtml(const ReportStepStatus& status)
{
    const QString text = ReportWording::stepStatusText(status);
    if (status.isDone())
        return coloured(text, good);
    return coloured(text, status.isStarted() ? warn : bad);
}

QString severityHtml(const QString& severity)
{
    const QString text = ReportWording::severityText(severity);
    if (severity == u"critical"_s || severity == u"high"_s)
        return coloured(text, bad);
    if (severity == u"medium"_s)
        return coloured(text, warn);
    return esc(text);
}

QString header(const SupportReport& report)
{
    QString html = u"<h1 style=\"font-size:19pt; color:"_s + ink + u"; margin-bottom:4px;\">"_s +
                   esc(ReportWording::title()) + u"</h1>"_s;
    if (report.practice)
        html +=
            u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-collapse:collapse; "
            u"margin-bottom:8px;\"><tr><td style=\"border:1px solid #e0a800; background-color:#fff3cd; "
            u"color:#6b4e00; font-weight:bold; padding:6px;\">"_s +
            esc(ReportWording::practiceBanner()) + u"</td></tr></table>"_s;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse; "
            u"margin-bottom:6px;\">"_s;
    for (const auto& [label, value] : ReportWording::headerRows(report))
        html += u"<tr>"_s +
                cell(esc(label), u" font-weight:bold; background-color:"_s + headerFill + u';', 28) +
                cell(esc(value)) + u"</tr>"_s;
    return html + u"</table>"_s;
}

QString summary(const SupportReport& report)
{
    QString html = heading(ReportWording::summaryHeading()) + paragraph(ReportWording::summaryText(report));
    html += tableStart(ReportWording::stepColumns(), {28, 27, 45});
    for (const ReportStepStatus& status : report.steps)
        html += u"<tr>"_s + cell(esc(ReportWording::stepName(status.step))) + cell(stepStatusHtml(status)) +
                cell(esc(status.evidence)) + u"</tr>"_s;
    return html + tableEnd();
}

QString stillOpen(const SupportReport& report)
{
    QString html = heading(ReportWording::stillOpenHeading());
    if (report.stillOpen.isEmpty())
        return html + paragraph(ReportWording::nothingOpen(), good);
    html += u"<ul style=\"margin-top:2px;\">"_s;
    for (const QString& item : report.stillOpen)
        html += u"<li style=\"margin-bottom:2px;\">"_s + esc(item) + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString findings(const SupportReport& report)
{
    QString html = heading(ReportWording::findingsHeading());
    if (report.findings.isEmpty())
        return html + paragraph(ReportWording::noFindings(), muted);
    html += tableStart(ReportWording::findingColumns(), {14, 22, 16, 17, 31});
    for (const ReportFinding& finding : report.findings)
        html += u"<tr>"_s + cell(severityHtml(finding.severity)) +
                cell(esc(ReportWording::findingWhere(finding))) + cell(esc(finding.kind)) +
                cell(u"<code>"_s + esc(finding.masked) + u"</code>"_s) + cell(esc(finding.advice)) +
                u"</tr>"_s;
    return html + tableEnd();
}

QString subaccounts(const SupportReport& report)
{
    if (report.subaccounts.isEmpty())
        return {};
    QString html = heading(ReportSubaccounts::heading()) + u"<ul style=\"margin-top:2px;\">"_s;
    for (const ReportSubaccount& subaccount : report.subaccounts)
        html += u"<li style=\"margin-bottom:2px;\">"_s + esc(ReportSubaccounts::describe(subaccount)) +
                u"</li>"_s;
    return html + u"</ul>"_s;
}

QString actions(const SupportReport& report)
{
    QString html = heading(ReportWording::actionsHeading());
    if (report.actions.isEmpty())
        return html + paragraph(ReportWording::noActions(), muted);
    html += tableStart(ReportWording::actionColumns(), {17, 9, 51, 23});
    for (const ReportAction& action : report.actions)
        html += u"<tr>"_s + cell(esc(ReportWording::tableTime(action.time))) +
                cell(esc(ReportWording::stepShortName(action.step)), u" text-align:center;"_s) +
                cell(esc(action.text)) + cell(resultHtml(action)) + u"</tr>"_s;
    return html + tableEnd();
}

QString users(const SupportReport& report)
{
    QString html = heading(ReportWording::usersHeading());
    if (!report.usersChecked)
        return html + paragraph(ReportWording::usersNotChecked(), muted);
    html += paragraph(ReportWording::usersCheckedAt(report), muted);
    html += tableStart(ReportWording::userColumns(), {40, 14, 28, 18});
    for (const ReportUser& user : report.users)
        html += u"<tr>"_s + cell(esc(ReportWording::userName(user))) + cell(esc(user.role)) +
                cell(coloured(ReportWording::passwordText(user), user.passwordChanged ? good : bad)) +
                cell(coloured(ReportWording::twoFactorText(user), user.twoFactorOn ? good : bad)) +
                u"</tr>"_s;
    return html + tableEnd();
}

QString reminders(const SupportReport& report)
{
    QString html = heading(ReportWording::remindersHeading()) + u"<ul style=\"margin-top:2px;\">"_s;
    for (const ReportWording::Reminder& reminder : ReportWording::reminders(report))
        html += u"<li style=\"margin-bottom:2px;\">"_s + esc(reminder.text) + u" "_s +
                coloured(ReportWording::reminderState(reminder.confirmed), reminder.confirmed ? good : warn) +
                u"</li>"_s;
    return html + u"</ul>"_s;
}

QString notes()
{
    QString html =
        heading(ReportWording::notesHeading()) + u"<ul style=\"margin-top:2px; color:"_s + muted + u";\">"_s;
    for (const QString& note : ReportWording::notes())
        html += u"<li>"_s + esc(note) + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

namespace HtmlReportWriter {

QString write(const SupportReport& report)
{
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s +
                   esc(ReportWording::title()) +
                   u"</title></head>\n<body style=\"background-color:#ffffff; color:"_s + ink +
                   u"; font-family:'Segoe UI','Noto Sans','DejaVu Sans',Arial,sans-serif; font-size:10pt; "
                   u"margin:16px;\">\n"_s;
    html += header(report) + summary(report) + stillOpen(report) + findings(report) + subaccounts(report) +
            actions(report) + users(report) + reminders(report) + notes();
    html += u"\n</body></html>\n"_s;
    // A last pass: whatever happened above, no key-shaped text leaves this function.
    return ReportSecretScrub::scrub(html);
}

} // namespace HtmlReportWriter
