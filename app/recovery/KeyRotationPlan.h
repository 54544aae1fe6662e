#pragma once

#include "mailgun/api/KeyInfo.h"
#include "recovery/RecordedFindings.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

// Which keys step 2 proposes to delete, and why. Built from the account's key list; the
// admin may change the selection before anything happens.
struct KeyRotationCandidate
{
    KeyInfo key;
    bool inUse = false;      // the key the program is using now (the leaked one, usually)
    bool recent = false;     // created after the incident started: maybe the attacker's
    bool leaked = false;     // step 1 found this key in a file or on the website
    bool suspicious = false; // step 1's account review flagged it
    QString foundIn;         // where step 1 found it, when leaked
    bool selectedByDefault = false;
    QString advice; // one plain sentence on what this key is and what to do
};

struct KeyRotationPlan
{
    QList<KeyRotationCandidate> candidates;
    // Empty when nothing tells which listed key is the one in use: its tail names none (an
    // older "key-" key lists under an unrelated id) and the admin has not picked one.
    QString inUseId;
    bool inUseChosen = false; // inUseId is the admin's choice, not proved by the key's tail
    QString newKeyRole;       // the role of the key in use, "admin" when unknown
    QSet<QString> selected;   // ids to delete once the new key is stored and verified

    // `flagged`: the keys step 1 found exposed or suspicious (RecordedFindings::flaggedKeys);
    // they are selected for deletion and say why.
    static KeyRotationPlan build(const QList<KeyInfo>& keys, const QString& inUseId,
                                 const QDateTime& incidentStart,
                                 const QHash<QString, RecordedFindings::FlaggedKey>& flagged = {});
    bool inUseFound() const { return !inUseId.isEmpty(); }
    // Records that inUseId is the admin's choice, and says so in that key's advice.
    void markInUseChosen();
};
