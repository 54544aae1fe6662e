#include "recovery/ConfirmedItems.h"

#include "recovery/StepGuide.h"

using namespace Qt::StringLiterals;

namespace ConfirmedItemsJournal {

QString entryType()
{
    return u"item-confirmed"_s;
}

QJsonObject entryData(RecoveryStep step, const QString& itemId, bool confirmed)
{
    return {{u"step"_s, recoveryStepId(step)}, {u"item"_s, itemId}, {u"confirmed"_s, confirmed}};
}

bool apply(const Journal::Entry& entry, ConfirmedItems& confirmed)
{
    if (entry.type != entryType())
        return false;
    RecoveryStep step;
    if (!recoveryStepFromId(entry.data.value(u"step"_s).toString(), &step))
        return false;
    const QString item = entry.data.value(u"item"_s).toString();
    if (entry.data.value(u"confirmed"_s).toBool())
        confirmed[step].insert(item);
    else
        confirmed[step].remove(item);
    return true;
}

ConfirmedItems replay(const QList<Journal::Entry>& entries)
{
    ConfirmedItems confirmed;
    for (const Journal::Entry& entry : entries)
        apply(entry, confirmed);
    return confirmed;
}

bool isStepDone(const ConfirmedItems& confirmed, RecoveryStep step)
{
    const QList<ChecklistItem> items = stepGuide(step).items;
    if (items.isEmpty())
        return false;
    const QSet<QString> ticked = confirmed.value(step);
    for (const ChecklistItem& item : items) {
        if (!ticked.contains(item.id))
            return false;
    }
    return true;
}

} // namespace ConfirmedItemsJournal
