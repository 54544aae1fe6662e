#pragma once

#include "GuidedStepPage.h"

class SmtpResetPanel;

// Step 3: give every SMTP login of every domain a new password and delete unknown logins.
// With a working API key the program does it (SmtpResetPanel); the guided checklist below
// stays for what only the admin can do: putting the new passwords into their apps.
class SmtpCredentialsPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit SmtpCredentialsPage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    SmtpResetPanel* panel() const;

private:
    SmtpResetPanel* m_panel = nullptr;
};
