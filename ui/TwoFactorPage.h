#pragma once

#include "GuidedStepPage.h"

// Step 5: every user turns on two-factor sign-in. Only the user can do this; the API can
// later show, in the automatic area, who has done it.
class TwoFactorPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit TwoFactorPage(RecoverySession* session, QWidget* parent = nullptr);
};
