#pragma once

#include <QString>
#include <QStringList>

// A program run as a child process, timed (wall clock) and measured (peak RSS, from wait4).
namespace MeasuredRun {

struct Result
{
    double seconds = 0;
    double cpuSeconds = 0; // user and system time, the child's own and its children's
    long peakRssKb = 0;
    int exitCode = -1;
};

// Runs `arguments` with its stdout to `outputPath`, through this binary's --measure mode: the
// kernel counts the memory a process had before exec() in its peak (ru_maxrss), so the
// measured program must be forked by a small process, not by this one after it built the tree.
Result run(const QStringList& arguments, const QString& outputPath);

// The --measure mode: argv = {self, "--measure", REPORT, PROGRAM, ARGS...}. Runs PROGRAM as a
// child and writes "seconds cpu-seconds peak-kB exit" to REPORT. Call it before any Qt object exists, to
// keep this process (and so the child's start) small.
int measure(char** argv);

} // namespace MeasuredRun
