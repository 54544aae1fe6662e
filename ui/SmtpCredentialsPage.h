#pragma once

#include "GuidedStepPage.h"

// Step 3: give every SMTP login of every domain a new password and delete unknown logins.
// Guided for now; the per-domain reset through the API goes in the automatic area later.
class SmtpCredentialsPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit SmtpCredentialsPage(RecoverySession* session, QWidget* parent = nullptr);
};
