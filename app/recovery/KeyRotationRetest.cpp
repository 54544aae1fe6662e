// KeyRotationController's last part: after the deletes, the old keys this run still holds
// are tried once more (KeyRetest), so the admin and the report know they are dead.
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "recovery/KeyRotationController.h"

using namespace Qt::StringLiterals;

void KeyRotationController::retestOldKeys()
{
    QList<KeyRetest::Candidate> candidates;
    QSet<QString> ids;
    // The key this run worked with before the switch, when it was one of the deleted keys.
    const QString oldId = m_oldKey.isEmpty() ? QString() : KeyFormat::keyIdOf(m_oldKey.reveal());
    if (!oldId.isEmpty() && m_progress.deleted.contains(oldId)) {
        candidates.append({oldId, m_oldKey, u"entered"_s, false});
        ids.insert(oldId);
    }
    for (const KeyRetest::Candidate& found : std::as_const(m_foundKeys)) {
        if (!found.keyId.isEmpty() && found.keyId != m_newKeyId && !ids.contains(found.keyId)) {
            candidates.append(found);
            ids.insert(found.keyId);
        }
    }
    m_retestResults.clear();
    if (candidates.isEmpty()) {
        setPhase(Phase::Finished);
        Q_EMIT finished();
        return;
    }
    Q_EMIT notice(tr("Trying the old keys once more, to prove Mailgun refuses them."));
    auto* retest = new KeyRetest(m_client, m_journal, this);
    connect(retest, &KeyRetest::finished, this, [this, retest] {
        m_retestResults = retest->results();
        retest->deleteLater();
        setPhase(Phase::Finished);
        Q_EMIT finished();
    });
    retest->run(m_newKey.isEmpty() ? m_client->apiKey() : m_newKey, candidates);
}
