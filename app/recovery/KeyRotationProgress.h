#pragma once

#include "recovery/Journal.h"

#include <QSet>
#include <QString>

// How far the last key rotation got, read back from the journal: what a restarted program
// needs to go on without creating a second key or losing the one it made.
struct KeyRotationProgress
{
    bool started = false;
    bool finished = false;
    QString marker;        // the unique marker in the description of the key being created
    QSet<QString> markers; // every marker used so far: each may have left an orphan
    bool createSent = false;
    QString createdId;
    bool stored = false;      // the secret is in the keychain and was read back
    bool shown = false;       // no keychain: the key was shown to the admin (printed or on screen)
    bool savedByHand = false; // no keychain: the admin confirmed they saved it
    bool verified = false;
    QSet<QString> toDelete;
    QString inUseId; // the key the program used when the rotation started
    // Every key id the account listed when the rotation started: what ties the journal to
    // that account (KeyRotationAccountCheck).
    QSet<QString> accountKeyIds;
    QString newKeyRole;
    QSet<QString> deleted;

    bool isUnfinished() const { return started && !finished; }
    static KeyRotationProgress fromJournal(const QList<Journal::Entry>& entries);
};

// The journal's entry types for step 2. Entries carry ids and markers, never a secret.
namespace KeyRotationEntry {
inline const QString started = QStringLiteral("key-rotation-started");
inline const QString createSent = QStringLiteral("key-create-sent");
inline const QString created = QStringLiteral("key-created");
inline const QString stored = QStringLiteral("key-stored");
inline const QString storeFailed = QStringLiteral("key-store-failed");
inline const QString shown = QStringLiteral("key-shown");
inline const QString savedByHand = QStringLiteral("key-saved-by-hand");
inline const QString verified = QStringLiteral("key-verified");
inline const QString orphanDeleted = QStringLiteral("key-orphan-deleted");
inline const QString deleteSent = QStringLiteral("key-delete-sent");
inline const QString deleted = QStringLiteral("key-deleted");
inline const QString deleteFailed = QStringLiteral("key-delete-failed");
inline const QString finished = QStringLiteral("key-rotation-finished");
} // namespace KeyRotationEntry
