#include "cli/ReportCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "recovery/Journal.h"
#include "report/ReportExport.h"
#include "report/SupportReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QJsonObject summaryJson(const SupportReport& report)
{
    QJsonArray open;
    for (const QString& item : report.stillOpen)
        open.append(item);
    return QJsonObject{{u"practice"_s, report.practice},
                       {u"incident_start"_s, report.incidentStart.toString(Qt::ISODate)},
                       {u"steps_done"_s, report.doneStepCount()},
                       {u"actions"_s, static_cast<int>(report.actions.size())},
                       {u"findings"_s, static_cast<int>(report.findings.size())},
                       {u"still_open"_s, open}};
}

} // namespace

ReportCommand::ReportCommand(const CommandLineOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

void ReportCommand::start()
{
    const int exitCode = run();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

Journal* ReportCommand::openJournal()
{
    if (m_options.practice)
        return new Journal(QString(), this); // the practice account keeps no journal on disk
    auto* journal = new Journal(Journal::defaultPath(), this);
    QString error;
    if (!journal->load(&error))
        ConsoleOutput::error(error); // a damaged file was kept aside; the report says what is left
    return journal;
}

int ReportCommand::run()
{
    const std::optional<ReportExport::Format> format = ReportExport::formatFromName(m_options.format);
    if (!format) {
        ConsoleOutput::error(QCoreApplication::translate("ReportCommand",
                                                         "The format \"%1\" is not known. Use md, "
                                                         "html or pdf.")
                                 .arg(m_options.format));
        return ExitUsage;
    }
    if (*format == ReportExport::Format::Pdf && m_options.outputPath.isEmpty()) {
        ConsoleOutput::error(QCoreApplication::translate(
            "ReportCommand", "A PDF must go to a file: add -o FILE, for example -o report.pdf"));
        return ExitUsage;
    }

    const Journal* journal = openJournal();
    SupportReport report =
        SupportReport::build(journal->entries(), CommandAccount::incidentStart(m_options, journal));
    report.practice = m_options.practice;

    if (m_options.outputPath.isEmpty()) {
        const QString text = ReportExport::text(report, *format);
        if (m_options.json) {
            QJsonObject json = summaryJson(report);
            json.insert(u"format"_s, ReportExport::fileSuffix(*format));
            json.insert(u"report"_s, text);
            ConsoleOutput::json(json);
        } else {
            ConsoleOutput::text(text);
        }
        return ExitDone;
    }

    QString error;
    if (!ReportExport::save(report, *format, m_options.outputPath, &error)) {
        ConsoleOutput::error(error);
        return ExitFailed;
    }
    if (m_options.json) {
        QJsonObject json = summaryJson(report);
        json.insert(u"format"_s, ReportExport::fileSuffix(*format));
        json.insert(u"path"_s, QFileInfo(m_options.outputPath).absoluteFilePath());
        ConsoleOutput::json(json);
    } else {
        ConsoleOutput::status(QCoreApplication::translate("ReportCommand", "The report was saved to %1.")
                                  .arg(QDir::toNativeSeparators(m_options.outputPath)));
    }
    return ExitDone;
}
