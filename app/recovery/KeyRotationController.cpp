#include "recovery/KeyRotationController.h"

#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/KeysApi.h"
#include "recovery/InUseKeyChoice.h"
#include "recovery/Journal.h"
#include "recovery/RecoveryLog.h"
#include "recovery/SecretEntries.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A lost answer leaves it unknown whether Mailgun created the key.
bool isAmbiguous(const ApiError& error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::ServerError;
}

constexpr int maxCreateAttempts = 3;

const char* phaseName(KeyRotationController::Phase phase)
{
    return QMetaEnum::fromType<KeyRotationController::Phase>().valueToKey(static_cast<int>(phase));
}

} // namespace

KeyRotationController::KeyRotationController(MailgunClient* client, SecretStore* store, Journal* journal,
                                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_journal(journal)
{}

QString KeyRotationController::descriptionFor(const QDate& date, const QString& marker)
{
    return u"Mailgun Recovery Assistant "_s + date.toString(Qt::ISODate) + u' ' + marker;
}

QString KeyRotationController::newMarker()
{
    QByteArray random(6, Qt::Uninitialized);
    for (char& byte : random)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return u"mra-"_s + QString::fromLatin1(random.toHex());
}

QStringList KeyRotationController::deletedIds() const
{
    QStringList ids(m_progress.deleted.cbegin(), m_progress.deleted.cend());
    ids.sort();
    return ids;
}

QStringList KeyRotationController::remainingIds() const
{
    QStringList ids;
    for (const QString& id : std::as_const(m_plan.selected)) {
        if (!m_progress.deleted.contains(id) && id != m_newKeyId)
            ids.append(id);
    }
    ids.sort();
    return ids;
}

void KeyRotationController::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    qCDebug(lcRecovery, "key rotation: %s", phaseName(phase));
    Q_EMIT phaseChanged(phase);
}

void KeyRotationController::fail(const QString& message, const ApiError& error)
{
    // The error's code only: its message may quote the server.
    if (error.isError())
        qCInfo(lcRecovery, "key rotation failed while %s: %s, HTTP %d", phaseName(m_phase),
               qUtf8Printable(error.code()), error.httpStatus);
    else
        qCInfo(lcRecovery, "key rotation failed while %s", phaseName(m_phase));
    m_error = error;
    m_failureMessage = error.isError() ? message + u' ' + error.userMessage() : message;
    setPhase(Phase::Failed);
    Q_EMIT failed(m_failureMessage);
}

bool KeyRotationController::journal(const QString& type, QJsonObject data)
{
    // The journal's entries hold key ids, never keys; the log repeats the type and the id.
    const QString id = data.value(u"id"_s).toString();
    qCDebug(lcRecovery, "key rotation: %s%s%s", qUtf8Printable(type), id.isEmpty() ? "" : " ",
            qUtf8Printable(id));
    QString error;
    if (m_journal->append(type, data, &error))
        return true;
    // Without the record a crash could not be resumed safely: stop before the next change.
    fail(tr("%1 The key replacement stopped before its next change, because a restart could not "
            "continue it safely without that record. Make room on the disk (or make the folder "
            "writable), then continue the replacement.")
             .arg(error));
    return false;
}

