#include "cli/ResetSmtpCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/Confirmation.h"
#include "cli/ConsoleOutput.h"
#include "recovery/Journal.h"
#include "recovery/SecretEntries.h"
#include "recovery/SmtpResetController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString statusId(SmtpResetController::RowStatus status)
{
    using Status = SmtpResetController::RowStatus;
    switch (status) {
    case Status::PasswordSet:
        return u"new-password"_s;
    case Status::Deleted:
        return u"deleted"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Cancelled:
        return u"not-started"_s;
    case Status::Working:
    case Status::Waiting:
        break;
    }
    return u"not-started"_s;
}

} // namespace

ResetSmtpCommand::ResetSmtpCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void ResetSmtpCommand::start()
{
    if (!openAccount())
        return;
    m_store = m_account->secretStore();
    m_controller = new SmtpResetController(m_account->client(), m_store, m_account->journal(), this);
    // Printing the passwords is the admin's own way to keep them when there is no keychain.
    m_controller->setAllowWithoutKeychain(m_options.printSecrets);
    connect(m_controller, &SmtpResetController::planReady, this, &ResetSmtpCommand::confirmAndStart);
    connect(m_controller, &SmtpResetController::progressChanged, this, [this](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (m_options.json || percent / 10 == m_lastShownPercent / 10)
            return;
        m_lastShownPercent = percent;
        ConsoleOutput::status(tr("%1 of %n login(s) done", nullptr, total).arg(done));
    });
    connect(m_controller, &SmtpResetController::passwordsToSave, this, &ResetSmtpCommand::handOver);
    connect(m_controller, &SmtpResetController::finished, this, [this] { report(); });
    connect(m_controller, &SmtpResetController::failed, this,
            [this](const QString& message) { report(message); });

    if (SmtpResetProgress::fromJournal(m_account->journal()->entries()).isUnfinished()) {
        ConsoleOutput::status(tr("An SMTP password reset was interrupted; continuing it with its own list of "
                                 "logins."));
        if (!Confirmation::ask(tr("Continue the interrupted reset?"), m_options.yes)) {
            finish(ExitDeclined);
            return;
        }
        m_controller->resume();
        return;
    }
    if (!m_options.json)
        ConsoleOutput::status(tr("Reading your domains and their SMTP logins…"));
    m_controller->load(m_account->incidentStart());
}

void ResetSmtpCommand::confirmAndStart()
{
    SmtpResetPlan& plan = m_controller->plan();
    plan.restrictToDomains(m_options.domains);
    for (const QString& login : std::as_const(m_options.deleteLogins)) {
        bool found = false;
        for (const SmtpLoginRow& row : std::as_const(plan.rows)) {
            if (row.login.compare(login, Qt::CaseInsensitive) != 0)
                continue;
            found = true;
            if (!plan.setDelete(row.key(), true)) {
                ConsoleOutput::error(
                    tr("%1 is the postmaster login, which Mailgun never deletes. It gets a new "
                       "password instead; leave it out of --delete.")
                        .arg(row.login));
                finish(ExitUsage);
                return;
            }
        }
        if (!found) {
            ConsoleOutput::error(tr("There is no SMTP login %1 on the domains read.").arg(login));
            finish(ExitUsage);
            return;
        }
    }
    for (const QString& problem : std::as_const(plan.unreadable))
        ConsoleOutput::error(tr("Not read: %1").arg(problem));
    if (plan.rows.isEmpty()) {
        ConsoleOutput::status(tr("There are no SMTP logins to reset."));
        report();
        return;
    }
    if (!m_options.json) {
        //: First column of the login table on the command line: this login will be deleted.
        const QString deleteWord = tr("delete");
        //: First column of the login table on the command line: this login gets a new password.
        const QString newPasswordWord = tr("new password");
        const qsizetype wordWidth = std::max(deleteWord.size(), newPasswordWord.size());
        QStringList lines;
        for (const SmtpLoginRow& row : std::as_const(plan.rows)) {
            lines << u"  %1  %2  %3%4"_s.arg(
                (row.action == SmtpLoginRow::Action::Delete ? deleteWord : newPasswordWord)
                    .leftJustified(wordWidth, u' '),
                regionId(row.region), row.shownLogin(),
                row.recent ? u"  ("_s + tr("new since the incident") + u')' : QString());
        }
        ConsoleOutput::status(tr("SMTP logins:") + u'\n' + lines.join(u'\n'));
    }
    const QString question = tr("New passwords: %1. Deleted logins: %2. Apps using the old passwords stop "
                                "sending until you give them the new ones.")
                                 .arg(plan.count(SmtpLoginRow::Action::NewPassword))
                                 .arg(plan.count(SmtpLoginRow::Action::Delete));
    if (!Confirmation::ask(question, m_options.yes)) {
        finish(ExitDeclined);
        return;
    }
    m_controller->start();
}

