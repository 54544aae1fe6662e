#include "recovery/ExtraKeyRegeneration.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/api/KeysApi.h"
#include "mailgun/api/SigningKeyApi.h"
#include "recovery/Journal.h"
#include "secrets/SecretStore.h"

using namespace Qt::StringLiterals;

ExtraKeyRegeneration::ExtraKeyRegeneration(MailgunClient* client, SecretStore* store, Journal* journal,
                                           QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_journal(journal)
{}

QString ExtraKeyRegeneration::keychainEntry(Kind kind)
{
    return kind == Kind::PublicKey ? u"public-key"_s : u"webhook-signing-key"_s;
}

QString ExtraKeyRegeneration::journalType(Kind kind)
{
    return kind == Kind::PublicKey ? u"public-key-regenerated"_s : u"signing-key-regenerated"_s;
}

void ExtraKeyRegeneration::regenerate(Kind kind)
{
    if (m_busy || !m_client)
        return;
    if (!m_unrecordedType.isEmpty()) {
        QString error;
        if (!m_journal->append(m_unrecordedType, {}, &error)) {
            Result refused;
            refused.kind = kind;
            refused.failure = tr("Nothing was replaced, because the record of your recovery cannot be "
                                 "saved: %1 Make room on the disk (or make the folder writable), then try "
                                 "again.")
                                  .arg(error);
            Q_EMIT finished(refused);
            return;
        }
        m_unrecordedType.clear();
    }
    m_busy = true;
    auto done = [this, kind](ApiResult<Secret> answer) {
        Result result;
        result.kind = kind;
        if (!answer.ok()) {
            result.error = answer.error;
            result.failure = (kind == Kind::PublicKey ? tr("The public validation key was not replaced.")
                                                      : tr("The webhook signing key was not replaced.")) +
                             u' ' + answer.error.userMessage();
            m_busy = false;
            Q_EMIT finished(result);
            return;
        }
        result.ok = true;
        result.value = answer.value;
        QString error;
        if (!m_journal->append(journalType(kind), {}, &error)) {
            // Done on the account already: the value is still kept and shown, and nothing
            // else changes until the entry is recorded.
            m_unrecordedType = journalType(kind);
            result.journalProblem =
                tr("The record of your recovery could not be saved, so the report will not list this "
                   "change yet: %1")
                    .arg(error);
        }
        store(result);
    };
    if (kind == Kind::PublicKey)
        KeysApi(*m_client).regeneratePublicKey(this, done);
    else
        SigningKeyApi(*m_client).regenerate(this, done);
}

void ExtraKeyRegeneration::store(Result result)
{
    if (!m_store) {
        result.storeProblem = tr("No keychain is available.");
        m_busy = false;
        Q_EMIT finished(result);
        return;
    }
    m_store->write(keychainEntry(result.kind), result.value, this,
                   [this, result](const SecretStore::Result& written) {
                       Result final = result;
                       final.stored = written.ok();
                       if (!written.ok())
                           final.storeProblem = written.userMessage();
                       m_busy = false;
                       Q_EMIT finished(final);
                   });
}
