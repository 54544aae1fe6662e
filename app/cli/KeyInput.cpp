#include "cli/KeyInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

QString promptWithoutEcho()
{
    std::fputs(
        qPrintable(QCoreApplication::translate("KeyInput", "Mailgun API key (not shown as you type): ")),
        stderr);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    std::fputs("\n", stderr);
    QString key = QString::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    return key;
}

} // namespace

KeyInput KeyInput::read(const QString& keyFile)
{
    KeyInput input;
    if (!keyFile.isEmpty()) {
        QFile file(keyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            input.error = QCoreApplication::translate("KeyInput", "The key file %1 could not be read: %2")
                              .arg(keyFile, file.errorString());
            return input;
        }
        input.key = Secret(QString::fromUtf8(file.readLine(4096)).trimmed());
        if (input.key.isEmpty())
            input.error = QCoreApplication::translate("KeyInput", "The key file %1 is empty.").arg(keyFile);
        return input;
    }
    const QString fromEnvironment = qEnvironmentVariable("MAILGUN_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        input.key = Secret(fromEnvironment);
        return input;
    }
    if (stdinIsTerminal()) {
        input.key = Secret(promptWithoutEcho());
        if (input.key.isEmpty())
            input.error = QCoreApplication::translate("KeyInput", "No key was typed.");
        return input;
    }
    input.error = QCoreApplication::translate(
        "KeyInput", "No API key given. Set MAILGUN_API_KEY, use --key-file PATH, or run this in a terminal "
                    "to type it.");
    return input;
}

bool KeyInput::isGivenWithoutPrompt(const QString& keyFile)
{
    return !keyFile.isEmpty() || !qEnvironmentVariable("MAILGUN_API_KEY").trimmed().isEmpty();
}