void ResetSmtpCommand::handOver(const QStringList& keys)
{
    // No keychain: each password is on the terminal (flushed) before the admin is asked, and
    // only a yes in this process lets it go to Mailgun.
    const SmtpResetPlan& plan = m_controller->plan();
    QJsonArray shown;
    QStringList lines{tr("There is no keychain to keep the new passwords in. Save each one now, for example "
                         "in your password manager:")};
    for (const QString& key : keys) {
        const SmtpLoginRow& row = plan.rows.at(plan.index(key));
        const QString password = m_controller->newPassword(key).reveal();
        shown.append(QJsonObject{{u"region"_s, regionId(row.region)},
                                 {u"domain"_s, row.domain},
                                 {u"login"_s, row.login},
                                 {u"smtp_host"_s, smtpHost(row.region)},
                                 {u"password"_s, password}});
        lines << u"  "_s + tr("%1 (server %2, port 587): %3").arg(row.login, smtpHost(row.region), password);
    }
    if (m_options.json)
        ConsoleOutput::text(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"save_these_passwords"_s, shown}}).toJson(QJsonDocument::Compact) +
            '\n'));
    else
        ConsoleOutput::text(lines.join(u'\n') + u'\n');
    const int count = static_cast<int>(keys.size());
    //: %1 is the word the user types to confirm ("yes" in English).
    const bool saved = Confirmation::ask(tr("Have you saved the %n new password(s) shown above? Mailgun gets "
                                            "them only after you answer %1. Until then the old passwords "
                                            "keep working.",
                                            nullptr, count)
                                             .arg(Confirmation::yesWord()),
                                         m_options.yes);
    m_controller->confirmPasswordsSaved(saved);
}

void ResetSmtpCommand::report(const QString& failure)
{
    using Status = SmtpResetController::RowStatus;
    const SmtpResetPlan& plan = m_controller->plan();
    QJsonArray results;
    QStringList lines;
    for (const SmtpLoginRow& row : plan.rows) {
        const SmtpResetController::RowResult result = m_controller->result(row.key());
        const bool set = result.status == Status::PasswordSet;
        const QString entry = SecretEntries::smtp(row.region, row.login);
        const Secret password = m_controller->newPassword(row.key());
        const bool printPassword = set && m_options.printSecrets && !password.isEmpty();
        QJsonObject item{
            {u"region"_s, regionId(row.region)},
            {u"domain"_s, row.domain},
            {u"login"_s, row.login},
            {u"smtp_host"_s, smtpHost(row.region)},
            {u"action"_s, row.action == SmtpLoginRow::Action::Delete ? u"delete"_s : u"new-password"_s},
            {u"status"_s, statusId(result.status)},
            {u"keychain_entry"_s, set && result.storedInKeychain ? QJsonValue(entry) : QJsonValue()}};
        if (result.status == Status::Failed) {
            item.insert(u"error"_s, result.message);
            item.insert(u"unsure"_s, result.ambiguous);
        }
        if (printPassword)
            item.insert(u"password"_s, password.reveal());
        results.append(item);

        QString line = row.login + u" | "_s;
        if (set) {
            line += tr("new password; server %1, port 587").arg(smtpHost(row.region));
            line += result.storedInKeychain ? u"; "_s + tr("kept in the keychain, entry %1").arg(entry)
                                            : u"; "_s + tr("not in the keychain");
            if (printPassword)
                line += u"; "_s + tr("password: %1").arg(password.reveal());
        } else if (result.status == Status::Deleted) {
            line += tr("deleted");
        } else if (result.status == Status::Failed) {
            line += tr("not done: %1").arg(result.message);
        } else {
            line += tr("not started; the old password still works");
        }
        lines << line;
    }
    const bool complete = failure.isEmpty() && m_controller->isComplete();
    if (m_options.json) {
        QJsonObject json{{u"done"_s, complete},
                         {u"changed"_s, m_controller->doneCount()},
                         {u"failed"_s, m_controller->failedCount()},
                         {u"results"_s, results},
                         {u"unreadable"_s, QJsonArray::fromStringList(plan.unreadable)}};
        if (!failure.isEmpty())
            json.insert(u"error"_s, failure);
        ConsoleOutput::json(json);
    } else {
        if (!failure.isEmpty())
            lines.prepend(failure);
        if (complete)
            lines << tr("Done. Put the new passwords into every website and app that sends email with them.");
        else if (failure.isEmpty())
            lines << tr(
                "Not everything was done. Run the command again: it goes on where it stopped, with the "
                "same new passwords.");
        ConsoleOutput::text(lines.join(u'\n') + u'\n');
    }
    finish(complete ? ExitDone : ExitFailed);
}
