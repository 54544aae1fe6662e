// One login of step 3, step by step (the run around it: SmtpResetController.cpp). New
// password: the keychain entry that gets it is chosen (SmtpKeychain), written and read
// back, the journal records it, Mailgun gets it, and only then does it become the current
// entry. Each change at Mailgun has its "sent" entry in the journal first.
#include "mailgun/MailgunClient.h"
#include "mailgun/api/CredentialsApi.h"
#include "recovery/Journal.h"
#include "recovery/SmtpPassword.h"
#include "recovery/SmtpResetAnswers.h"
#include "recovery/SmtpResetController.h"

using namespace Qt::StringLiterals;
using SmtpResetAnswers::isAlreadySet;
using SmtpResetAnswers::isAmbiguous;
using SmtpResetAnswers::keychainIsDown;
using SmtpResetAnswers::refusesEverything;
using Slot = SmtpKeychain::Slot;
using State = SmtpResetProgress::LoginState;

namespace {

// A refusal that every further request would get too. A subaccount's 403 is about that
// subaccount alone (disabled, or not reachable on its behalf): the account's logins go on.
bool stopsTheRun(const SmtpLoginRow& row, const ApiError& error)
{
    return refusesEverything(error) && !(row.isSubaccounts() && error.kind == ApiError::Kind::Forbidden);
}

} // namespace

void SmtpResetController::runRow(const QString& key)
{
    const SmtpLoginRow row = m_plan.rows.at(m_rowIndex.value(key));
    const State state = m_progress.state(key);
    if (SmtpResetProgress::isDone(state)) {
        clearPendingCopy(row);
        return;
    }
    setRow(key, RowStatus::Working);
    if (row.action == SmtpLoginRow::Action::Delete) {
        sendDelete(row);
        return;
    }
    const bool waiting = state == State::Stored || state == State::UpdateSent || state == State::UpdateFailed;
    if (waiting && m_passwords.contains(key)) {
        sendUpdate(row);
        return;
    }
    // A password is waiting from an earlier run: Mailgun may already have it, so the same one
    // is sent again, read from the entry that holds it. Only if it is lost is a new one made.
    Slot slot = Slot::Current;
    if (!waiting || m_handOver || !m_progress.storedInKeychain.value(key) ||
        !SmtpKeychain::slotFromId(m_progress.slot.value(key), &slot)) {
        storeThenUpdate(row);
        return;
    }
    m_keychain->read(SmtpKeychain::entry(row, slot), [this, row, slot](const SecretStore::Result& read) {
        if (read.ok() && !read.value.isEmpty()) {
            m_passwords.insert(row.key(), read.value);
            m_slots.insert(row.key(), slot);
            sendUpdate(row);
        } else if (keychainIsDown(read.status)) {
            keychainFailed(row, read);
        } else {
            storeThenUpdate(row);
        }
    });
}

void SmtpResetController::clearPendingCopy(const SmtpLoginRow& row)
{
    // Done, but killed before the pending copy was removed: it equals the current entry.
    m_keychain->remove(SmtpKeychain::entry(row, Slot::Pending),
                       [this](const SecretStore::Result&) { rowFinished(); });
}

void SmtpResetController::storeThenUpdate(const SmtpLoginRow& row)
{
    if (m_handOver) {
        keychainFailed(row, {SecretStore::Status::Unavailable, {}, {}});
        return;
    }
    // An earlier password in the current entry stays there until Mailgun has the new one.
    m_keychain->read(SmtpKeychain::entry(row, Slot::Current), [this, row](const SecretStore::Result& read) {
        if (read.ok())
            reuseOrStorePending(row);
        else if (read.status == SecretStore::Status::NotFound)
            storeIn(row, Slot::Current);
        else
            keychainFailed(row, read);
    });
}

void SmtpResetController::reuseOrStorePending(const SmtpLoginRow& row)
{
    // A password left pending by a run this journal does not know (interrupted, then the
    // admin started over): Mailgun may already use it, so it is sent again, never
    // overwritten. Mailgun takes it, or answers that it is already the password.
    m_keychain->read(SmtpKeychain::entry(row, Slot::Pending),
                     [this, row](const SecretStore::Result& pending) {
                         if (pending.ok() && !pending.value.isEmpty())
                             recordStored(row, Slot::Pending, pending.value);
                         else if (pending.ok() || pending.status == SecretStore::Status::NotFound)
                             storeIn(row, Slot::Pending);
                         else
                             keychainFailed(row, pending);
                     });
}

void SmtpResetController::storeIn(const SmtpLoginRow& row, Slot slot)
{
    const Secret password = SmtpPassword::generate();
    m_keychain->storeVerified(SmtpKeychain::entry(row, slot), password,
                              [this, row, slot, password](const SecretStore::Result& stored) {
                                  if (!stored.ok()) {
                                      keychainFailed(row, stored);
                                      return;
                                  }
                                  recordStored(row, slot, password);
                              });
}

void SmtpResetController::recordStored(const SmtpLoginRow& row, Slot slot, const Secret& password)
{
    const QString key = row.key();
    QJsonObject data = rowData(row);
    data.insert(u"entry"_s, SmtpKeychain::slotId(slot));
    if (!journal(SmtpResetEntry::passwordStored, data)) {
        setRow(key, RowStatus::Failed,
               tr("The new password was not sent, because the record of your recovery could not be "
                  "saved. The old password still works."));
        rowFinished();
        return;
    }
    m_progress.states.insert(key, State::Stored);
    m_progress.storedInKeychain.insert(key, true);
    m_progress.slot.insert(key, SmtpKeychain::slotId(slot));
    m_passwords.insert(key, password);
    m_slots.insert(key, slot);
    sendUpdate(row);
}

