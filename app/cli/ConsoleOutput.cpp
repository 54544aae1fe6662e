#include "cli/ConsoleOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace ConsoleOutput {

void text(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void json(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void status(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
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
