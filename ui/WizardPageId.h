#pragma once

#include "recovery/RecoveryStep.h"

// The wizard's pages, in the order QWizard walks them (it goes to the next higher id).
enum class WizardPageId : int
{
    Welcome,
    Connect,
    Investigate,
    ApiKey,
    SmtpCredentials,
    UserPasswords,
    TwoFactor,
    ReportToSupport,
};

inline WizardPageId pageIdForStep(RecoveryStep step)
{
    return static_cast<WizardPageId>(static_cast<int>(WizardPageId::Investigate) + static_cast<int>(step));
}

// True with `step` set when the page is one of the six recovery steps.
inline bool stepForPageId(int pageId, RecoveryStep* step)
{
    const int index = pageId - static_cast<int>(WizardPageId::Investigate);
    if (index < 0 || index >= allRecoverySteps().size())
        return false;
    *step = allRecoverySteps().at(index);
    return true;
}
