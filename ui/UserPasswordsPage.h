#pragma once

#include "GuidedStepPage.h"

// Step 4: every user of the account resets their password. Only the user can do this; the
// API can later show, in the automatic area, who has done it.
class UserPasswordsPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit UserPasswordsPage(RecoverySession* session, QWidget* parent = nullptr);
};
