#include "WizardApp.h"
#include "cli/CommandLineApp.h"
#include "cli/CommandLineOptions.h"

#include <QStringList>

// One binary: with no command it opens the wizard, with a command it runs headless.
int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    const bool headless =
        !options.command.isEmpty() || options.showHelp || options.showVersion || !options.error.isEmpty();
    if (headless)
        return runCommandLine(argc, argv);
    return runWizard(argc, argv, WizardLaunchOptions{options.endpoints, options.practice});
}
