#pragma once

#include "cli/CommandLineOptions.h"

#include <QObject>

class Journal;

// `mailgun-recovery report [--format md|html|pdf] [-o FILE]`: the report for Mailgun support,
// made from the journal this computer keeps for the real account (with --practice, from the
// practice account's journal, which lives in memory and starts empty). It works offline and
// needs no API key: everything it says was recorded when it happened. Markdown and HTML go to
// stdout without -o; a PDF needs -o. PDF output needs a QGuiApplication (fonts).
class ReportCommand : public QObject
{
    Q_OBJECT

public:
    explicit ReportCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    // Makes the report; `finished` gives the exit code, after start() returns.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    int run();
    Journal* openJournal();

    CommandLineOptions m_options;
};