void KeyRotationController::load(const QString& inUseId, const QDateTime& incidentStart)
{
    setPhase(Phase::Loading);
    KeysApi(*m_client).list({}, {}, this, [this, inUseId, incidentStart](ApiResult<QList<KeyInfo>> result) {
        if (!result.ok()) {
            fail(tr("The list of API keys could not be read."), result.error);
            return;
        }
        m_listedKeys = result.value;
        m_incidentStart = incidentStart;
        // The key's tail, else the admin's recorded choice, else the caller's id if listed.
        auto inUse = InUseKeyChoice::resolve(m_listedKeys, m_client->apiKey(), m_journal->entries());
        if (inUse.id.isEmpty() && std::any_of(m_listedKeys.cbegin(), m_listedKeys.cend(),
                                              [&](const KeyInfo& key) { return key.id == inUseId; }))
            inUse.id = inUseId;
        m_plan = KeyRotationPlan::build(result.value, inUse.id, incidentStart,
                                        RecordedFindings::flaggedKeys(m_journal));
        if (inUse.chosen)
            m_plan.markInUseChosen();
        m_progress = KeyRotationProgress::fromJournal(m_journal->entries());
        qCDebug(lcRecovery, "key rotation plan: %lld keys, %lld selected, key in use %s",
                static_cast<long long>(m_plan.candidates.size()),
                static_cast<long long>(m_plan.selected.size()),
                m_plan.inUseFound() ? qUtf8Printable(m_plan.inUseId) : "not listed");
        setPhase(Phase::Ready);
        Q_EMIT planReady();
    });
}

void KeyRotationController::start(const QSet<QString>& toDelete)
{
    m_plan.selected = toDelete;
    QStringList ids(toDelete.cbegin(), toDelete.cend());
    ids.sort();
    QStringList accountIds;
    for (const KeyRotationCandidate& candidate : std::as_const(m_plan.candidates))
        accountIds.append(candidate.key.id);
    accountIds.sort();
    if (!journal(KeyRotationEntry::started, {{u"delete"_s, QJsonArray::fromStringList(ids)},
                                             {u"role"_s, m_plan.newKeyRole},
                                             {u"in_use"_s, m_plan.inUseId},
                                             {u"account_keys"_s, QJsonArray::fromStringList(accountIds)}}))
        return;
    m_progress = KeyRotationProgress::fromJournal(m_journal->entries());
    m_newKey.clear();
    m_newKeyId.clear();
    create();
}

void KeyRotationController::removeOrphansThenCreate()
{
    setPhase(Phase::Creating);
    KeysApi(*m_client).list({}, {}, this, [this](ApiResult<QList<KeyInfo>> result) {
        if (!result.ok()) {
            fail(tr("The list of API keys could not be read to check for a half-made key."), result.error);
            return;
        }
        QStringList orphans;
        for (const KeyInfo& key : std::as_const(result.value)) {
            const bool marked = std::any_of(
                m_progress.markers.cbegin(), m_progress.markers.cend(),
                [&](const QString& marker) { return !marker.isEmpty() && key.description.contains(marker); });
            // A key whose secret was never kept is of no use to anyone but an attacker. One
            // that was shown to the admin is never removed here: they may hold it.
            const bool isCreated = !m_progress.createdId.isEmpty() && key.id == m_progress.createdId;
            const bool unkept =
                isCreated && !m_progress.stored && !m_progress.shown && !m_progress.savedByHand;
            if ((marked && !isCreated) || unkept)
                orphans.append(key.id);
        }
        deleteOrphans(orphans);
    });
}

void KeyRotationController::deleteOrphans(QStringList ids)
{
    if (ids.isEmpty()) {
        create();
        return;
    }
    const QString id = ids.takeFirst();
    KeysApi(*m_client).remove(id, this, [this, id, ids](ApiResult<QString> result) {
        if (!result.ok() && result.error.kind != ApiError::Kind::NotFound) {
            fail(tr("A half-made key from an earlier try could not be deleted."), result.error);
            return;
        }
        if (journal(KeyRotationEntry::orphanDeleted, {{u"id"_s, id}}))
            deleteOrphans(ids);
    });
}

