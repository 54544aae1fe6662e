#include "SmtpCredentialsPage.h"

SmtpCredentialsPage::SmtpCredentialsPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::SmtpCredentials, session, parent)
{}
