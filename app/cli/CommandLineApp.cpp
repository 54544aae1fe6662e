#include "cli/CommandLineApp.h"

#include "ApplicationIdentity.h"
#include "cli/CheckCommand.h"
#include "cli/ConsoleOutput.h"
#include "cli/PracticeServerCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int runCommandLine(int& argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply();
    ApplicationIdentity::installTranslations(&app);
    // Parsed here, after the translations, so that usage errors are in the user's language.
    const CommandLineOptions options = CommandLineOptions::parse(QCoreApplication::arguments());

    if (!options.error.isEmpty()) {
        ConsoleOutput::error(options.error);
        ConsoleOutput::error(
            QCoreApplication::translate("CommandLine", "Run mailgun-recovery --help for help."));
        return ExitUsage;
    }
    if (options.showHelp) {
        ConsoleOutput::text(CommandLineOptions::helpText());
        return ExitDone;
    }
    if (options.showVersion) {
        ConsoleOutput::text(u"mailgun-recovery "_s + QStringLiteral(MRA_VERSION) + u'\n');
        return ExitDone;
    }
    if (options.command == u"practice-server"_s)
        return runPracticeServerCommand(options);
    if (options.command == u"check"_s) {
        CheckCommand command(options);
        QObject::connect(&command, &CheckCommand::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        command.start();
        return QCoreApplication::exec();
    }
    ConsoleOutput::error(CommandLineOptions::helpText());
    return ExitUsage;
}
