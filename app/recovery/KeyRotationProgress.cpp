#include "recovery/KeyRotationProgress.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

KeyRotationProgress KeyRotationProgress::fromJournal(const QList<Journal::Entry>& entries)
{
    KeyRotationProgress progress;
    for (const Journal::Entry& entry : entries) {
        if (!entry.type.startsWith(u"key-"_s))
            continue;
        const QString id = entry.data.value(u"id"_s).toString();
        if (entry.type == KeyRotationEntry::started) {
            progress = KeyRotationProgress(); // only the last rotation counts
            progress.started = true;
            progress.inUseId = entry.data.value(u"in_use"_s).toString();
            progress.newKeyRole = entry.data.value(u"role"_s).toString();
            for (const QJsonValue& value : entry.data.value(u"delete"_s).toArray())
                progress.toDelete.insert(value.toString());
            for (const QJsonValue& value : entry.data.value(u"account_keys"_s).toArray())
                progress.accountKeyIds.insert(value.toString());
        } else if (entry.type == KeyRotationEntry::createSent) {
            progress.createSent = true;
            progress.marker = entry.data.value(u"marker"_s).toString();
            progress.markers.insert(progress.marker);
            progress.createdId.clear();
            progress.stored = progress.shown = progress.savedByHand = progress.verified = false;
        } else if (entry.type == KeyRotationEntry::created) {
            progress.createdId = id;
        } else if (entry.type == KeyRotationEntry::stored) {
            progress.stored = true;
        } else if (entry.type == KeyRotationEntry::shown) {
            progress.shown = true;
        } else if (entry.type == KeyRotationEntry::savedByHand) {
            progress.savedByHand = true;
        } else if (entry.type == KeyRotationEntry::verified) {
            progress.verified = true;
        } else if (entry.type == KeyRotationEntry::deleted) {
            progress.deleted.insert(id);
        } else if (entry.type == KeyRotationEntry::finished) {
            progress.finished = true;
        }
    }
    return progress;
}
