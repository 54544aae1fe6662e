#include "recovery/ResumeState.h"

#include "recovery/ConfirmedItems.h"
#include "recovery/IncidentStart.h"
#include "recovery/KeyRotationProgress.h"
#include "recovery/StepGuide.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// "1 and 2", "1, 2 and 4" in the user's language; the "C" locale (no language set) lists
// without "and", so it gets the English of the untranslated texts.
QString listOfNumbers(const QStringList& numbers)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates).createSeparatedList(numbers);
    return locale.createSeparatedList(numbers);
}

int daysBetween(const QDateTime& earlier, const QDateTime& now)
{
    return int(earlier.toLocalTime().date().daysTo(now.toLocalTime().date()));
}

// Keys step 2 created and stored, newest last, minus those deleted since: a later
// replacement deletes the key an earlier one stored.
QString newestStoredKey(const QList<Journal::Entry>& entries)
{
    QSet<QString> stored;
    QStringList verified;
    QSet<QString> deleted;
    for (const Journal::Entry& entry : entries) {
        if (!entry.type.startsWith(u"key-"_s))
            continue;
        const QString id = entry.data.value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        if (entry.type == KeyRotationEntry::stored) {
            stored.insert(id);
        } else if (entry.type == KeyRotationEntry::verified) {
            verified.removeAll(id);
            verified.append(id);
        } else if (entry.type == KeyRotationEntry::deleted || entry.type == KeyRotationEntry::orphanDeleted) {
            deleted.insert(id);
        }
    }
    for (auto it = verified.crbegin(); it != verified.crend(); ++it) {
        if (stored.contains(*it) && !deleted.contains(*it))
            return *it;
    }
    return {};
}

} // namespace

ResumeState ResumeState::fromJournal(const QList<Journal::Entry>& entries)
{
    ResumeState state;
    state.incidentStart = IncidentStart::lastRecorded(entries);
    for (const Journal::Entry& entry : entries) {
        state.hasEarlierWork = true;
        if (!state.startedAt.isValid())
            state.startedAt = entry.time;
        state.lastTouched = entry.time;
        ConfirmedItemsJournal::apply(entry, state.confirmedItems);
    }

    // Done exactly as RecoverySession::isStepDone says: every item of the step's guide.
    for (RecoveryStep step : allRecoverySteps()) {
        if (ConfirmedItemsJournal::isStepDone(state.confirmedItems, step))
            state.doneSteps.append(step);
        else if (!state.firstUnfinishedStep)
            state.firstUnfinishedStep = step;
    }

    state.storedKeyId = newestStoredKey(entries);
    state.keyRotationUnfinished = KeyRotationProgress::fromJournal(entries).isUnfinished();
    return state;
}

QStringList ResumeState::summary(const QDateTime& now) const
{
    if (!hasEarlierWork)
        return {};
    QStringList lines;

    const int startedDays = daysBetween(startedAt, now);
    if (startedDays <= 0)
        lines << QCoreApplication::translate("ResumeState", "Started today.");
    else if (startedDays == 1)
        lines << QCoreApplication::translate("ResumeState", "Started yesterday.");
    else
        lines << QCoreApplication::translate("ResumeState", "Started %n days ago.", nullptr, startedDays);

    const int touchedDays = daysBetween(lastTouched, now);
    if (touchedDays != startedDays) {
        if (touchedDays <= 0)
            lines << QCoreApplication::translate("ResumeState", "You last worked on it today.");
        else if (touchedDays == 1)
            lines << QCoreApplication::translate("ResumeState", "You last worked on it yesterday.");
        else
            lines << QCoreApplication::translate("ResumeState", "You last worked on it %n days ago.", nullptr,
                                                 touchedDays);
    }

    QStringList numbers;
    for (RecoveryStep step : doneSteps)
        numbers << QString::number(int(step) + 1);
    const int stepCount = int(allRecoverySteps().size());
    if (doneSteps.isEmpty())
        lines << QCoreApplication::translate("ResumeState", "No step is finished yet.");
    else if (doneSteps.size() == stepCount)
        lines << QCoreApplication::translate("ResumeState", "All %n steps are done.", nullptr, stepCount);
    else if (doneSteps.size() == 1)
        lines << QCoreApplication::translate("ResumeState", "Done: step %1.").arg(numbers.constFirst());
    else
        lines << QCoreApplication::translate("ResumeState", "Done: steps %1.").arg(listOfNumbers(numbers));

    if (keyRotationUnfinished) {
        lines << QCoreApplication::translate("ResumeState", "Replacing the API key stopped half way. The "
                                                            "assistant will help you finish it safely.");
    }

    if (firstUnfinishedStep) {
        lines << QCoreApplication::translate("ResumeState", "Next: step %1 (%2).")
                     .arg(QString::number(int(*firstUnfinishedStep) + 1),
                          recoveryStepTitle(*firstUnfinishedStep));
    } else {
        lines << QCoreApplication::translate("ResumeState",
                                             "You can look at any step again, or make the report once more.");
    }
    return lines;
}
