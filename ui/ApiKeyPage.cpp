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
    showAutomaticPanel(m_panel, [this] { return new KeyRotationPanel(session(), automaticContainer()); });
    // The webhook signing key and the public key, below the rotation, once.
    if (m_panel && !m_extraKeys) {
        m_extraKeys = new ExtraKeysPanel(session(), automaticContainer());
        automaticArea()->addWidget(m_extraKeys);
    }
}
