#include "cli/ScanCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "investigate/ArchiveSummaryText.h"
#include "investigate/GitHistorySummaryText.h"
#include "investigate/GitHistoryText.h"
#include "investigate/LookAlikeSummaryText.h"
#include "recovery/InvestigationController.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString confidenceText(LeakFinding::Confidence confidence)
{
    switch (confidence) {
    case LeakFinding::Confidence::High:
        return QCoreApplication::translate("ScanCommand", "almost certain");
    case LeakFinding::Confidence::Medium:
        return QCoreApplication::translate("ScanCommand", "likely");
    case LeakFinding::Confidence::Low:
        return QCoreApplication::translate("ScanCommand", "possible");
    }
    return {};
}

QString severityText(LeakFinding::Severity severity)
{
    switch (severity) {
    case LeakFinding::Severity::Critical:
        return QCoreApplication::translate("ScanCommand", "CRITICAL");
    case LeakFinding::Severity::High:
        return QCoreApplication::translate("ScanCommand", "HIGH");
    case LeakFinding::Severity::Medium:
        return QCoreApplication::translate("ScanCommand", "MEDIUM");
    case LeakFinding::Severity::Low:
        return QCoreApplication::translate("ScanCommand", "LOW");
    }
    return {};
}

QString findingText(const LeakFinding& finding)
{
    QString text = u"["_s + severityText(finding.severity) + u"] "_s + finding.title() + u" ("_s +
                   confidenceText(finding.confidence) + u")\n"_s;
    // A key in a repository's history names the commit: "In the history of /srv/site: .env, ...".
    const QString place =
        finding.gitOrigin.isEmpty() ? finding.path : GitHistoryText::where(finding.gitOrigin);
    if (finding.line > 0)
        text += u"  "_s +
                QCoreApplication::translate("ScanCommand", "%1, line %2").arg(place).arg(finding.line) +
                u'\n';
    else
        text += u"  "_s + place + u'\n';
    if (finding.hasSecret())
        text +=
            u"  "_s + QCoreApplication::translate("ScanCommand", "Value: %1").arg(finding.masked()) + u'\n';
    const QString match = finding.matchText();
    if (!match.isEmpty())
        text += u"  "_s + match + u'\n';
    text += u"  "_s + finding.advice() + u'\n';
    return text;
}

} // namespace

ScanCommand::ScanCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void ScanCommand::start()
{
    if (m_options.arguments.isEmpty()) {
        ConsoleOutput::error(QCoreApplication::translate(
            "ScanCommand", "Give the folders to scan, for example: mailgun-recovery scan /var/www/mysite"));
        finish(ExitUsage);
        return;
    }
    if (!openAccount(Key::Optional))
        return;
    m_scanner = new LeakScanner(this);
    if (!m_options.json) {
        m_status.start();
        connect(m_scanner, &LeakScanner::progress, this, [this](qint64 files, qint64 bytes) {
            if (m_status.due())
                ConsoleOutput::status(QCoreApplication::translate("ScanCommand", "Scanned %Ln file(s) (%1)…",
                                                                  nullptr, int(files))
                                          .arg(sizeText(bytes)));
        });
    }
    // The same controller as the wizard: found keys are matched to the account's key ids when
    // a key was given, and the findings go into the journal for step 2 and the report.
    InvestigationController* investigation = m_account->newInvestigation(this);
    connect(investigation, &InvestigationController::finished, this,
            [this](InvestigationController::Activity, const QList<FindingRecord>&, bool saved) {
                const LeakScanner::Summary& summary = m_scanner->summary();
                for (const QString& path : summary.missingPaths)
                    ConsoleOutput::error(
                        QCoreApplication::translate("ScanCommand", "Not found: %1").arg(path));
                const QList<LeakFinding>& findings = m_scanner->findings();
                saved = ConsoleOutput::investigationResult(
                    m_options.json, [&] { return resultJson(findings, summary); },
                    [&] { return resultText(findings, summary); }, saved);
                Q_EMIT finished(saved ? exitCodeFor(summary) : ExitFailed);
            });
    investigation->scan(m_scanner, m_options.arguments, m_options.deep);
}

int ScanCommand::exitCodeFor(const LeakScanner::Summary& summary)
{
    return summary.missingPaths.isEmpty() && !summary.cancelled ? ExitDone : ExitFailed;
}

QJsonObject ScanCommand::resultJson(const QList<LeakFinding>& findings, const LeakScanner::Summary& summary)
{
    QJsonArray list;
    for (const LeakFinding& finding : findings)
        list.append(finding.toJson());
    return QJsonObject{{u"findings"_s, list},
                       {u"files"_s, summary.files},
                       {u"bytes"_s, summary.bytes},
                       {u"binary_files_skipped"_s, summary.binaryFiles},
                       {u"unreadable_files"_s, summary.unreadable},
                       {u"links_not_followed"_s, summary.skippedLinks},
                       {u"missing_paths"_s, QJsonArray::fromStringList(summary.missingPaths)},
                       {u"archives"_s, summary.archives.toJson()},
                       {u"git_history"_s, summary.gitHistory.toJson()},
                       {u"look_alikes_set_aside"_s, summary.lookAlikes.toJson()},
                       {u"cancelled"_s, summary.cancelled}};
}

QString ScanCommand::resultText(const QList<LeakFinding>& findings, const LeakScanner::Summary& summary)
{
    QString text =
        QCoreApplication::translate("ScanCommand", "Scanned %Ln file(s) (%1).", nullptr, int(summary.files))
            .arg(sizeText(summary.bytes)) +
        u'\n';
    for (const QString& line : ArchiveSummaryText::lines(summary.archives))
        text += line + u'\n';
    for (const QString& line : GitHistorySummaryText::lines(summary.gitHistory))
        text += line + u'\n';
    for (const QString& line : LookAlikeSummaryText::lines(summary.lookAlikes))
        text += line + u'\n';
    if (findings.isEmpty())
        return text +
               QCoreApplication::translate("ScanCommand",
                                           "No Mailgun keys, passwords or risky files were found.") +
               u'\n';
    text += QCoreApplication::translate("ScanCommand", "Found %n thing(s) to fix:", nullptr,
                                        int(findings.size())) +
            u"\n\n"_s;
    // The most serious first; the scanner's order (path, line) within the same severity.
    QList<LeakFinding> ordered = findings;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const LeakFinding& a, const LeakFinding& b) { return a.severity > b.severity; });
    for (const LeakFinding& finding : ordered)
        text += findingText(finding) + u'\n';
    return text;
}
