#include "recovery/SmtpResetController.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/SubaccountClients.h"
#include "recovery/Journal.h"
#include "recovery/SmtpLoginLoader.h"
#include "recovery/SmtpPassword.h"
#include "recovery/SmtpResetAnswers.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using SmtpResetAnswers::keychainIsDown;

SmtpResetController::SmtpResetController(MailgunClient* client, SecretStore* store, Journal* journal,
                                         QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_journal(journal)
    , m_loader(new SmtpLoginLoader(client, this))
    , m_keychain(new SmtpKeychain(store, this))
    , m_subaccountClients(new SubaccountClients(client, this))
{
    connect(m_loader, &SmtpLoginLoader::loaded, this, &SmtpResetController::planLoaded);
    connect(m_loader, &SmtpLoginLoader::refused, this,
            [this](const ApiError& error) { fail(tr("The domains could not be read."), error); });
}

MailgunClient* SmtpResetController::clientFor(const SmtpLoginRow& row) const
{
    return m_subaccountClients->client(row.subaccountId);
}

void SmtpResetController::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void SmtpResetController::fail(const QString& message, const ApiError& error)
{
    m_failureMessage = error.isError() ? message + u' ' + error.userMessage() : message;
    setPhase(Phase::Failed);
    Q_EMIT failed(m_failureMessage);
}

void SmtpResetController::setKeychainTimeout(std::chrono::milliseconds timeout)
{
    m_keychain->setTimeout(timeout);
}

QString SmtpResetController::journalProblem(const QString& error)
{
    return tr("The record of your recovery could not be saved (%1). Check that the disk is not full and "
              "that the folder may be written to, then run the reset again.")
        .arg(error);
}

bool SmtpResetController::journal(const QString& type, const QJsonObject& data)
{
    QString error;
    if (m_journal->append(type, data, &error))
        return true;
    stopRun(journalProblem(error));
    return false;
}

QJsonObject SmtpResetController::rowData(const SmtpLoginRow& row) const
{
    QJsonObject data{{u"region"_s, regionId(row.region)}, {u"domain"_s, row.domain}, {u"login"_s, row.login}};
    if (row.isSubaccounts()) {
        data.insert(u"subaccount_id"_s, row.subaccountId);
        data.insert(u"subaccount"_s, row.subaccountName);
    }
    return data;
}

void SmtpResetController::load(const QDateTime& incidentStart)
{
    setPhase(Phase::Loading);
    m_incidentStart = incidentStart;
    m_plan = {};
    m_loader->start();
}

void SmtpResetController::planLoaded(const QList<SmtpLoginRow>& rows, const QStringList& unreadable)
{
    m_plan = SmtpResetPlan::build(rows, m_incidentStart);
    m_plan.unreadable = unreadable;
    m_progress = SmtpResetProgress::fromJournal(m_journal->entries());
    // Logins deleted on purpose are chosen for deletion again if they reappear; nothing else
    // is carried over from an earlier run.
    setPhase(Phase::Ready);
    Q_EMIT planReady();
}

void SmtpResetController::start()
{
    QJsonArray rows;
    for (const SmtpLoginRow& row : std::as_const(m_plan.rows)) {
        QJsonObject data = rowData(row);
        data.insert(u"action"_s,
                    row.action == SmtpLoginRow::Action::Delete ? u"delete"_s : u"new-password"_s);
        data.insert(u"recent"_s, row.recent);
        rows.append(data);
    }
    QString error;
    if (!m_journal->append(SmtpResetEntry::started, {{u"rows"_s, rows}}, &error)) {
        fail(journalProblem(error));
        return;
    }
    m_progress = SmtpResetProgress::fromJournal(m_journal->entries());
    m_passwords.clear();
    m_slots.clear();
    m_results.clear();
    QStringList keys;
    for (const SmtpLoginRow& row : std::as_const(m_plan.rows))
        keys.append(row.key());
    run(keys);
}

void SmtpResetController::resume()
{
    m_progress = SmtpResetProgress::fromJournal(m_journal->entries());
    if (!m_progress.isUnfinished()) {
        fail(tr("There is no unfinished SMTP password reset to continue."));
        return;
    }
    m_plan.rows = m_progress.plan.rows;
    m_plan.unreadable.clear();
    m_results.clear();
    m_passwords.clear();
    m_slots.clear();
    QStringList keys;
    for (const SmtpLoginRow& row : std::as_const(m_plan.rows)) {
        const SmtpResetProgress::LoginState state = m_progress.state(row.key());
        if (SmtpResetProgress::isDone(state)) {
            RowResult done;
            done.status =
                state == SmtpResetProgress::LoginState::Deleted ? RowStatus::Deleted : RowStatus::PasswordSet;
            done.storedInKeychain = m_progress.storedInKeychain.value(row.key());
            m_results.insert(row.key(), done);
            // Killed before the pending copy was cleared: clear it now.
            if (m_progress.pendingLeft.contains(row.key()))
                keys.append(row.key());
        } else {
            keys.append(row.key());
        }
    }
    run(keys);
}

void SmtpResetController::retryFailed()
{
    QStringList keys;
    for (const SmtpLoginRow& row : std::as_const(m_plan.rows)) {
        const RowStatus status = m_results.value(row.key()).status;
        if (status == RowStatus::Failed || status == RowStatus::Cancelled || status == RowStatus::Waiting)
            keys.append(row.key());
    }
    run(keys);
}

void SmtpResetController::cancel()
{
    if (m_phase != Phase::Running)
        return;
    m_stopping = true;
    m_waitingForSave = false;
    const QStringList queue = m_queue;
    m_queue.clear();
    for (const QString& key : queue) {
        if (!SmtpResetProgress::isDone(m_progress.state(key)))
            setRow(key, RowStatus::Cancelled, tr("Not started: you stopped the reset."));
    }
    if (m_running == 0)
        finishRun();
}

void SmtpResetController::stopRun(const QString& reason)
{
    if (m_stopping)
        return;
    m_failureMessage = reason;
    cancel();
}

void SmtpResetController::run(const QStringList& keys)
{
    if (m_keychain->hasTimedOut()) {
        // A write given up on may still land in the keychain: only a new process is safe.
        fail(tr("The keychain stopped answering earlier. Close the assistant, unlock the keychain if it "
                "asks, and start again: the reset goes on where it stopped."));
        return;
    }
    m_rowIndex.clear();
    for (int i = 0; i < m_plan.rows.size(); ++i)
        m_rowIndex.insert(m_plan.rows.at(i).key(), i);
    m_failureMessage.clear();
    m_stopping = false;
    m_handOver = false;
    m_waitingForSave = false;
    m_queue = keys;
    for (const QString& key : keys) {
        if (!SmtpResetProgress::isDone(m_progress.state(key)))
            setRow(key, RowStatus::Waiting);
    }
    setPhase(Phase::Running);
    Q_EMIT progressChanged(doneCount(), static_cast<int>(m_plan.rows.size()));
    if (m_queue.isEmpty()) {
        finishRun();
        return;
    }
    chooseKeychainOrHandOver();
}

void SmtpResetController::chooseKeychainOrHandOver()
{
    const SmtpLoginRow* probe = nullptr;
    for (const QString& key : std::as_const(m_queue)) {
        const SmtpLoginRow& row = m_plan.rows.at(m_rowIndex.value(key));
        if (row.action == SmtpLoginRow::Action::NewPassword &&
            !SmtpResetProgress::isDone(m_progress.state(key)) && !m_passwords.contains(key)) {
            probe = &row;
            break;
        }
    }
    if (!probe) {
        startMore();
        return;
    }
    // One read tells whether there is a keychain to keep the passwords in at all.
    m_keychain->read(SmtpKeychain::entry(*probe, SmtpKeychain::Slot::Current),
                     [this](const SecretStore::Result& read) {
                         if (m_phase != Phase::Running || m_stopping)
                             return;
                         if (!keychainIsDown(read.status)) {
                             startMore();
                         } else if (m_allowWithoutKeychain) {
                             m_handOver = true;
                             handOver();
                         } else {
                             stopRun(read.status == SecretStore::Status::Unavailable
                                         ? tr("No keychain (the password store of your computer) is "
                                              "running, so no password was changed. Start or unlock "
                                              "it and try again.")
                                         : read.userMessage());
                         }
                     });
}

void SmtpResetController::handOver()
{
    m_toSave.clear();
    for (const QString& key : std::as_const(m_queue)) {
        const SmtpLoginRow& row = m_plan.rows.at(m_rowIndex.value(key));
        if (row.action != SmtpLoginRow::Action::NewPassword ||
            SmtpResetProgress::isDone(m_progress.state(key)) || m_passwords.contains(key))
            continue;
        // A password shown by an earlier run is not known here: a new one is shown and sent.
        m_passwords.insert(key, SmtpPassword::generate());
        m_slots.remove(key);
        m_toSave.append(key);
    }
    if (m_toSave.isEmpty()) {
        startMore();
        return;
    }
    m_waitingForSave = true;
    Q_EMIT passwordsToSave(m_toSave);
}

void SmtpResetController::confirmPasswordsSaved(bool saved)
{
    if (!m_waitingForSave)
        return;
    m_waitingForSave = false;
    if (!saved) {
        for (const QString& key : std::as_const(m_toSave))
            m_passwords.remove(key);
        stopRun(tr("You did not confirm that the new passwords are saved, so none was sent. The old "
                   "passwords still work."));
        return;
    }
    for (const QString& key : std::as_const(m_toSave)) {
        QJsonObject data = rowData(m_plan.rows.at(m_rowIndex.value(key)));
        data.insert(u"saved_by_hand"_s, true);
        if (!journal(SmtpResetEntry::passwordNotStored, data))
            return;
        m_progress.states.insert(key, SmtpResetProgress::LoginState::Stored);
        m_progress.storedInKeychain.insert(key, false);
        m_progress.slot.remove(key);
    }
    startMore();
}

void SmtpResetController::startMore()
{
    while (!m_stopping && m_running < m_maxParallel && !m_queue.isEmpty()) {
        ++m_running;
        runRow(m_queue.takeFirst());
    }
}

void SmtpResetController::setRow(const QString& key, RowStatus status, const QString& message,
                                 const ApiError& error, bool ambiguous)
{
    RowResult& result = m_results[key];
    result.status = status;
    result.message = message;
    result.error = error;
    result.ambiguous = ambiguous;
    result.storedInKeychain = m_progress.storedInKeychain.value(key);
    const int index = m_rowIndex.value(key, -1);
    if (index >= 0)
        Q_EMIT rowChanged(index);
}

void SmtpResetController::rowFinished()
{
    --m_running;
    Q_EMIT progressChanged(doneCount(), static_cast<int>(m_plan.rows.size()));
    startMore();
    if (m_running == 0 && m_queue.isEmpty())
        finishRun();
}

void SmtpResetController::finishRun()
{
    if (m_phase != Phase::Running)
        return;
    if (isComplete()) {
        int set = 0;
        int deleted = 0;
        for (const RowResult& result : std::as_const(m_results)) {
            set += result.status == RowStatus::PasswordSet ? 1 : 0;
            deleted += result.status == RowStatus::Deleted ? 1 : 0;
        }
        QString error;
        if (m_journal->append(SmtpResetEntry::finished,
                              {{u"set"_s, set}, {u"deleted"_s, deleted}, {u"failed"_s, 0}}, &error))
            m_progress.finished = true;
        else if (m_failureMessage.isEmpty())
            m_failureMessage = journalProblem(error);
    }
    if (!m_failureMessage.isEmpty()) {
        const QString reason = m_failureMessage;
        fail(tr("The reset stopped before changing anything more.") + u' ' + reason);
        return;
    }
    setPhase(Phase::Finished);
    Q_EMIT finished();
}

int SmtpResetController::doneCount() const
{
    int done = 0;
    for (const RowResult& result : std::as_const(m_results))
        done += (result.status == RowStatus::PasswordSet || result.status == RowStatus::Deleted) ? 1 : 0;
    return done;
}

int SmtpResetController::lateKeychainAnswers() const
{
    return m_keychain->lateAnswers();
}

int SmtpResetController::failedCount() const
{
    int failed = 0;
    for (const RowResult& result : std::as_const(m_results))
        failed += (result.status == RowStatus::Failed || result.status == RowStatus::Cancelled) ? 1 : 0;
    return failed;
}

bool SmtpResetController::isComplete() const
{
    for (const SmtpLoginRow& row : std::as_const(m_plan.rows)) {
        const RowStatus status = m_results.value(row.key()).status;
        if (status != RowStatus::PasswordSet && status != RowStatus::Deleted)
            return false;
    }
    return true;
}
