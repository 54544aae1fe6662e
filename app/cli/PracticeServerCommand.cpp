#include "cli/PracticeServerCommand.h"

#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "practice/PracticeServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

int runPracticeServerCommand(const CommandLineOptions& options)
{
    PracticeServer server;
    QString error;
    if (!server.start(options.usPort, options.euPort, &error)) {
        ConsoleOutput::error(error);
        return ExitFailed;
    }
    const QJsonObject info{{u"us"_s, server.baseUrl(PracticeRegion::Us).toString()},
                           {u"eu"_s, server.baseUrl(PracticeRegion::Eu).toString()},
                           {u"key"_s, server.practiceKey()}};
    // One line, so a script can read it with a single readline.
    std::fputs(QJsonDocument(info).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    if (!options.json)
        ConsoleOutput::status(QCoreApplication::translate(
            "PracticeServerCommand", "The practice account is running. Press Ctrl+C to stop it."));
    return QCoreApplication::exec();
}
