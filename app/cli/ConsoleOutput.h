#pragma once

#include <QJsonObject>
#include <QString>

// Where the command line writes: results on stdout (text or JSON), progress and errors on
// stderr, so `--json` output stays machine-readable.
namespace ConsoleOutput {
void text(const QString& text);
void json(const QJsonObject& object);
void status(const QString& text);
void error(const QString& text);
// "The findings could not be saved..." for step 1's commands.
QString findingsNotSaved();
} // namespace ConsoleOutput
