#include "cli/Confirmation.h"

#include "cli/ConsoleOutput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define MRA_ISATTY _isatty
#define MRA_FILENO _fileno
#else
#include <unistd.h>
#define MRA_ISATTY isatty
#define MRA_FILENO fileno
#endif

using namespace Qt::StringLiterals;

namespace Confirmation {

bool ask(const QString& question, bool assumeYes)
{
    if (assumeYes)
        return true;
    if (MRA_ISATTY(MRA_FILENO(stdin)) != 1) {
        ConsoleOutput::error(QCoreApplication::translate(
            "CommandLine", "Nothing was changed: there is no terminal to ask for confirmation. Add --yes to "
                           "go ahead without asking."));
        return false;
    }
    ConsoleOutput::status(
        question + u' ' +
        QCoreApplication::translate("CommandLine", "Type yes to go ahead, anything else to stop:"));
    QTextStream input(stdin);
    const QString answer = input.readLine().trimmed().toLower();
    const QString yes = QCoreApplication::translate("CommandLine", "yes").toLower();
    return answer == u"yes"_s || answer == u"y"_s || answer == yes;
}

} // namespace Confirmation
