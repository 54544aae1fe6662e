#pragma once

#include "cli/AccountCommand.h"

#include <QObject>

class SecretStore;
class SmtpResetController;

// `mailgun-recovery reset-smtp`: step 3 without the wizard, through the same
// SmtpResetController. Every login of every domain (or of the --domain ones) gets a new
// password kept in the keychain; --delete LOGIN deletes a login instead. An interrupted
// run in the journal is continued first. Passwords are printed only with --print-secrets;
// without a keychain they are printed before they are sent, and sent only after the admin
// confirmed saving them (asked again on every run, a resumed one included).
class ResetSmtpCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit ResetSmtpCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    void start() override;

private:
    void confirmAndStart();
    void handOver(const QStringList& keys);
    void report(const QString& failure = {});

    SecretStore* m_store = nullptr;
    SmtpResetController* m_controller = nullptr;
    int m_lastShownPercent = -1;
};
