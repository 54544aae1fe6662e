#include "TwoFactorPage.h"

#include "UserStatusPanel.h"
#include "recovery/RecoverySession.h"

#include <QVBoxLayout>

TwoFactorPage::TwoFactorPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::TwoFactor, session, parent)
{}

void TwoFactorPage::initializePage()
{
    GuidedStepPage::initializePage();
    if (!session()->apiAvailable()) {
        // Guided only: the checklist below is the whole step.
        automaticContainer()->hide();
        return;
    }
    if (!m_panel) {
        m_panel = new UserStatusPanel(UserStatusPanel::Kind::TwoFactor, session(), automaticContainer());
        automaticArea()->addWidget(m_panel);
    }
    m_panel->reset();
    automaticContainer()->show();
}
