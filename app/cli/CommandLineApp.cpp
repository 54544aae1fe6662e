#include "cli/CommandLineApp.h"

#include "cli/AuditCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CleanupCommand.h"
#include "cli/CliLog.h"
#include "cli/ConsoleOutput.h"
#include "cli/DisableSubaccountCommand.h"
#include "cli/PracticeServerCommand.h"
#include "cli/ProbeCommand.h"
#include "cli/ReportCommand.h"
#include "cli/ResetSmtpCommand.h"
#include "cli/RotateKeyCommand.h"
#include "cli/ScanCommand.h"
#include "cli/UsersCommand.h"
#include "identity/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every subcommand has the same shape: start(), then finished(exitCode) from the event loop.
template <typename Command>
int runCommand(const CommandLineOptions& options)
{
    Command command(options);
    QObject::connect(&command, &Command::finished, QCoreApplication::instance(),
                     [](int code) { QCoreApplication::exit(code); });
    command.start();
    return QCoreApplication::exec();
}

// The PDF report lays out text, which needs fonts, which need a QGuiApplication. It runs
// on the offscreen platform so that it works without a display, over SSH too.
bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

} // namespace

int runCommandLine(int& argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ApplicationIdentity::apply();
    ApplicationIdentity::installTranslations();
    // Parsed here, after the translations, so that usage errors are in the user's language.
    const CommandLineOptions options = CommandLineOptions::parse(QCoreApplication::arguments());

    // The command and its switches, never its arguments: they name the admin's folders and sites.
    qCDebug(lcCli, "command %s, %lld arguments%s%s%s",
            options.command.isEmpty() ? "(none)" : qUtf8Printable(options.command),
            static_cast<long long>(options.arguments.size()), options.json ? ", --json" : "",
            options.practice ? ", --practice" : "", options.yes ? ", --yes" : "");
    if (!options.error.isEmpty()) {
        qCDebug(lcCli, "bad usage");
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
    using Runner = int (*)(const CommandLineOptions&);
    static const QHash<QString, Runner> runners{
        {u"practice-server"_s, &runPracticeServerCommand},
        {u"check"_s, &runCommand<CheckCommand>},
        {u"scan"_s, &runCommand<ScanCommand>},
        {u"probe"_s, &runCommand<ProbeCommand>},
        {u"rotate-key"_s, &runCommand<RotateKeyCommand>},
        {u"reset-smtp"_s, &runCommand<ResetSmtpCommand>},
        {u"users"_s, &runCommand<UsersCommand>},
        {u"audit"_s, &runCommand<AuditCommand>},
        {u"cleanup"_s, &runCommand<CleanupCommand>},
        {u"disable-subaccount"_s, &runCommand<DisableSubaccountCommand>},
        {u"report"_s, &runCommand<ReportCommand>},
    };
    if (const Runner run = runners.value(options.command))
        return run(options);
    ConsoleOutput::error(CommandLineOptions::helpText());
    return ExitUsage;
}
