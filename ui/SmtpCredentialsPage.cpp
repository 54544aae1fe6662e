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
    showAutomaticPanel(m_panel, [this] { return new SmtpResetPanel(session(), automaticContainer()); });
}

SmtpResetPanel* SmtpCredentialsPage::panel() const
{
    return m_panel;
}
