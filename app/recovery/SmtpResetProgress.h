#pragma once

#include "recovery/Journal.h"
#include "recovery/SmtpResetPlan.h"

#include <QHash>
#include <QString>

// How far the last SMTP reset got, read back from the journal: which logins have a new
// password waiting in the keychain, which were confirmed by Mailgun, which are deleted.
// Enough for a restarted program to go on without guessing a password or losing one.
struct SmtpResetProgress
{
    enum class LoginState
    {
        NotStarted,
        Stored,       // a new password is in the keychain; Mailgun does not have it yet
        UpdateSent,   // the change was sent; whether Mailgun applied it is unknown
        UpdateFailed, // Mailgun refused or never answered: the old password may still work
        PasswordSet,  // Mailgun confirmed the new password
        DeleteSent,
        DeleteFailed,
        Deleted,
    };

    bool started = false;
    bool finished = false;
    SmtpResetPlan plan;                    // the rows of the last run, with the actions chosen
    QHash<QString, LoginState> states;     // by SmtpLoginRow::key()
    QHash<QString, bool> storedInKeychain; // false: the password was only shown (no keychain)

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
inline const QString passwordNotStored = QStringLiteral("smtp-password-not-stored");
inline const QString updateSent = QStringLiteral("smtp-update-sent");
inline const QString passwordSet = QStringLiteral("smtp-password-set");
inline const QString updateFailed = QStringLiteral("smtp-update-failed");
inline const QString deleteSent = QStringLiteral("smtp-delete-sent");
inline const QString deleted = QStringLiteral("smtp-deleted");
inline const QString deleteFailed = QStringLiteral("smtp-delete-failed");
inline const QString finished = QStringLiteral("smtp-reset-finished");
} // namespace SmtpResetEntry
