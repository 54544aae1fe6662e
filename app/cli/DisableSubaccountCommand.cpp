#include "cli/DisableSubaccountCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/Confirmation.h"
#include "cli/ConsoleOutput.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/UntrustedText.h"
#include "mailgun/api/SubaccountStatusText.h"
#include "mailgun/api/SubaccountsApi.h"
#include "recovery/SubaccountDisableController.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

DisableSubaccountCommand::DisableSubaccountCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void DisableSubaccountCommand::start()
{
    if (m_options.arguments.size() != 1) {
        ConsoleOutput::error(tr("Name one subaccount by its id: mailgun-recovery disable-subaccount ID. "
                                "Run mailgun-recovery audit to see the ids."));
        finish(ExitUsage);
        return;
    }
    if (!openAccount())
        return;
    const QString id = m_options.arguments.constFirst();
    if (!m_options.json)
        ConsoleOutput::status(tr("Reading the subaccounts…"));
    SubaccountsApi(*m_account->client()).list(this, [this, id](ApiResult<QList<Subaccount>> result) {
        if (!result.ok()) {
            report(ExitFailed, id, {}, result.error.userMessage());
            return;
        }
        for (const Subaccount& sub : std::as_const(result.value)) {
            if (sub.id == id) {
                confirmAndDisable(sub.id, sub.name, sub.status);
                return;
            }
        }
        report(ExitFailed, id, {},
               tr("Mailgun lists no subaccount with the id %1. Nothing was changed.")
                   .arg(UntrustedText::forDisplay(id)));
    });
}

void DisableSubaccountCommand::confirmAndDisable(const QString& id, const QString& name,
                                                 const QString& status)
{
    const QString shownName = UntrustedText::forDisplay(name);
    if (status == u"disabled"_s) {
        report(ExitDone, id, name, tr("The subaccount \u201c%1\u201d is already disabled.").arg(shownName));
        return;
    }
    if (status != u"open"_s) {
        report(ExitFailed, id, name,
               tr("The subaccount \u201c%1\u201d is %2, so it cannot be disabled.")
                   .arg(shownName, SubaccountStatusText::word(status)));
        return;
    }
    // Said before asking, so that a run without a terminal shows it too.
    ConsoleOutput::status(SubaccountDisableController::effectText());
    if (!Confirmation::ask(tr("Disable the subaccount \u201c%1\u201d?").arg(shownName), m_options.yes)) {
        report(ExitDeclined, id, name, tr("Nothing was changed."));
        return;
    }
    auto* controller = new SubaccountDisableController(m_account->client(), m_account->journal(), this);
    connect(controller, &SubaccountDisableController::finished, this,
            [this, name](const QString& subaccountId, bool disabled, const QString& message) {
                report(disabled ? ExitDone : ExitFailed, subaccountId, name, message);
            });
    controller->disable(id, name);
}

void DisableSubaccountCommand::report(int exitCode, const QString& id, const QString& name,
                                      const QString& message)
{
    if (m_options.json) {
        ConsoleOutput::json({{u"subaccount_id"_s, id},
                             {u"name"_s, name},
                             {u"disabled"_s, exitCode == ExitDone},
                             {u"message"_s, message}});
    } else if (exitCode == ExitDone) {
        ConsoleOutput::text(message + u'\n');
    } else {
        ConsoleOutput::error(message);
    }
    finish(exitCode);
}
