#include "ApiKeyPage.h"

#include "ExtraKeysPanel.h"
#include "KeyRotationPanel.h"
#include "recovery/RecoverySession.h"

#include <QVBoxLayout>

ApiKeyPage::ApiKeyPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::ApiKey, session, parent)
{}

void ApiKeyPage::initializePage()
{
    GuidedStepPage::initializePage();
    if (!session()->apiAvailable()) {
        if (m_panel && !m_panel->isRunning())
            automaticContainer()->hide();
        return;
    }
    if (!m_panel) {
        m_panel = new KeyRotationPanel(session(), automaticContainer());
        automaticArea()->addWidget(m_panel);
        connect(m_panel, &KeyRotationPanel::runningChanged, this, &ApiKeyPage::setAutomaticRunning);
        automaticArea()->addWidget(new ExtraKeysPanel(session(), automaticContainer()));
    } else {
        m_panel->reset();
    }
    automaticContainer()->show();
}
