#pragma once

#include "recovery/Journal.h"
#include "recovery/RecoveryStep.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// What a restarted program needs to offer "continue where you left off", read from the
// journal alone (it holds no secrets): whether there is earlier work, when it was done,
// which steps are finished, where to go on, and which new API key step 2 left in the
// keychain. The practice account has a journal of its own, so this never mixes the two.
struct ResumeState
{
    bool hasEarlierWork = false;
    QDateTime startedAt;     // UTC; the first journal entry of this account
    QDateTime lastTouched;   // UTC; the last journal entry of this account
    QDateTime incidentStart; // UTC; invalid when the admin never set it
    QHash<RecoveryStep, QSet<QString>> confirmedItems;
    QList<RecoveryStep> doneSteps;                   // in order
    std::optional<RecoveryStep> firstUnfinishedStep; // empty when every step is done
    // The newest key that step 2 created, stored in the keychain (SecretEntries::apiKey)
    // and verified, unless the journal says it was deleted since. Empty if there is none.
    QString storedKeyId;
    bool keyRotationUnfinished = false; // step 2 stopped half way and can be finished

    bool isStepDone(RecoveryStep step) const { return doneSteps.contains(step); }

    // A few short sentences for the welcome page, relative to `now` ("Started 2 days ago.
    // Done: steps 1 and 2. Next: step 3, Reset SMTP passwords."). Empty without earlier work.
    QStringList summary(const QDateTime& now) const;

    static ResumeState fromJournal(const QList<Journal::Entry>& entries);
};
