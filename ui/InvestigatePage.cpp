#include "InvestigatePage.h"

#include "InvestigatePanel.h"

#include <QVBoxLayout>

InvestigatePage::InvestigatePage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::Investigate, session, parent)
{}

void InvestigatePage::initializePage()
{
    GuidedStepPage::initializePage();
    if (!m_panel) {
        m_panel = new InvestigatePanel(session(), automaticContainer());
        automaticArea()->addWidget(m_panel);
        connect(m_panel, &InvestigatePanel::changingAccount, this, &InvestigatePage::setAutomaticRunning);
    }
    m_panel->reset();
    automaticContainer()->show();
}

InvestigatePanel* InvestigatePage::panel() const
{
    return m_panel;
}
