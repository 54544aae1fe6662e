#pragma once

#include "recovery/Journal.h"
#include "recovery/SmtpResetPlan.h"

#include <QHash>
#include <QSet>
#include <QString>

// How far the last SMTP reset got, read back from the journal: which logins have a new
// password waiting in the keychain, which were confirmed by Mailgun, which are deleted.
// Enough for a restarted program to go on without guessing a password or losing one.
struct SmtpResetProgress
{
    enum class LoginState
    {
        NotStarted,
        Stored,       // a new password is in the keychain (or shown); Mailgun does not have it yet
        UpdateSent,   // the change was sent; whether Mailgun applied it is unknown
        UpdateFailed, // Mailgun refused or never answered: the old password may still work
        PasswordSet,  // Mailgun confirmed the new password, and it is the keychain's current entry
        DeleteSent,
        DeleteFailed,
        Deleted,
    };

    bool started = false;
    bool finished = false;
    SmtpResetPlan plan;                    // the rows of the last run, with the actions chosen
    QHash<QString, LoginState> states;     // by SmtpLoginRow::key()
    QHash<QString, bool> storedInKeychain; // false: the password was only shown (no keychain)
    // Which keychain entry holds the new password Mailgun may not have yet: "current" (there
    // was no earlier password to keep) or "pending"; absent when it was shown instead.
    QHash<QString, QString> slot;
    // Done logins whose new password went through the pending entry: a copy may be left there.
    QSet<QString> pendingLeft;

    bool isUnfinished() const { return started && !finished; }
    LoginState state(const QString& key) const { return states.value(key, LoginState::NotStarted); }
    static bool isDone(LoginState state)
    {
        return state == LoginState::PasswordSet || state == LoginState::Deleted;
    }
    static SmtpResetProgress fromJournal(const QList<Journal::Entry>& entries);
};

// The journal's entry types for step 3. Entries carry regions, domains and logins, never
// a password.
namespace SmtpResetEntry {
inline const QString started = QStringLiteral("smtp-reset-started");
inline const QString passwordStored = QStringLiteral("smtp-password-stored");
// Printed for the admin, who confirmed saving it (no keychain): the "saved by hand" record.
// Never enough on its own: a resumed run prints a new password and asks again.
inline const QString passwordNotStored = QStringLiteral("smtp-password-not-stored");
inline const QString updateSent = QStringLiteral("smtp-update-sent");
inline const QString passwordSet = QStringLiteral("smtp-password-set");
inline const QString updateFailed = QStringLiteral("smtp-update-failed");
inline const QString deleteSent = QStringLiteral("smtp-delete-sent");
inline const QString deleted = QStringLiteral("smtp-deleted");
inline const QString deleteFailed = QStringLiteral("smtp-delete-failed");
inline const QString finished = QStringLiteral("smtp-reset-finished");
} // namespace SmtpResetEntry
