#include "TwoFactorPage.h"

TwoFactorPage::TwoFactorPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::TwoFactor, session, parent)
{}
