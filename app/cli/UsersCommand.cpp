#include "cli/UsersCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "mailgun/UntrustedText.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/UserStatusController.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString padded(const QString& text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

UsersCommand::UsersCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void UsersCommand::start()
{
    if (!openAccount())
        return;
    auto* controller = new UserStatusController(m_account->client(), m_account->journal(),
                                                m_account->workspace()->userActions(), this);
    if (!m_options.json)
        ConsoleOutput::status(tr("Reading the account's users..."));
    connect(controller, &UserStatusController::refreshed, this, [this, controller] {
        if (m_options.json)
            ConsoleOutput::json(resultJson(controller->incidentStart(), controller->users()));
        else
            ConsoleOutput::text(resultText(controller->incidentStart(), controller->users()));
        finish(ExitDone);
    });
    connect(controller, &UserStatusController::failed, this, [this, controller](const QString& message) {
        if (m_options.json) {
            const ApiError& error = controller->lastError();
            ConsoleOutput::json({{u"error"_s, QJsonObject{{u"code"_s, error.code()},
                                                          {u"http_status"_s, error.httpStatus},
                                                          {u"message"_s, message}}}});
        } else {
            ConsoleOutput::error(message);
        }
        finish(ExitFailed);
    });
    controller->refresh(m_account->incidentStart());
}

QJsonObject UsersCommand::resultJson(const QDateTime& incidentStart, const QList<UserStatus>& users)
{
    QJsonArray list;
    for (const UserStatus& status : users) {
        list.append(QJsonObject{{u"name"_s, status.user.name},
                                {u"email"_s, status.user.email},
                                {u"role"_s, status.user.role},
                                {u"password_changed"_s, status.passwordChanged},
                                {u"tfa_active"_s, status.tfaActive}});
    }
    return {{u"incident_start"_s, incidentStart.toUTC().toString(Qt::ISODate)}, {u"users"_s, list}};
}

QString UsersCommand::resultText(const QDateTime& incidentStart, const QList<UserStatus>& users)
{
    const QStringList header{tr("Name"), tr("Email"), tr("Role"), tr("New password"), tr("2FA on")};
    QList<QStringList> rows;
    for (const UserStatus& status : users) {
        // One cell each: a line feed or tab in a name must not break the table.
        const QString name = UntrustedText::oneLine(status.user.name);
        const QString email = UntrustedText::oneLine(status.user.email);
        const QString ownRole = UntrustedText::oneLine(status.user.role);
        const QString role = status.user.isMaster ? tr("%1 (owner)").arg(ownRole) : ownRole;
        rows.append({name, email, role, status.passwordChanged ? tr("yes") : tr("no"),
                     status.tfaActive ? tr("yes") : tr("no")});
    }
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < header.size(); ++column) {
        qsizetype width = header.at(column).size();
        for (const QStringList& row : rows)
            width = std::max(width, row.at(column).size());
        widths.append(width);
    }
    const auto line = [&widths](const QStringList& cells) -> QString {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column)
            text += column + 1 < cells.size() ? padded(cells.at(column), widths.at(column) + 2)
                                              : cells.at(column);
        return text + u'\n';
    };

    QString text = tr("Users of the account. \"New password\" means changed after the incident start (%1).")
                       .arg(incidentStart.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)) +
                   u"\n\n"_s;
    text += line(header);
    for (const QStringList& row : rows)
        text += line(row);
    text += u'\n';
    const int passwordsLeft = UserStatus::passwordsLeft(users);
    const int tfaLeft = UserStatus::tfaLeft(users);
    if (users.isEmpty())
        text += tr("Mailgun listed no users.") + u'\n';
    else if (passwordsLeft == 0 && tfaLeft == 0)
        text += tr("Every user has a new password and two-factor sign-in: steps 4 and 5 are done.") + u'\n';
    else
        text += tr("Still to do: %n user(s) must change their password,", nullptr, passwordsLeft) + u' ' +
                tr("%n user(s) must turn on two-factor sign-in.", nullptr, tfaLeft) + u'\n';
    return text;
}
