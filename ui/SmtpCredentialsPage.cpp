#include "SmtpCredentialsPage.h"

#include "SmtpResetPanel.h"
#include "recovery/RecoverySession.h"

#include <QVBoxLayout>

SmtpCredentialsPage::SmtpCredentialsPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::SmtpCredentials, session, parent)
{}

void SmtpCredentialsPage::initializePage()
{
    GuidedStepPage::initializePage();
    if (!session()->apiAvailable()) {
        if (m_panel && !m_panel->isRunning())
            automaticContainer()->hide();
        return;
    }
    if (!m_panel) {
        m_panel = new SmtpResetPanel(session(), automaticContainer());
        automaticArea()->addWidget(m_panel);
        connect(m_panel, &SmtpResetPanel::runningChanged, this, &SmtpCredentialsPage::setAutomaticRunning);
    } else {
        m_panel->reset();
    }
    automaticContainer()->show();
}

SmtpResetPanel* SmtpCredentialsPage::panel() const
{
    return m_panel;
}
