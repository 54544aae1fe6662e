#include "UserPasswordsPage.h"

#include "UserStatusPanel.h"
#include "recovery/RecoverySession.h"

#include <QVBoxLayout>

UserPasswordsPage::UserPasswordsPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::UserPasswords, session, parent)
{}

void UserPasswordsPage::initializePage()
{
    GuidedStepPage::initializePage();
    if (!session()->apiAvailable()) {
        // Guided only: the checklist below is the whole step.
        automaticContainer()->hide();
        return;
    }
    if (!m_panel) {
        m_panel = new UserStatusPanel(UserStatusPanel::Kind::Passwords, session(), automaticContainer());
        automaticArea()->addWidget(m_panel);
    }
    m_panel->reset();
    automaticContainer()->show();
}