void KeyRotationController::create()
{
    setPhase(Phase::Creating);
    if (m_progress.markers.size() >= maxCreateAttempts) {
        fail(tr("Mailgun did not confirm the new key after several tries. No old key was deleted. "
                "Check your connection and try again later."),
             m_error);
        return;
    }
    const QString marker = newMarker();
    if (!journal(KeyRotationEntry::createSent, {{u"marker"_s, marker}}))
        return;
    m_progress.markers.insert(marker);
    m_progress.marker = marker;
    m_progress.createSent = true;

    NewKeySpec spec;
    spec.role = m_plan.newKeyRole;
    spec.kind = u"user"_s;
    spec.description = descriptionFor(QDate::currentDate(), marker);
    KeysApi(*m_client).create(spec, this, [this, marker](ApiResult<CreatedKey> result) {
        if (!result.ok()) {
            m_error = result.error;
            if (isAmbiguous(result.error)) {
                removeOrphansThenCreate(); // it may exist: find it by its marker first
                return;
            }
            fail(tr("The new API key could not be created. No old key was deleted."), result.error);
            return;
        }
        m_newKeyId = result.value.info.id;
        m_newKey = result.value.secret;
        m_progress.createdId = m_newKeyId;
        m_progress.stored = m_progress.shown = m_progress.savedByHand = m_progress.verified = false;
        if (!journal(KeyRotationEntry::created, {{u"id"_s, m_newKeyId}, {u"marker"_s, marker}}))
            return;
        Q_EMIT keyCreated(m_newKeyId);
        store();
    });
}

void KeyRotationController::store()
{
    setPhase(Phase::Storing);
    const QString entry = SecretEntries::apiKey(m_newKeyId);
    m_store->write(entry, m_newKey, this, [this, entry](const SecretStore::Result& written) {
        if (!written.ok()) {
            m_storeProblem = written.userMessage();
            if (journal(KeyRotationEntry::storeFailed,
                        {{u"id"_s, m_newKeyId}, {u"reason"_s, SecretStore::statusId(written.status)}}))
                verify();
            return;
        }
        // Read it back: only a key that can be read again counts as kept.
        m_store->read(entry, this, [this](const SecretStore::Result& readBack) {
            if (!readBack.ok() || !(readBack.value == m_newKey)) {
                m_storeProblem =
                    readBack.ok() ? tr("The keychain gave back a different key.") : readBack.userMessage();
                if (journal(KeyRotationEntry::storeFailed,
                            {{u"id"_s, m_newKeyId}, {u"reason"_s, u"read-back"_s}}))
                    verify();
                return;
            }
            m_progress.stored = true;
            m_inKeychain = true;
            if (journal(KeyRotationEntry::stored, {{u"id"_s, m_newKeyId}}))
                verify();
        });
    });
}

void KeyRotationController::verify(int attempt)
{
    setPhase(Phase::Verifying);
    if (attempt == 0)
        m_oldKey = m_client->apiKey();
    m_client->setApiKey(m_newKey);
    // A harmless authenticated read: the new key must list itself.
    KeysApi(*m_client).list({}, {}, this, [this, attempt](ApiResult<QList<KeyInfo>> result) {
        const bool listed =
            result.ok() && std::any_of(result.value.cbegin(), result.value.cend(),
                                       [this](const KeyInfo& key) { return key.id == m_newKeyId; });
        if (listed) {
            onVerified();
            return;
        }
        m_client->setApiKey(m_oldKey); // keep working with the key that still works
        // Mailgun is eventually consistent: a brand-new key may be refused, or not yet
        // listed (a 404 on something just made), for a few seconds. Other errors were
        // already retried by the client.
        const bool mayBeTooEarly = result.ok() || result.error.kind == ApiError::Kind::KeyRefused ||
                                   result.error.kind == ApiError::Kind::Forbidden ||
                                   result.error.kind == ApiError::Kind::NotFound;
        const int attempts = int(m_retryDelays.size()) + 1;
        if (mayBeTooEarly && attempt < m_retryDelays.size()) {
            const int delay = m_retryDelays.at(attempt);
            qCInfo(lcRecovery, "key rotation: new key not accepted yet (%s), check %d again in %d ms",
                   result.ok() ? "not listed" : qUtf8Printable(result.error.code()), attempt + 2, delay);
            Q_EMIT notice(tr("Mailgun has not accepted the new key yet, trying again in %n seconds "
                             "(attempt %1 of %2).",
                             "", std::max(1, (delay + 999) / 1000))
                              .arg(attempt + 2)
                              .arg(attempts));
            QTimer::singleShot(delay, this, [this, attempt] { verify(attempt + 1); });
            return;
        }
        if (mayBeTooEarly) {
            fail(tr("Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your "
                    "old key still works. Try again in a few minutes.",
                    "", attempt + 1)
                     .arg(m_newKeyId),
                 result.error);
            return;
        }
        fail(tr("The new key did not work when it was checked. No old key was deleted."), result.error);
    });
}

