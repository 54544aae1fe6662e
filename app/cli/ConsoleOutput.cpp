#include "cli/ConsoleOutput.h"

#include "mailgun/UntrustedText.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace ConsoleOutput {

namespace {

// All of `bytes`, also past a NUL (fputs would stop there and hide the rest).
void write(const QByteArray& bytes, FILE* stream)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

// Names, descriptions and addresses from the account reach the terminal only through here:
// nothing in them may clear the screen, move the cursor, hide the lines after it or turn
// text around (UntrustedText).
void text(const QString& text)
{
    write(UntrustedText::printable(text).toLocal8Bit(), stdout);
}

void json(const QJsonObject& object)
{
    const QByteArray serialized = QJsonDocument(object).toJson(QJsonDocument::Indented);
    write(UntrustedText::jsonEscaped(QString::fromUtf8(serialized)).toUtf8(), stdout);
}

void status(const QString& text)
{
    write((UntrustedText::printable(text) + QLatin1Char('\n')).toLocal8Bit(), stderr);
}

void error(const QString& text)
{
    status(text);
}

} // namespace ConsoleOutput

QString ConsoleOutput::findingsNotSaved()
{
    return QCoreApplication::translate(
        "ConsoleOutput", "The findings could not be saved in the record of your recovery, so step 2 "
                         "and the report will not show them. Check that the disk is not full, then "
                         "run the command again.");
}