void SmtpResetController::keychainFailed(const SmtpLoginRow& row, const SecretStore::Result& result)
{
    // Every other login would fail the same way: stop before changing anything more.
    if (keychainIsDown(result.status))
        stopRun(result.userMessage());
    setRow(row.key(), RowStatus::Failed,
           tr("The new password could not be saved in the keychain, so it was not sent. The old password "
              "still works.") +
               u' ' + result.userMessage());
    rowFinished();
}

void SmtpResetController::sendUpdate(const SmtpLoginRow& row)
{
    const QString key = row.key();
    if (!journal(SmtpResetEntry::updateSent, rowData(row))) {
        setRow(key, RowStatus::Failed,
               tr("The new password was not sent, because the record of your recovery could not be saved. "
                  "The old password still works."));
        rowFinished();
        return;
    }
    m_progress.states.insert(key, State::UpdateSent);
    MailgunClient* client = clientFor(row);
    if (!client) {
        setRow(key, RowStatus::Failed, tr("The new password was not sent; the old password still works."));
        rowFinished();
        return;
    }
    CredentialsApi(*client).changePassword(
        row.region, row.domain, row.login, m_passwords.value(key), this,
        [this, row, key](ApiResult<CredentialChange> result) {
            if (result.ok() || isAlreadySet(result.error)) {
                if (m_slots.contains(key) && m_slots.value(key) == Slot::Pending)
                    makeCurrent(row);
                else
                    passwordSet(row, false);
                return;
            }
            const bool ambiguous = isAmbiguous(result.error);
            QJsonObject data = rowData(row);
            data.insert(u"error"_s, result.error.code());
            data.insert(u"ambiguous"_s, ambiguous);
            journal(SmtpResetEntry::updateFailed, data);
            if (stopsTheRun(row, result.error))
                stopRun(result.error.userMessage());
            m_progress.states.insert(key, State::UpdateFailed);
            const QString message =
                ambiguous ? tr("Mailgun did not answer, so it is not known whether the new password is "
                               "active. Try again: the same new password will be sent.")
                          : tr("Mailgun did not accept the new password; the old one still works.") + u' ' +
                                result.error.userMessage();
            setRow(key, RowStatus::Failed, message, result.error, ambiguous);
            rowFinished();
        });
}

void SmtpResetController::makeCurrent(const SmtpLoginRow& row)
{
    const QString current = SmtpKeychain::entry(row, Slot::Current);
    m_keychain->storeVerified(
        current, m_passwords.value(row.key()), [this, row, current](const SecretStore::Result& stored) {
            if (stored.ok()) {
                passwordSet(row, true);
                return;
            }
            if (keychainIsDown(stored.status))
                stopRun(stored.userMessage());
            setRow(row.key(), RowStatus::Failed,
                   tr("Mailgun now uses the new password. It is in the keychain entry %1, but could not be "
                      "moved to the entry %2. Run the reset again to finish this login.")
                           .arg(SmtpKeychain::entry(row, Slot::Pending), current) +
                       u' ' + stored.userMessage());
            rowFinished();
        });
}

void SmtpResetController::passwordSet(const SmtpLoginRow& row, bool viaPending)
{
    const QString key = row.key();
    journal(SmtpResetEntry::passwordSet, rowData(row));
    m_progress.states.insert(key, State::PasswordSet);
    m_progress.slot.remove(key);
    setRow(key, RowStatus::PasswordSet);
    if (viaPending) {
        clearPendingCopy(row);
        return;
    }
    rowFinished();
}

void SmtpResetController::sendDelete(const SmtpLoginRow& row)
{
    const QString key = row.key();
    if (!journal(SmtpResetEntry::deleteSent, rowData(row))) {
        setRow(key, RowStatus::Failed,
               tr("The login was not deleted, because the record of your recovery could not be saved. It "
                  "still works."));
        rowFinished();
        return;
    }
    m_progress.states.insert(key, State::DeleteSent);
    MailgunClient* client = clientFor(row);
    if (!client) {
        setRow(key, RowStatus::Failed, tr("The login could not be deleted; it still works."));
        rowFinished();
        return;
    }
    CredentialsApi(*client).remove(row.region, row.domain, row.login, this,
                                   [this, row, key](ApiResult<QString> result) {
                                       // Not found: an earlier try deleted it and its answer was lost.
                                       if (result.ok() || result.error.kind == ApiError::Kind::NotFound) {
                                           journal(SmtpResetEntry::deleted, rowData(row));
                                           m_progress.states.insert(key, State::Deleted);
                                           setRow(key, RowStatus::Deleted);
                                       } else {
                                           QJsonObject data = rowData(row);
                                           data.insert(u"error"_s, result.error.code());
                                           journal(SmtpResetEntry::deleteFailed, data);
                                           if (stopsTheRun(row, result.error))
                                               stopRun(result.error.userMessage());
                                           m_progress.states.insert(key, State::DeleteFailed);
                                           setRow(key, RowStatus::Failed,
                                                  tr("The login could not be deleted; it still works.") +
                                                      u' ' + result.error.userMessage(),
                                                  result.error);
                                       }
                                       rowFinished();
                                   });
}