void KeyRotationController::onVerified()
{
    if (!m_progress.verified) {
        m_progress.verified = true;
        if (!journal(KeyRotationEntry::verified, {{u"id"_s, m_newKeyId}}))
            return;
    }
    if (m_progress.stored || m_progress.savedByHand) {
        deleteOldKeys();
    } else if (m_adminHoldsNewKey) {
        // Resumed with the new key itself: the admin holds it, and it just worked.
        m_progress.savedByHand = true;
        if (journal(KeyRotationEntry::savedByHand, {{u"id"_s, m_newKeyId}, {u"how"_s, u"key-in-use"_s}}))
            deleteOldKeys();
    } else {
        setPhase(Phase::AwaitingManualSave);
        Q_EMIT manualSaveNeeded(m_storeProblem);
    }
}

bool KeyRotationController::markKeyShown()
{
    if (m_phase != Phase::AwaitingManualSave || m_progress.shown)
        return m_phase != Phase::Failed;
    m_progress.shown = true;
    return journal(KeyRotationEntry::shown, {{u"id"_s, m_newKeyId}});
}

void KeyRotationController::confirmSavedByHand()
{
    if (m_phase != Phase::AwaitingManualSave)
        return;
    m_progress.savedByHand = true;
    if (journal(KeyRotationEntry::savedByHand, {{u"id"_s, m_newKeyId}}))
        deleteOldKeys();
}

void KeyRotationController::deleteOldKeys()
{
    setPhase(Phase::Deleting);
    m_deleteFailures.clear();
    QStringList queue = remainingIds();
    // The key in use goes last: until then the old way in still works if anything fails.
    std::stable_partition(queue.begin(), queue.end(),
                          [this](const QString& id) { return id != m_plan.inUseId; });
    deleteNext(queue);
}

void KeyRotationController::deleteNext(QStringList queue)
{
    if (queue.isEmpty()) {
        finish();
        return;
    }
    const QString id = queue.takeFirst();
    if (!journal(KeyRotationEntry::deleteSent, {{u"id"_s, id}}))
        return;
    KeysApi(*m_client).remove(id, this, [this, id, queue](ApiResult<QString> result) {
        if (result.ok() || result.error.kind == ApiError::Kind::NotFound) {
            m_progress.deleted.insert(id);
            if (!journal(KeyRotationEntry::deleted, {{u"id"_s, id}}))
                return;
            Q_EMIT keyDeleted(id);
        } else {
            m_error = result.error;
            m_deleteFailures.append(id);
            if (!journal(KeyRotationEntry::deleteFailed, {{u"id"_s, id}, {u"error"_s, result.error.code()}}))
                return;
        }
        deleteNext(queue);
    });
}

void KeyRotationController::finish()
{
    m_progress.finished = true;
    if (!journal(KeyRotationEntry::finished, {{u"id"_s, m_newKeyId},
                                              {u"deleted"_s, QJsonArray::fromStringList(deletedIds())},
                                              {u"remaining"_s, QJsonArray::fromStringList(remainingIds())}}))
        return;
    qCDebug(lcRecovery, "key rotation finished: new key %s, %lld deleted, %lld not deleted",
            qUtf8Printable(m_newKeyId), static_cast<long long>(m_progress.deleted.size()),
            static_cast<long long>(remainingIds().size()));
    retestOldKeys();
}
