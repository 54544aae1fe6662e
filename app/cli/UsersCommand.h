#pragma once

#include "cli/AccountCommand.h"
#include "recovery/UserStatus.h"

#include <QJsonObject>
#include <QObject>

// `mailgun-recovery users`: who still has to change their password (step 4) and turn on
// two-factor sign-in (step 5). The same UserStatusController as the wizard's pages; each run
// is journaled as "users-checked".
class UsersCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit UsersCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    // Starts the check; `finished` gives the exit code: 0 when the users were listed.
    void start() override;

    // --json: {"incident_start", "users": [{name, email, role, password_changed, tfa_active}]}.
    static QJsonObject resultJson(const QDateTime& incidentStart, const QList<UserStatus>& users);
    // The text table with a one-line summary under it.
    static QString resultText(const QDateTime& incidentStart, const QList<UserStatus>& users);

private:
};
