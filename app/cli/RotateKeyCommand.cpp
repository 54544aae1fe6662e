#include "cli/RotateKeyCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/Confirmation.h"
#include "cli/ConsoleOutput.h"
#include "mailgun/UntrustedText.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"
#include "recovery/SecretEntries.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

RotateKeyCommand::RotateKeyCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void RotateKeyCommand::start()
{
    if (!openAccount())
        return;
    m_store = m_account->secretStore();
    m_controller = new KeyRotationController(m_account->client(), m_store, m_account->journal(), this);
    using Phase = KeyRotationController::Phase;
    connect(m_controller, &KeyRotationController::phaseChanged, this, [this](Phase phase) {
        if (m_options.json)
            return;
        if (phase == Phase::Creating)
            ConsoleOutput::status(tr("Creating the new key…"));
        else if (phase == Phase::Storing)
            ConsoleOutput::status(tr("Saving it in the keychain…"));
        else if (phase == Phase::Verifying)
            ConsoleOutput::status(tr("Checking the new key…"));
        else if (phase == Phase::Deleting)
            ConsoleOutput::status(tr("Deleting old keys…"));
    });
    connect(m_controller, &KeyRotationController::planReady, this, &RotateKeyCommand::confirmAndStart);
    connect(m_controller, &KeyRotationController::manualSaveNeeded, this,
            &RotateKeyCommand::onManualSaveNeeded);
    connect(m_controller, &KeyRotationController::notice, this,
            [](const QString& text) { ConsoleOutput::status(text); });
    connect(m_controller, &KeyRotationController::finished, this, [this] {
        // An old key that still works after its delete is not "done" (KeyRetest).
        const QList<KeyRetest::Result>& retested = m_controller->retestResults();
        const bool oldKeyAlive =
            !retested.isEmpty() && retested.first().outcome == KeyRetest::Outcome::StillWorks;
        report(m_controller->remainingIds().isEmpty() && !oldKeyAlive ? ExitDone : ExitFailed);
    });
    connect(m_controller, &KeyRotationController::failed, this,
            [this](const QString& message) { report(ExitFailed, message); });

    if (KeyRotationProgress::fromJournal(m_account->journal()->entries()).isUnfinished()) {
        ConsoleOutput::status(tr("A key replacement was interrupted; continuing it."));
        m_controller->resume();
        return;
    }
    m_controller->load(m_account->keyId(), m_account->incidentStart());
}

bool RotateKeyCommand::applyInUseChoice()
{
    const KeyRotationPlan& plan = m_controller->plan();
    const QString wanted = m_options.inUseKeyId;
    if (wanted.isEmpty() || plan.inUseId == wanted)
        return false;
    if (plan.inUseFound() && !plan.inUseChosen) {
        // The key's own tail names its entry: that is proof, and no option overrides it.
        ConsoleOutput::error(tr("The key you use is key %1: its own ending says so. --in-use-key-id %2 "
                                "does not match it, so nothing was changed.")
                                 .arg(plan.inUseId, wanted));
        finish(ExitUsage);
        return true;
    }
    if (m_controller->chooseInUse(wanted))
        return true; // recorded; planReady comes again with the choice
    if (m_controller->phase() == KeyRotationController::Phase::Failed)
        return true; // the journal could not record it: reported through `failed`
    ConsoleOutput::error(
        tr("None of your listed keys has the id %1, so nothing was changed. Run the command without "
           "--in-use-key-id to see the list.")
            .arg(wanted));
    finish(ExitUsage);
    return true;
}

