#pragma once

#include "GuidedStepPage.h"

class UserStatusPanel;

// Step 5: every user turns on two-factor sign-in. Only each user can do it; with the API
// the automatic area lists the users and checks who has (UserStatusPanel).
class TwoFactorPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit TwoFactorPage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    UserStatusPanel* statusPanel() const { return m_panel; }

private:
    UserStatusPanel* m_panel = nullptr;
};
