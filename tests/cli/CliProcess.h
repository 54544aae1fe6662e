#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

class QTemporaryDir;

// One run of the real binary (MRA_BINARY) in a child process, as the command-line tests use it.
struct CliRun
{
    int exitCode = -1; // -1: it did not finish in time (and was killed); -2: it crashed
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// This environment with the XDG folders (journal, settings, cache) moved into `home`, so
// that nothing of the real user's is read or written.
QProcessEnvironment cliEnvironment(const QTemporaryDir& home);
// Runs the binary with `arguments`, standard input empty (no terminal to ask on). Waits
// with the event loop running: a practice server in the test's process keeps answering.
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment);
