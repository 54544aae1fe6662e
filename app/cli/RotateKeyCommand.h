#pragma once

#include "cli/AccountCommand.h"

#include <QObject>

class KeyRotationController;
class SecretStore;

// `mailgun-recovery rotate-key`: step 2 without the wizard, through the same
// KeyRotationController. Shows the plan, asks (unless --yes), makes the new key, stores it
// in the keychain, verifies it and deletes the old keys. An interrupted replacement in the
// journal is continued instead of starting another. Prints the new key only with
// --print-secrets.
class RotateKeyCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit RotateKeyCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    void start() override;

private:
    void confirmAndStart();
    void onManualSaveNeeded(const QString& problem);
    void report(int exitCode, const QString& failure = {});

    SecretStore* m_store = nullptr;
    KeyRotationController* m_controller = nullptr;
};
