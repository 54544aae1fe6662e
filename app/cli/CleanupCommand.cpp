#include "cli/CleanupCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/Confirmation.h"
#include "cli/ConsoleOutput.h"
#include "investigate/AccountReview.h"
#include "mailgun/UntrustedText.h"
#include "recovery/AccountCleanup.h"
#include "recovery/InvestigationController.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

CleanupCommand::CleanupCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void CleanupCommand::start()
{
    if (!openAccount())
        return;
    m_review = new AccountReview(m_account->client(), this);
    if (!m_options.json)
        ConsoleOutput::status(tr("Reviewing the account..."));
    InvestigationController* investigation = m_account->newInvestigation(this);
    connect(investigation, &InvestigationController::finished, this,
            [this](InvestigationController::Activity, const QList<FindingRecord>&, bool) {
                if (m_review->nothingRead()) {
                    ConsoleOutput::error(tr("Nothing of the account could be read, so nothing was removed."));
                    finish(ExitFailed);
                    return;
                }
                const QList<AccountFinding>& findings = m_review->findings();
                for (int i = 0; i < findings.size(); ++i) {
                    QString whyNot;
                    if (AccountCleanup::canRemove(findings.at(i), m_review->inventory(), &whyNot))
                        m_queue.append(i);
                    else if (!whyNot.isEmpty() && !m_options.json)
                        ConsoleOutput::status(UntrustedText::forDisplay(findings.at(i).title) + u"\n  "_s +
                                              whyNot);
                }
                if (m_queue.isEmpty() && !m_options.json)
                    ConsoleOutput::status(tr("The program found nothing it can remove."));
                m_cleanup = new AccountCleanup(m_account->client(), m_account->journal(), this);
                connect(m_cleanup, &AccountCleanup::finished, this, [this](bool ok, const QString& message) {
                    const AccountFinding& finding = m_review->findings().at(m_current);
                    m_failed = m_failed || !ok;
                    m_results.append(
                        QJsonObject{{u"kind"_s, finding.kindId},
                                    {u"region"_s, regionId(finding.region)},
                                    {u"object_id"_s, UntrustedText::maskUrlCredentials(finding.objectId)},
                                    {u"done"_s, ok},
                                    {u"message"_s, message}});
                    if (!m_options.json)
                        ConsoleOutput::status(message);
                    next();
                });
                next();
            });
    investigation->review(m_review, m_account->incidentStart());
}

void CleanupCommand::next()
{
    if (m_queue.isEmpty()) {
        end();
        return;
    }
    m_current = m_queue.takeFirst();
    const AccountFinding& finding = m_review->findings().at(m_current);
    ++m_asked;
    if (!Confirmation::ask(AccountCleanup::question(finding, m_review->inventory()), m_options.yes)) {
        ++m_declined;
        next();
        return;
    }
    m_cleanup->remove(finding, m_review->inventory());
}

void CleanupCommand::end()
{
    if (m_options.json)
        ConsoleOutput::json(QJsonObject{{u"results"_s, m_results}, {u"declined"_s, m_declined}});
    if (m_failed)
        finish(ExitFailed);
    else if (m_asked > 0 && m_declined == m_asked)
        finish(ExitDeclined);
    else
        finish(ExitDone);
}
