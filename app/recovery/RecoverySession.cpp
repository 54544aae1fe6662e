#include "recovery/RecoverySession.h"

#include "mailgun/MailgunClient.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/StepGuide.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString itemConfirmedType = u"item-confirmed"_s;
const QString incidentStartType = u"incident-start"_s;

} // namespace

RecoverySession::RecoverySession(Journal* journal, const ApiEndpoints& realEndpoints, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_realEndpoints(realEndpoints)
    , m_incidentStart(QDateTime::currentDateTimeUtc().addDays(-14))
{
    restoreFromJournal();
}

RecoverySession::~RecoverySession() = default;

void RecoverySession::setMode(AccountMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    clearConnection();
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
        m_client = nullptr;
    }
    // Ticks made while practising never count for the real account, and the other way round.
    restoreFromJournal();
    Q_EMIT modeChanged();
    for (RecoveryStep step : allRecoverySteps())
        Q_EMIT stepStateChanged(step);
}

ApiEndpoints RecoverySession::endpoints() const
{
    if (m_mode == AccountMode::Practice && m_practice)
        return m_practice->endpoints();
    return m_realEndpoints;
}

bool RecoverySession::ensurePracticeServer(QString* error)
{
    if (m_practice)
        return true;
    auto* server = new PracticeServer(this);
    if (!server->start(0, 0, error)) {
        delete server;
        return false;
    }
    m_practice = server;
    if (m_mode == AccountMode::Practice && m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    return true;
}

MailgunClient* RecoverySession::client()
{
    if (!m_client)
        m_client = new MailgunClient(endpoints(), this);
    return m_client;
}

SecretStore* RecoverySession::secretStore()
{
    if (!m_secretStore)
        m_secretStore = new KeychainSecretStore(std::chrono::seconds(15), this);
    return m_secretStore;
}

void RecoverySession::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
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
    Q_EMIT connectionChanged();
}

void RecoverySession::setIncidentStart(const QDateTime& start)
{
    if (!start.isValid() || start == m_incidentStart)
        return;
    m_incidentStart = start.toUTC();
    m_journal->append(incidentStartType, {{u"start"_s, m_incidentStart.toString(Qt::ISODate)}});
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
    m_journal->append(itemConfirmedType, {{u"step"_s, recoveryStepId(step)},
                                          {u"item"_s, itemId},
                                          {u"confirmed"_s, confirmed},
                                          {u"practice"_s, m_mode == AccountMode::Practice}});
    Q_EMIT stepStateChanged(step);
}

bool RecoverySession::isStepDone(RecoveryStep step) const
{
    const StepGuide guide = stepGuide(step);
    if (guide.items.isEmpty())
        return false;
    for (const ChecklistItem& item : guide.items) {
        if (!isItemConfirmed(step, item.id))
            return false;
    }
    return true;
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
    if (!m_journal->startOver(error))
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
    const bool practising = m_mode == AccountMode::Practice;
    for (const Journal::Entry& entry : m_journal->entries()) {
        if (entry.type == itemConfirmedType && entry.data.value(u"practice"_s).toBool() == practising) {
            RecoveryStep step;
            if (!recoveryStepFromId(entry.data.value(u"step"_s).toString(), &step))
                continue;
            const QString item = entry.data.value(u"item"_s).toString();
            if (entry.data.value(u"confirmed"_s).toBool())
                m_confirmed[step].insert(item);
            else
                m_confirmed[step].remove(item);
        } else if (entry.type == incidentStartType) {
            const QDateTime start =
                QDateTime::fromString(entry.data.value(u"start"_s).toString(), Qt::ISODate);
            if (start.isValid())
                m_incidentStart = start;
        }
    }
}
