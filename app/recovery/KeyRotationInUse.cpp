// KeyRotationController's in-use choice: which listed key the admin says is the one the
// program runs with, when the key's tail names none (docs/mailgun-behaviour.md, point 3).
#include "mailgun/MailgunClient.h"
#include "recovery/InUseKeyChoice.h"
#include "recovery/KeyRotationController.h"
#include "recovery/RecordedFindings.h"
#include "recovery/RecoveryLog.h"

#include <algorithm>

bool KeyRotationController::chooseInUse(const QString& id)
{
    if (m_phase != Phase::Ready || !m_client)
        return false;
    // A tail match is proof: nobody's choice overrides it.
    if (KeyInfo::findBySecret(m_listedKeys, m_client->apiKey().reveal()))
        return false;
    const bool listed = std::any_of(m_listedKeys.cbegin(), m_listedKeys.cend(),
                                    [&](const KeyInfo& key) { return key.id == id; });
    if (id.isEmpty() || !listed)
        return false;
    if (!journal(InUseKeyChoice::entryType, InUseKeyChoice::entryData(m_client->apiKey(), id)))
        return false;
    qCInfo(lcRecovery, "key rotation: the admin says key %s is the one in use", qUtf8Printable(id));
    m_plan =
        KeyRotationPlan::build(m_listedKeys, id, m_incidentStart, RecordedFindings::flaggedKeys(m_journal));
    m_plan.markInUseChosen();
    Q_EMIT planReady();
    return true;
}
