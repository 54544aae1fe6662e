#pragma once

#include "mailgun/ApiError.h"
#include "recovery/UserStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class Journal;
class MailgunClient;
class UserActionSimulator;

// Steps 4 and 5 as a checklist the program verifies: the API cannot reset another user's
// password or turn on their two-factor sign-in, but it can list the users and show who has
// done it. Each successful refresh is journaled ("users-checked", no secrets) so the support
// report can say who had done what, and when. Used by the wizard pages and `users`.
class UserStatusController : public QObject
{
    Q_OBJECT

public:
    // `userActions`: who plays the people of the account (the practice account's
    // simulator); null for a real account, whose people act for themselves.
    UserStatusController(MailgunClient* client, Journal* journal, UserActionSimulator* userActions = nullptr,
                         QObject* parent = nullptr);

    // Reads every user (all pages) and judges them against `incidentStart`. `refreshed` or
    // `failed` follows; a refresh already running is superseded.
    void refresh(const QDateTime& incidentStart);
    bool isRunning() const { return m_running; }

    bool hasResult() const { return m_checkedAt.isValid(); }
    const QList<UserStatus>& users() const { return m_users; }
    const UserStatus* user(const QString& userId) const;
    QDateTime incidentStart() const { return m_incidentStart; }
    QDateTime checkedAt() const { return m_checkedAt; }
    const ApiError& lastError() const { return m_error; }
    QString failureMessage() const { return m_failureMessage; }

    // The admin opened Mailgun's reset page for this user: journaled, and the 20-minute
    // countdown starts. With a simulator it also plays the user's part: the simulated
    // account records a new password for them. False when the user is unknown (or the
    // simulator does not know them).
    bool resetLinkRequested(const QString& userId);
    // When the reset page was last opened for the user (also after a restart, from the
    // journal); invalid if never.
    QDateTime resetLinkOpenedAt(const QString& userId) const { return m_resetOpenedAt.value(userId); }

    // With a simulator only: the user turns on two-factor sign-in.
    bool simulateTwoFactorOn(const QString& userId);
    // True when a simulator plays the account's people (the practice account).
    bool simulatesUsers() const { return m_userActions != nullptr; }

    // The Control Panel page where each person asks for a reset email, and Mailgun's article
    // on two-factor sign-in.
    static QUrl passwordResetUrl();
    static QUrl twoFactorHelpUrl();
    // A short message the admin can paste into an email to `user`: how to turn on two-factor
    // sign-in, in plain words, with the link to Mailgun's article.
    static QString twoFactorRequestText(const AccountUser& user);

Q_SIGNALS:
    void runningChanged(bool running);
    void refreshed();
    void failed(const QString& message);
    // A simulated user action changed the account: a refresh will show it.
    void simulatedAccountChanged(const QString& userId);

private:
    void setRunning(bool running);
    void restoreResetLinksFromJournal();
    void journalCheck();
    static QString failureMessageFor(const ApiError& error);

    QPointer<MailgunClient> m_client;
    Journal* m_journal;
    UserActionSimulator* m_userActions;
    bool m_running = false;
    int m_generation = 0;
    QDateTime m_incidentStart;
    QDateTime m_checkedAt;
    QList<UserStatus> m_users;
    ApiError m_error;
    QString m_failureMessage;
    QHash<QString, QDateTime> m_resetOpenedAt;
};
