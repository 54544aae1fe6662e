#include "recovery/InUseKeyChoice.h"

using namespace Qt::StringLiterals;

namespace InUseKeyChoice {

QString recorded(const QList<Journal::Entry>& entries, const Secret& key)
{
    if (key.isEmpty())
        return {};
    const QString masked = key.masked();
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        if (entry->type == entryType && entry->data.value(u"key"_s).toString() == masked)
            return entry->data.value(u"id"_s).toString();
    }
    return {};
}

Resolution resolve(const QList<KeyInfo>& keys, const Secret& key, const QList<Journal::Entry>& entries)
{
    if (key.isEmpty())
        return {};
    if (const KeyInfo* byTail = KeyInfo::findBySecret(keys, key.reveal()))
        return {byTail->id, false};
    const QString chosen = recorded(entries, key);
    if (chosen.isEmpty())
        return {};
    for (const KeyInfo& listed : keys) {
        if (listed.id == chosen)
            return {chosen, true};
    }
    return {};
}

QJsonObject entryData(const Secret& key, const QString& chosenId)
{
    return {{u"id"_s, chosenId}, {u"key"_s, key.masked()}};
}

} // namespace InUseKeyChoice
