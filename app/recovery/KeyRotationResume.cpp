// KeyRotationController's way back in after an interruption: the journal says how far the
// rotation got; the account, the keychain and Mailgun are checked again before it goes on.
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "recovery/KeyRotationAccountCheck.h"
#include "recovery/KeyRotationController.h"
#include "recovery/RecoveryLog.h"
#include "recovery/SecretEntries.h"
#include "secrets/SecretStore.h"

using namespace Qt::StringLiterals;

void KeyRotationController::resume()
{
    // The journal alone says where to go on: a restarted program may not be able to list
    // the keys with the key it has (the old one may already be deleted).
    m_progress = KeyRotationProgress::fromJournal(m_journal->entries());
    if (!m_progress.isUnfinished()) {
        fail(tr("There is no unfinished key replacement to continue."));
        return;
    }
    m_plan.selected = m_progress.toDelete;
    m_plan.inUseId = m_progress.inUseId;
    if (!m_progress.newKeyRole.isEmpty())
        m_plan.newKeyRole = m_progress.newKeyRole;
    m_newKeyId = m_progress.createdId;
    m_newKey.clear();
    m_inKeychain = false;
    qCInfo(lcRecovery, "key rotation resumed: new key %s, stored %d, shown %d, verified %d, %lld deleted",
           m_newKeyId.isEmpty() ? "not created" : qUtf8Printable(m_newKeyId), m_progress.stored,
           m_progress.shown, m_progress.verified, static_cast<long long>(m_progress.deleted.size()));
    setPhase(Phase::Loading);
    using Outcome = KeyRotationAccountCheck::Outcome;
    KeyRotationAccountCheck::run(m_client, m_progress, this, [this](Outcome outcome, const ApiError& error) {
        if (outcome == Outcome::OtherAccount) {
            fail(tr("The key you gave belongs to another Mailgun account than the key replacement that "
                    "was interrupted (or every key of that replacement has been deleted since). Nothing "
                    "was changed. To finish it, run it again with a key of the account it was for: the "
                    "key you used when it started, or the new key %1.")
                     .arg(m_newKeyId.isEmpty() ? tr("(not made yet)") : m_newKeyId));
            return;
        }
        if (outcome == Outcome::CannotTell) {
            fail(tr("The program could not check that the key you gave belongs to the account of the "
                    "interrupted key replacement, so it changed nothing."),
                 error);
            return;
        }
        continueResume();
    });
}

void KeyRotationController::continueResume()
{
    if (m_newKeyId.isEmpty()) {
        removeOrphansThenCreate();
        return;
    }
    // Run with the new key itself: the admin holds it. It is checked before any delete.
    if (KeyFormat::keyIdOf(m_client->apiKey().reveal()) == m_newKeyId) {
        m_adminHoldsNewKey = true;
        m_newKey = m_client->apiKey();
        verify();
        return;
    }
    if (m_progress.stored) {
        readStoredKeyThenVerify();
        return;
    }
    if (m_progress.verified && (m_progress.shown || m_progress.savedByHand)) {
        // Shown before the interruption and not kept here: a journal entry alone never
        // deletes anything, so the admin is asked again.
        setPhase(Phase::AwaitingManualSave);
        Q_EMIT manualSaveNeeded(tr("The new key %1 was shown before the program stopped. It is not in the "
                                   "keychain, so it cannot be shown again.")
                                    .arg(m_newKeyId));
        return;
    }
    // Never kept anywhere: nobody holds it, so it is replaced.
    removeOrphansThenCreate();
}

void KeyRotationController::readStoredKeyThenVerify()
{
    setPhase(Phase::Storing);
    m_store->read(SecretEntries::apiKey(m_newKeyId), this, [this](const SecretStore::Result& result) {
        const bool matches = result.ok() && KeyFormat::keyIdOf(result.value.reveal()) == m_newKeyId;
        if (matches) {
            m_newKey = result.value;
            m_inKeychain = true;
            verify(); // the key read back must still work before anything is deleted
            return;
        }
        qCInfo(lcRecovery, "key rotation: the stored new key could not be read back: %s",
               result.ok() ? "another key" : qUtf8Printable(SecretStore::statusId(result.status)));
        if (result.status == SecretStore::Status::NotFound) {
            // Gone from the keychain: nobody holds it any more. It is replaced like a key that
            // was never kept; the listing that starts that proves the key in use still works.
            m_progress.stored = false;
            Q_EMIT notice(tr("The new key %1 is no longer in the keychain. A new key is made to replace "
                             "it; no old key is deleted before that one is saved and checked.")
                              .arg(m_newKeyId));
            removeOrphansThenCreate();
            return;
        }
        fail(tr("The new key %1 could not be read back from the keychain \"%2\", so no old key was deleted. "
                "Unlock the keychain (or sign in to your desktop again), then continue the replacement. "
                "You can also continue it with the new key itself if you saved it elsewhere.")
                 .arg(m_newKeyId, m_store->serviceName()) +
             u' ' + (result.ok() ? tr("The keychain gave back a different key.") : result.userMessage()));
    });
}
