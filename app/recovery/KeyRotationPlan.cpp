#include "recovery/KeyRotationPlan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString adviceFor(const KeyRotationCandidate& candidate)
{
    const KeyInfo& key = candidate.key;
    if (candidate.leaked)
        return QCoreApplication::translate("KeyRotationPlan",
                                           "Step 1 found this key in %1. Anyone who saw it can use it: "
                                           "delete it.")
            .arg(candidate.foundIn);
    if (candidate.inUse)
        return QCoreApplication::translate(
            "KeyRotationPlan", "The key you gave this program. It may be the leaked one: delete it.");
    if (candidate.suspicious && key.kind != u"web"_s)
        return QCoreApplication::translate("KeyRotationPlan",
                                           "The account review in step 1 flagged this key: it is new or was "
                                           "made by someone who is not a user of the account. Delete it "
                                           "unless you know who made it.");
    if (key.kind == u"web"_s)
        return QCoreApplication::translate(
            "KeyRotationPlan", "A sign-in session of the Control Panel. It ends by itself within a "
                               "day; signing out everywhere ends it now.");
    if (key.kind == u"domain"_s)
        return QCoreApplication::translate(
                   "KeyRotationPlan",
                   "A sending key for %1. It can only send email for that domain. Replace it in the "
                   "Control Panel if it may have leaked too.")
            .arg(key.domainName);
    if (key.role == u"admin"_s || key.role == u"developer"_s)
        return QCoreApplication::translate(
            "KeyRotationPlan", "A key that can change your account. Delete it unless you are sure "
                               "it did not leak; you can make a new one later.");
    return QCoreApplication::translate("KeyRotationPlan",
                                       "A key that can read your account. Delete it if you do not know who "
                                       "uses it.");
}

} // namespace

KeyRotationPlan KeyRotationPlan::build(const QList<KeyInfo>& keys, const QString& inUseId,
                                       const QDateTime& incidentStart,
                                       const QHash<QString, RecordedFindings::FlaggedKey>& flagged)
{
    KeyRotationPlan plan;
    plan.newKeyRole = u"admin"_s;
    for (const KeyInfo& key : keys) {
        KeyRotationCandidate candidate;
        candidate.key = key;
        candidate.inUse = !inUseId.isEmpty() && key.id == inUseId;
        candidate.recent =
            incidentStart.isValid() && key.createdAt.isValid() && key.createdAt > incidentStart;
        const auto found = flagged.constFind(key.id);
        if (found != flagged.cend()) {
            candidate.leaked = found->leaked;
            candidate.suspicious = found->suspicious;
            candidate.foundIn = found->where;
        }
        // Every key that can change the account is a way back in for the attacker. Sending
        // and session keys are listed with advice: deleting them here could stop mail.
        const bool powerfulUserKey =
            key.kind == u"user"_s && (key.role == u"admin"_s || key.role == u"developer"_s);
        candidate.selectedByDefault =
            candidate.inUse || candidate.leaked || (powerfulUserKey && !key.isDisabled) ||
            (candidate.recent && key.kind == u"user"_s) || (candidate.suspicious && key.kind != u"web"_s);
        candidate.advice = adviceFor(candidate);
        if (candidate.inUse) {
            plan.inUseId = key.id;
            if (!key.role.isEmpty() && key.role != u"sending"_s)
                plan.newKeyRole = key.role;
        }
        if (candidate.selectedByDefault)
            plan.selected.insert(key.id);
        plan.candidates.append(candidate);
    }
    return plan;
}

void KeyRotationPlan::markInUseChosen()
{
    inUseChosen = true;
    for (KeyRotationCandidate& candidate : candidates) {
        if (candidate.inUse && !candidate.leaked)
            candidate.advice = QCoreApplication::translate(
                "KeyRotationPlan", "You said this is the key you gave this program. It may be the leaked "
                                   "one: delete it.");
    }
}
