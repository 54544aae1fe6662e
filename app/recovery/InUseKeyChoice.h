#pragma once

#include "mailgun/api/KeyInfo.h"
#include "recovery/Journal.h"
#include "secrets/Secret.h"

#include <QList>
#include <QString>

// Which listed key is the one the program runs with (docs/mailgun-behaviour.md, point 3).
// A current key names its entry by its tail; nothing tells the entry of a "key-" key (or of
// a key whose tail is not listed), so only the admin can, by picking it from the list. Their
// choice is recorded in the journal ("key-in-use-chosen": the listed id and the key in use
// masked, never the key) by KeyRotationController for both front ends, and counts only for
// the same key (same masked form, still no tail match) while that id is still listed.
namespace InUseKeyChoice {

inline const QString entryType = QStringLiteral("key-in-use-chosen");

// The id the admin chose for `key`, from the last matching entry; empty when none.
QString recorded(const QList<Journal::Entry>& entries, const Secret& key);

struct Resolution
{
    QString id;          // the listed key in use; empty when nobody can tell
    bool chosen = false; // by the admin's choice, not by the key's tail
};
// By the key's tail first (that is proof), else by the admin's recorded choice if that key is
// still in `keys`.
Resolution resolve(const QList<KeyInfo>& keys, const Secret& key, const QList<Journal::Entry>& entries);

QJsonObject entryData(const Secret& key, const QString& chosenId);

} // namespace InUseKeyChoice
