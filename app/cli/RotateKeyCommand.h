#pragma once

#include "cli/AccountCommand.h"

#include <QObject>

class KeyRotationController;
class SecretStore;

// `mailgun-recovery rotate-key`: step 2 without the wizard, through the same
// KeyRotationController. Shows the plan, asks (unless --yes), makes the new key, stores it
// in the keychain, verifies it and deletes the old keys. An interrupted replacement in the
// journal is continued instead of starting another. Prints the new key only with
// --print-secrets; without a keychain it is printed before anything records it as saved,
// and a restart asks again whether it was saved. Exits non-zero when the journal cannot be
// written (the controller stops before its next change).
class RotateKeyCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit RotateKeyCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    void start() override;

private:
    // --in-use-key-id: records the admin's choice through the controller. True when the
    // command must not go on now (the plan comes again, or the run has ended).
    bool applyInUseChoice();
    void confirmAndStart();
    void onManualSaveNeeded(const QString& problem);
    void askSavedThenDelete(const QString& question);
    void report(int exitCode, const QString& failure = {});
    void printResult(int exitCode, const QString& failure);

    SecretStore* m_store = nullptr;
    KeyRotationController* m_controller = nullptr;
    bool m_keyPrinted = false;
    bool m_reported = false;
};
