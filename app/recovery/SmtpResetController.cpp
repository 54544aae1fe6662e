#include "recovery/SmtpResetController.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/api/CredentialsApi.h"
#include "recovery/Journal.h"
#include "recovery/SecretEntries.h"
#include "recovery/SmtpLoginLoader.h"
#include "recovery/SmtpPassword.h"
#include "recovery/SmtpResetAnswers.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using SmtpResetAnswers::isAlreadySet;
using SmtpResetAnswers::isAmbiguous;
using SmtpResetAnswers::keychainIsDown;
using SmtpResetAnswers::refusesEverything;

SmtpResetController::SmtpResetController(MailgunClient* client, SecretStore* store, Journal* journal,
                                         QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_journal(journal)
    , m_loader(new SmtpLoginLoader(client, this))
{
    connect(m_loader, &SmtpLoginLoader::loaded, this, &SmtpResetController::planLoaded);
    connect(m_loader, &SmtpLoginLoader::refused, this,
            [this](const ApiError& error) { fail(tr("The domains could not be read."), error); });
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

void SmtpResetController::journal(const QString& type, QJsonObject data)
{
    m_journal->append(type, data);
}

QJsonObject SmtpResetController::rowData(const SmtpLoginRow& row) const
{
    return {{u"region"_s, regionId(row.region)}, {u"domain"_s, row.domain}, {u"login"_s, row.login}};
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
    journal(SmtpResetEntry::started, {{u"rows"_s, rows}});
    m_progress = SmtpResetProgress::fromJournal(m_journal->entries());
    m_passwords.clear();
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
    QStringList keys;
    for (const SmtpLoginRow& row : std::as_const(m_plan.rows)) {
        const SmtpResetProgress::LoginState state = m_progress.state(row.key());
        if (SmtpResetProgress::isDone(state)) {
            RowResult done;
            done.status =
                state == SmtpResetProgress::LoginState::Deleted ? RowStatus::Deleted : RowStatus::PasswordSet;
            done.storedInKeychain = m_progress.storedInKeychain.value(row.key());
            m_results.insert(row.key(), done);
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
    const QStringList queue = m_queue;
    m_queue.clear();
    for (const QString& key : queue)
        setRow(key, RowStatus::Cancelled, tr("Not started: you stopped the reset."));
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
    m_rowIndex.clear();
    for (int i = 0; i < m_plan.rows.size(); ++i)
        m_rowIndex.insert(m_plan.rows.at(i).key(), i);
    m_failureMessage.clear();
    m_stopping = false;
    m_queue = keys;
    for (const QString& key : keys)
        setRow(key, RowStatus::Waiting);
    setPhase(Phase::Running);
    Q_EMIT progressChanged(doneCount(), static_cast<int>(m_plan.rows.size()));
    if (m_queue.isEmpty()) {
        finishRun();
        return;
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

void SmtpResetController::runRow(const QString& key)
{
    const SmtpLoginRow row = m_plan.rows.at(m_rowIndex.value(key));
    setRow(key, RowStatus::Working);
    if (row.action == SmtpLoginRow::Action::Delete) {
        sendDelete(row);
        return;
    }
    const SmtpResetProgress::LoginState state = m_progress.state(key);
    const bool pending = state == SmtpResetProgress::LoginState::Stored ||
                         state == SmtpResetProgress::LoginState::UpdateSent ||
                         state == SmtpResetProgress::LoginState::UpdateFailed;
    if (!pending) {
        storeThenUpdate(row);
        return;
    }
    // A password is waiting from an earlier try: Mailgun may already have it, so send the
    // same one again. Only if it is lost too is a new one made (and stored first).
    if (m_passwords.contains(key)) {
        sendUpdate(row);
        return;
    }
    if (!m_progress.storedInKeychain.value(key) || !m_store) {
        storeThenUpdate(row);
        return;
    }
    m_store->read(SecretEntries::smtp(row.region, row.login), this,
                  [this, row](const SecretStore::Result& read) {
                      if (read.ok() && !read.value.isEmpty()) {
                          m_passwords.insert(row.key(), read.value);
                          sendUpdate(row);
                      } else {
                          storeThenUpdate(row);
                      }
                  });
}

void SmtpResetController::storeThenUpdate(const SmtpLoginRow& row)
{
    const Secret password = SmtpPassword::generate();
    const QString key = row.key();
    auto stored = [this, row, key, password](const SecretStore::Result& written) {
        if (!written.ok()) {
            if (!m_allowWithoutKeychain) {
                // Every other login would fail the same way: stop before changing anything.
                if (keychainIsDown(written.status))
                    stopRun(written.userMessage());
                setRow(key, RowStatus::Failed,
                       tr("The new password could not be saved in the keychain, so it was not sent. The "
                          "old password still works.") +
                           u' ' + written.userMessage());
                rowFinished();
                return;
            }
            journal(SmtpResetEntry::passwordNotStored, rowData(row));
            m_progress.storedInKeychain.insert(key, false);
        } else {
            journal(SmtpResetEntry::passwordStored, rowData(row));
            m_progress.storedInKeychain.insert(key, true);
        }
        m_progress.states.insert(key, SmtpResetProgress::LoginState::Stored);
        m_passwords.insert(key, password);
        sendUpdate(row);
    };
    if (!m_store) {
        stored({SecretStore::Status::Unavailable, {}, {}});
        return;
    }
    m_store->write(SecretEntries::smtp(row.region, row.login), password, this, stored);
}

void SmtpResetController::sendUpdate(const SmtpLoginRow& row)
{
    const QString key = row.key();
    journal(SmtpResetEntry::updateSent, rowData(row));
    m_progress.states.insert(key, SmtpResetProgress::LoginState::UpdateSent);
    CredentialsApi(*m_client).changePassword(
        row.region, row.domain, row.login, m_passwords.value(key), this,
        [this, row, key](ApiResult<CredentialChange> result) {
            if (result.ok() || isAlreadySet(result.error)) {
                journal(SmtpResetEntry::passwordSet, rowData(row));
                m_progress.states.insert(key, SmtpResetProgress::LoginState::PasswordSet);
                setRow(key, RowStatus::PasswordSet);
            } else {
                const bool ambiguous = isAmbiguous(result.error);
                QJsonObject data = rowData(row);
                data.insert(u"error"_s, result.error.code());
                data.insert(u"ambiguous"_s, ambiguous);
                journal(SmtpResetEntry::updateFailed, data);
                if (refusesEverything(result.error))
                    stopRun(result.error.userMessage());
                m_progress.states.insert(key, SmtpResetProgress::LoginState::UpdateFailed);
                const QString message =
                    ambiguous ? tr("Mailgun did not answer, so it is not known whether the new password is "
                                   "active. Try again: the same new password will be sent.")
                              : tr("Mailgun did not accept the new password; the old one still works.") +
                                    u' ' + result.error.userMessage();
                setRow(key, RowStatus::Failed, message, result.error, ambiguous);
            }
            rowFinished();
        });
}

void SmtpResetController::sendDelete(const SmtpLoginRow& row)
{
    const QString key = row.key();
    journal(SmtpResetEntry::deleteSent, rowData(row));
    m_progress.states.insert(key, SmtpResetProgress::LoginState::DeleteSent);
    CredentialsApi(*m_client).remove(
        row.region, row.domain, row.login, this, [this, row, key](ApiResult<QString> result) {
            // Not found: an earlier try deleted it and its answer was lost.
            if (result.ok() || result.error.kind == ApiError::Kind::NotFound) {
                journal(SmtpResetEntry::deleted, rowData(row));
                m_progress.states.insert(key, SmtpResetProgress::LoginState::Deleted);
                setRow(key, RowStatus::Deleted);
            } else {
                QJsonObject data = rowData(row);
                data.insert(u"error"_s, result.error.code());
                journal(SmtpResetEntry::deleteFailed, data);
                if (refusesEverything(result.error))
                    stopRun(result.error.userMessage());
                m_progress.states.insert(key, SmtpResetProgress::LoginState::DeleteFailed);
                setRow(key, RowStatus::Failed,
                       tr("The login could not be deleted; it still works.") + u' ' +
                           result.error.userMessage(),
                       result.error);
            }
            rowFinished();
        });
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
        journal(SmtpResetEntry::finished, {{u"set"_s, set}, {u"deleted"_s, deleted}, {u"failed"_s, 0}});
        m_progress.finished = true;
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
