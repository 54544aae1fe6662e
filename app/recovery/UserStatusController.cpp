#include "recovery/UserStatusController.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/api/UsersApi.h"
#include "recovery/Journal.h"
#include "recovery/UserActionSimulator.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString usersCheckedType = u"users-checked"_s;
const QString resetLinkOpenedType = u"user-reset-link-opened"_s;

} // namespace

UserStatusController::UserStatusController(MailgunClient* client, Journal* journal,
                                           UserActionSimulator* userActions, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_userActions(userActions)
{
    restoreResetLinksFromJournal();
}

QUrl UserStatusController::passwordResetUrl()
{
    // The sign-in page, whose "Forgot password?" link starts the reset; the only address of
    // it the program can vouch for (a deeper link could move without notice).
    return QUrl(u"https://login.mailgun.com/login/"_s);
}

QUrl UserStatusController::twoFactorHelpUrl()
{
    return QUrl(u"https://help.mailgun.com/hc/en-us/articles/360011664433"_s);
}

QString UserStatusController::twoFactorRequestText(const AccountUser& user)
{
    const QString name = user.name.isEmpty() ? user.email : user.name;
    return tr("Hello %1,\n\n"
              "please turn on two-factor sign-in (2FA) for your Mailgun user (%2). It takes five minutes:\n\n"
              "1. Install an authenticator app on your phone, for example Google Authenticator or Microsoft "
              "Authenticator.\n"
              "2. Sign in at https://app.mailgun.com. Click your name at the top, then Security.\n"
              "3. Turn on two-factor sign-in and scan the square code with the app.\n"
              "4. Type the code the app shows to confirm. Keep any recovery codes somewhere safe.\n\n"
              "Mailgun's help page: %3\n")
        .arg(name, user.email, twoFactorHelpUrl().toString());
}

const UserStatus* UserStatusController::user(const QString& userId) const
{
    for (const UserStatus& status : m_users) {
        if (status.user.id == userId)
            return &status;
    }
    return nullptr;
}

void UserStatusController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void UserStatusController::refresh(const QDateTime& incidentStart)
{
    const int generation = ++m_generation;
    if (!m_client) {
        m_error = {};
        m_failureMessage = tr("The connection to Mailgun is not set up. Go back to the Connect page.");
        setRunning(false);
        Q_EMIT failed(m_failureMessage);
        return;
    }
    setRunning(true);
    UsersApi(*m_client).list(this, [this, generation, incidentStart](ApiResult<QList<AccountUser>> result) {
        if (generation != m_generation)
            return; // a newer refresh replaced this one
        setRunning(false);
        if (!result.ok()) {
            m_error = result.error;
            m_failureMessage = failureMessageFor(result.error);
            Q_EMIT failed(m_failureMessage);
            return;
        }
        m_error = {};
        m_failureMessage.clear();
        m_incidentStart = incidentStart.toUTC();
        m_users = UserStatus::fromUsers(result.value, m_incidentStart);
        m_checkedAt = QDateTime::currentDateTimeUtc();
        journalCheck();
        Q_EMIT refreshed();
    });
}

QString UserStatusController::failureMessageFor(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Forbidden)
        return tr(
            "This API key is not allowed to read the list of users: only a key with the Admin role can. The "
            "step can still be done by hand: follow the instructions and confirm each item when it is done.");
    return error.userMessage();
}

void UserStatusController::journalCheck()
{
    if (!m_journal)
        return;
    QJsonArray users;
    for (const UserStatus& status : m_users)
        users.append(status.toJournalJson());
    QString error;
    if (!m_journal->append(
            usersCheckedType,
            {{u"incident_start"_s, m_incidentStart.toString(Qt::ISODate)}, {u"users"_s, users}}, &error)) {
        // The list is still shown; the admin learns that the report will lack it.
        m_failureMessage = tr("%1 The report will not show this check of your users.").arg(error);
        Q_EMIT failed(m_failureMessage);
    }
}

bool UserStatusController::resetLinkRequested(const QString& userId)
{
    const UserStatus* status = user(userId);
    if (!status)
        return false;
    const QString email = status->user.email;
    // Recorded before anything changes: without the record the report and a restart would
    // not know the reset was started.
    QString error;
    if (m_journal &&
        !m_journal->append(resetLinkOpenedType, {{u"user_id"_s, userId}, {u"email"_s, email}}, &error)) {
        m_failureMessage = tr("%1 Nothing was changed. Make room on the disk (or make the folder writable), "
                              "then try again.")
                               .arg(error);
        Q_EMIT failed(m_failureMessage);
        return false;
    }
    if (m_userActions && !m_userActions->choosePassword(userId))
        return false;
    m_resetOpenedAt.insert(userId, QDateTime::currentDateTimeUtc());
    if (m_userActions)
        Q_EMIT simulatedAccountChanged(userId);
    return true;
}

bool UserStatusController::simulateTwoFactorOn(const QString& userId)
{
    if (!m_userActions || !user(userId))
        return false;
    if (!m_userActions->turnOnTwoFactor(userId))
        return false;
    Q_EMIT simulatedAccountChanged(userId);
    return true;
}

void UserStatusController::restoreResetLinksFromJournal()
{
    if (!m_journal)
        return;
    for (const Journal::Entry& entry : m_journal->entries()) {
        if (entry.type == resetLinkOpenedType)
            m_resetOpenedAt.insert(entry.data.value(u"user_id"_s).toString(), entry.time);
    }
}
