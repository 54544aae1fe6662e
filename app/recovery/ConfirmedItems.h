#pragma once

#include "recovery/Journal.h"
#include "recovery/RecoveryStep.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// The checklist items the user has ticked, per step, as the journal's "item-confirmed"
// entries record them. The session writes them, and the session, the resume summary and
// the support report all replay them here, so the three always agree.
using ConfirmedItems = QHash<RecoveryStep, QSet<QString>>;

namespace ConfirmedItemsJournal {

// The journal entry type for one ticked or unticked item.
QString entryType();
// The data of the entry that records ticking (or unticking) `itemId` of `step`.
QJsonObject entryData(RecoveryStep step, const QString& itemId, bool confirmed);
// Applies `entry` to `confirmed` when it is an "item-confirmed" entry; false otherwise
// (entries of other types, or of an unknown step, change nothing).
bool apply(const Journal::Entry& entry, ConfirmedItems& confirmed);
// Every item still ticked after replaying `entries` in order.
ConfirmedItems replay(const QList<Journal::Entry>& entries);
// A step is done when every item of its guide is ticked (a step without items never is).
bool isStepDone(const ConfirmedItems& confirmed, RecoveryStep step);

} // namespace ConfirmedItemsJournal
