#include "UserPasswordsPage.h"

UserPasswordsPage::UserPasswordsPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::UserPasswords, session, parent)
{}
