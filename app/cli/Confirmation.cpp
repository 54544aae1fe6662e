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

namespace {

// Lower case without accents, so "Sí", "SI" and "si" compare equal.
QString plainLetters(const QString& text)
{
    const QString decomposed = text.trimmed().toCaseFolded().normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain;
}

} // namespace

QString yesWord()
{
    //: The word the user types on the command line to confirm a change. Keep it one short word
    //: that is easy to type; the English "yes" is always accepted too.
    return QCoreApplication::translate("CommandLine", "yes");
}

bool isYes(const QString& typed)
{
    const QString answer = plainLetters(typed);
    if (answer.isEmpty())
        return false;
    return answer == u"yes"_s || answer == u"y"_s || answer == plainLetters(yesWord());
}

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
    //: %1 is the word the user types to confirm ("yes" in English).
    ConsoleOutput::status(
        question + u' ' +
        QCoreApplication::translate("CommandLine", "Type %1 to go ahead, anything else to stop:")
            .arg(yesWord()));
    QTextStream input(stdin);
    return isYes(input.readLine());
}

} // namespace Confirmation
