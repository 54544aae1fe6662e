#pragma once

#include "cli/AccountCommand.h"

#include <QObject>

class SubaccountDisableController;

// `mailgun-recovery disable-subaccount ID`: disables a subaccount nobody recognises, after
// confirmation (step 1's "Disable subaccount" in the wizard; the same controller and journal).
// Never closes or deletes one: that destroys the evidence.
class DisableSubaccountCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit DisableSubaccountCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    // `finished` gives 0 when Mailgun lists the subaccount as disabled, 3 when the admin
    // declined, 2 without exactly one id.
    void start() override;

private:
    void confirmAndDisable(const QString& id, const QString& name, const QString& status);
    void report(int exitCode, const QString& id, const QString& name, const QString& message);
};