void RotateKeyCommand::confirmAndStart()
{
    if (applyInUseChoice())
        return;
    const KeyRotationPlan& plan = m_controller->plan();
    //: First column of the key table on the command line: this key will be deleted.
    const QString deleteWord = tr("delete");
    //: First column of the key table on the command line: this key stays.
    const QString keepWord = tr("keep");
    const qsizetype wordWidth = std::max(deleteWord.size(), keepWord.size());
    QStringList lines;
    for (const KeyRotationCandidate& candidate : plan.candidates) {
        const KeyInfo& key = candidate.key;
        // Enough to recognise a key by: its id, kind, role, creation date and description.
        QString line = u"  %1  %2  %3 %4  %5"_s.arg(
            (plan.selected.contains(key.id) ? deleteWord : keepWord).leftJustified(wordWidth, u' '), key.id,
            key.kind, key.role, key.createdAt.toUTC().date().toString(Qt::ISODate));
        if (!key.description.isEmpty())
            line += u"  \""_s + UntrustedText::forDisplay(key.description) + u'"';
        if (candidate.inUse)
            line += u"  ("_s + (plan.inUseChosen ? tr("in use, as you said") : tr("in use")) + u')';
        if (candidate.recent)
            line += u"  ("_s + tr("new since the incident") + u')';
        if (candidate.leaked)
            line += u"  ("_s + tr("found exposed in step 1") + u')';
        else if (candidate.suspicious)
            line += u"  ("_s + tr("flagged in step 1") + u')';
        lines << line;
    }
    if (!m_options.json)
        ConsoleOutput::status(tr("Your API keys:") + u'\n' + lines.join(u'\n'));
    if (!plan.inUseFound())
        ConsoleOutput::status(
            tr("The program cannot tell which of these keys is the one you use: older keys (they start "
               "with \"key-\") do not show which entry is theirs. No key is marked as in use. If you know "
               "which one it is, run the command again with --in-use-key-id ID."));
    //: %2 is the word that marks a key for deletion in the table above.
    const QString question =
        tr("The program makes a new %1 key and saves it in the keychain. Then it deletes "
           "the %n old key(s) marked \"%2\".",
           nullptr, int(plan.selected.size()))
            .arg(plan.newKeyRole, deleteWord);
    if (!Confirmation::ask(question, m_options.yes)) {
        finish(ExitDeclined);
        return;
    }
    m_controller->start(plan.selected);
}

void RotateKeyCommand::onManualSaveNeeded(const QString& problem)
{
    const QString newId = m_controller->newKeyId();
    if (m_controller->newKey().isEmpty()) {
        // A restart after the key was shown: it cannot be shown again, only asked about.
        ConsoleOutput::status(problem);
        askSavedThenDelete(tr("Have you saved the new key %1 somewhere safe? Only then are the old keys "
                              "deleted.")
                               .arg(newId));
        return;
    }
    if (!m_options.printSecrets) {
        report(ExitFailed,
               problem + u' ' +
                   tr("No old key was deleted. Run the command again with --print-secrets to have the new "
                      "key printed once, or make the keychain available; the key made now is replaced "
                      "then."));
        return;
    }
    // The admin asked for the key on the terminal. It is printed, and the output flushed,
    // before anything records it as saved: killed in between, the admin still has it and
    // the old keys are all still there.
    ConsoleOutput::status(problem);
    if (m_options.json) {
        // One JSON document per run: the key goes out now, and the old keys are deleted by
        // the next run, which asks whether the key was saved.
        m_keyPrinted = true;
        m_reported = true;
        printResult(ExitFailed, tr("The new key is not in the keychain. Save the key printed here, then run "
                                   "the command again to delete the old keys."));
        if (!m_controller->markKeyShown())
            ConsoleOutput::error(m_controller->failureMessage());
        finish(ExitFailed);
        return;
    }
    ConsoleOutput::text(tr("The new key (shown once): %1").arg(m_controller->newKey().reveal()) + u'\n');
    m_keyPrinted = true;
    if (!m_controller->markKeyShown())
        return; // failed: reported through `failed`
    askSavedThenDelete(tr("Save the new key printed above somewhere safe (a password manager). Have you "
                          "saved it? Only then are the old keys deleted."));
}

