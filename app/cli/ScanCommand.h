#pragma once

#include "cli/AccountCommand.h"
#include "cli/ConsoleOutput.h"
#include "investigate/LeakScanner.h"

#include <QJsonObject>
#include <QObject>

// `mailgun-recovery scan PATH... [--deep] [--json]`: the local leak scan of the wizard's
// Investigate step, headless. Needs no API key; with one (MAILGUN_API_KEY, --key-file or
// --practice) found keys are matched to the account's key ids. Findings go into the journal.
// Exit codes: 0 the scan ran (whether or not it found anything: read the output), 1 a path
// given does not exist (the others are still scanned), 2 no path given.
class ScanCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit ScanCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    void start() override;

    // The --json document: {"findings":[{path,line,kind,severity,confidence,masked,advice,match,...}],
    // "files":N, "bytes":N, ...}.
    static QJsonObject resultJson(const QList<LeakFinding>& findings, const LeakScanner::Summary& summary);
    static QString resultText(const QList<LeakFinding>& findings, const LeakScanner::Summary& summary);
    static int exitCodeFor(const LeakScanner::Summary& summary);

private:
    LeakScanner* m_scanner = nullptr;
    ConsoleOutput::StatusThrottle m_status;
};
