#include "ReportPage.h"

#include "ReportPanel.h"

#include <QVBoxLayout>

ReportPage::ReportPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::ReportToSupport, session, parent)
{
    m_panel = new ReportPanel(session, automaticContainer());
    automaticArea()->addWidget(m_panel);
    automaticContainer()->show();
}

void ReportPage::initializePage()
{
    GuidedStepPage::initializePage();
    m_panel->regenerate(); // the connection or the incident start may have changed meanwhile
}
