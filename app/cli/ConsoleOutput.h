#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

// Where the command line writes: results on stdout (text or JSON), progress and errors on
// stderr, so `--json` output stays machine-readable. Everything written here is made safe
// for a terminal first (UntrustedText): control and bidi characters from the account are
// replaced in text and written as \u escapes in JSON, and nothing stops at a NUL.
namespace ConsoleOutput {
void text(const QString& text);
void json(const QJsonObject& object);
void status(const QString& text);
void error(const QString& text);
// "The findings could not be saved..." for step 1's commands.
QString findingsNotSaved();

// A step 1 command's result on stdout, as JSON with --json and as text otherwise, then on
// stderr findingsNotSaved() when the findings did not reach the journal. Returns `saved`.
template <class Json, class Text>
bool investigationResult(bool asJson, Json json, Text text, bool saved)
{
    if (asJson)
        ConsoleOutput::json(json());
    else
        ConsoleOutput::text(text());
    if (!saved)
        error(findingsNotSaved());
    return saved;
}

// Progress for a long task, on stderr at most every two seconds so it does not flood the
// terminal: `if (throttle.due()) status(...)`.
class StatusThrottle
{
public:
    void start() { m_since.start(); }
    bool due()
    {
        if (m_since.elapsed() < 2000)
            return false;
        m_since.restart();
        return true;
    }

private:
    QElapsedTimer m_since;
};
} // namespace ConsoleOutput