void RotateKeyCommand::askSavedThenDelete(const QString& question)
{
    if (!Confirmation::ask(question, m_options.yes)) {
        report(ExitDeclined, tr("No old key was deleted. Run the command again once the new key is saved, "
                                "or with the new key itself (MAILGUN_API_KEY or --key-file)."));
        return;
    }
    m_controller->confirmSavedByHand();
}

void RotateKeyCommand::report(int exitCode, const QString& failure)
{
    if (m_reported)
        return;
    m_reported = true;
    printResult(exitCode, failure);
    finish(exitCode);
}

void RotateKeyCommand::printResult(int exitCode, const QString& failure)
{
    const QString newId = m_controller->newKeyId();
    const bool stored = m_controller->storedInKeychain();
    const QStringList deleted = m_controller->deletedIds();
    const QStringList remaining = m_controller->remainingIds();
    const bool showSecret =
        m_options.printSecrets && !m_controller->newKey().isEmpty() && (!m_keyPrinted || m_options.json);
    const bool savedByHand = !stored && m_controller->progress().savedByHand;
    if (m_options.json) {
        QJsonObject json{
            {u"done"_s, exitCode == ExitDone},
            {u"new_key_id"_s, newId.isEmpty() ? QJsonValue() : QJsonValue(newId)},
            {u"stored_in_keychain"_s, stored},
            {u"saved_by_hand"_s, savedByHand},
            {u"keychain_entry"_s, stored ? QJsonValue(SecretEntries::apiKey(newId)) : QJsonValue()},
            {u"deleted"_s, QJsonArray::fromStringList(deleted)},
            {u"remaining"_s, QJsonArray::fromStringList(remaining)}};
        if (!failure.isEmpty())
            json.insert(u"error"_s, failure);
        if (showSecret)
            json.insert(u"new_key"_s, m_controller->newKey().reveal());
        QJsonArray retested; // the old keys tried once more after the deletes, "still works" first
        for (const KeyRetest::Result& result : m_controller->retestResults())
            retested.append(QJsonObject{{u"id"_s, result.keyId},
                                        {u"origin"_s, result.origin},
                                        {u"outcome"_s, KeyRetest::outcomeId(result.outcome)},
                                        {u"status"_s, result.httpStatus},
                                        {u"at"_s, result.at.toUTC().toString(Qt::ISODate)}});
        json.insert(u"retest"_s, retested);
        ConsoleOutput::json(json);
    } else {
        QStringList lines;
        // An old key that still works is the first thing the admin reads.
        const QStringList retested = KeyRetest::sentences(m_controller->retestResults());
        const bool oldKeyAlive =
            !m_controller->retestResults().isEmpty() &&
            m_controller->retestResults().first().outcome == KeyRetest::Outcome::StillWorks;
        if (oldKeyAlive)
            lines << retested;
        if (!failure.isEmpty())
            lines << failure;
        if (!newId.isEmpty())
            lines << tr("New key: %1").arg(newId);
        if (stored)
            lines << tr("Kept in the keychain \"%1\", entry %2.")
                         .arg(m_store->serviceName(), SecretEntries::apiKey(newId));
        else if (savedByHand)
            lines << tr("Not kept in the keychain: you saved it yourself.");
        else if (!newId.isEmpty())
            lines << tr("Not kept in the keychain.");
        if (showSecret)
            lines << tr("The new key (shown once): %1").arg(m_controller->newKey().reveal());
        if (!deleted.isEmpty())
            lines << tr("Deleted: %1").arg(deleted.join(u", "_s));
        if (!remaining.isEmpty())
            lines << tr("Still alive, delete by hand in the Control Panel: %1").arg(remaining.join(u", "_s));
        if (!oldKeyAlive)
            lines << retested;
        if (exitCode == ExitDone)
            lines << tr("Now put the new key into every website and app that used the old one.");
        ConsoleOutput::text(lines.join(u'\n') + u'\n');
    }
}
