#pragma once

#include "GuidedStepPage.h"

class UserStatusPanel;

// Step 4: every user of the account resets their password. Only each user can do it; with
// the API the automatic area lists the users and checks who has (UserStatusPanel).
class UserPasswordsPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit UserPasswordsPage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    UserStatusPanel* statusPanel() const { return m_panel; }

private:
    UserStatusPanel* m_panel = nullptr;
};
