#include "recovery/RecoverySession.h"

#include "mailgun/MailgunClient.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/ConfirmedItems.h"
#include "recovery/InUseKeyChoice.h"
#include "recovery/IncidentStart.h"
#include "recovery/InvestigationController.h"
#include "recovery/Journal.h"
#include "recovery/StepGuide.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

RecoverySession::RecoverySession(AccountWorkspace* account, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_incidentStart(QDateTime::currentDateTimeUtc().addDays(-14))
{
    restoreFromJournal();
}

RecoverySession::RecoverySession(Journal* journal, const ApiEndpoints& endpoints, QObject* parent)
    : RecoverySession(AccountWorkspace::forRealAccount(endpoints, journal), parent)
{
    m_account->setParent(this);
}

RecoverySession::~RecoverySession() = default;

void RecoverySession::setMode(AccountMode mode)
{
    if (mode == m_mode || (mode == AccountMode::Practice && !m_practice))
        return;
    m_mode = mode;
    clearConnection();
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
        m_client = nullptr;
    }
    // Each account has its own journal: ticks made while practising never count for the
    // real account, and the other way round.
    restoreFromJournal();
    Q_EMIT modeChanged();
    for (RecoveryStep step : allRecoverySteps())
        Q_EMIT stepStateChanged(step);
}

AccountWorkspace* RecoverySession::workspace() const
{
    return m_mode == AccountMode::Practice && m_practice ? m_practice : m_account;
}

ApiEndpoints RecoverySession::endpoints() const
{
    return workspace()->endpoints();
}

Journal* RecoverySession::journal() const
{
    return workspace()->journal();
}

bool RecoverySession::ensurePracticeWorkspace(QString* error)
{
    if (m_practice)
        return true;
    if (!m_practiceProvider) {
        if (error)
            *error = tr("This copy of the program has no practice account.");
        return false;
    }
    m_practice = m_practiceProvider(this, error);
    return m_practice != nullptr;
}

MailgunClient* RecoverySession::client()
{
    if (!m_client)
        m_client = new MailgunClient(endpoints(), this);
    return m_client;
}

InvestigationController* RecoverySession::newInvestigation(QObject* parent)
{
    // No tail names the key's entry: the admin's choice in step 2, as the command line uses it.
    const QString inUse = summary().keyInUseId.isEmpty()
                              ? InUseKeyChoice::recorded(journal()->entries(), client()->apiKey())
                              : summary().keyInUseId;
    auto* investigation =
        new InvestigationController(apiAvailable() ? client() : nullptr, inUse, journal(), parent);
    connect(investigation, &InvestigationController::finished, this,
            [this, investigation] { KeyRetest::addNew(m_foundKeys, investigation->foundKeys()); });
    return investigation;
}

SecretStore* RecoverySession::secretStore() const
{
    return workspace()->secretStore();
}

void RecoverySession::setSecretStore(SecretStore* store)
{
    workspace()->setSecretStore(store);
}

void RecoverySession::setConnection(const ConnectController::Result& result)
{
    m_connected = true;
    m_connectResult = result;
    Q_EMIT connectionChanged();
}

void RecoverySession::clearConnection()
{
    if (!m_connected)
        return;
    m_connected = false;
    m_connectResult = {};
    m_foundKeys.clear();
    Q_EMIT connectionChanged();
}

QString RecoverySession::notSavedMessage(const QString& journalError)
{
    return tr("%1 The program remembers it until you close it, but a restart and the report will not "
              "know it. Make room on the disk (or make the folder writable).")
        .arg(journalError);
}

void RecoverySession::setIncidentStart(const QDateTime& start)
{
    if (!start.isValid() || start == m_incidentStart)
        return;
    m_incidentStart = start.toUTC();
    QString error;
    if (!journal()->append(IncidentStart::entryType(), IncidentStart::entryData(m_incidentStart), &error))
        Q_EMIT journalNotSaved(notSavedMessage(error));
}

bool RecoverySession::isItemConfirmed(RecoveryStep step, const QString& itemId) const
{
    return m_confirmed.value(step).contains(itemId);
}

void RecoverySession::setItemConfirmed(RecoveryStep step, const QString& itemId, bool confirmed)
{
    if (isItemConfirmed(step, itemId) == confirmed)
        return;
    if (confirmed)
        m_confirmed[step].insert(itemId);
    else
        m_confirmed[step].remove(itemId);
    QString error;
    if (!journal()->append(ConfirmedItemsJournal::entryType(),
                           ConfirmedItemsJournal::entryData(step, itemId, confirmed), &error))
        Q_EMIT journalNotSaved(notSavedMessage(error));
    Q_EMIT stepStateChanged(step);
}

bool RecoverySession::isStepDone(RecoveryStep step) const
{
    return ConfirmedItemsJournal::isStepDone(m_confirmed, step);
}

int RecoverySession::doneStepCount() const
{
    int done = 0;
    for (RecoveryStep step : allRecoverySteps())
        done += isStepDone(step) ? 1 : 0;
    return done;
}

std::optional<RecoveryStep> RecoverySession::firstUnfinishedStep() const
{
    for (RecoveryStep step : allRecoverySteps()) {
        if (!isStepDone(step))
            return step;
    }
    return std::nullopt;
}

bool RecoverySession::startOver(QString* error)
{
    if (!journal()->startOver(error))
        return false;
    m_incidentStart = QDateTime::currentDateTimeUtc().addDays(-14);
    restoreFromJournal();
    for (RecoveryStep step : allRecoverySteps())
        Q_EMIT stepStateChanged(step);
    return true;
}

void RecoverySession::restoreFromJournal()
{
    m_confirmed.clear();
    m_confirmed = ConfirmedItemsJournal::replay(journal()->entries());
    if (const QDateTime start = IncidentStart::lastRecorded(journal()->entries()); start.isValid())
        m_incidentStart = start;
}
