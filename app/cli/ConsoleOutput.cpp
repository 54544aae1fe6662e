#include "cli/ConsoleOutput.h"

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
