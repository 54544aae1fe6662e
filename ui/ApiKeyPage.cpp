#include "ApiKeyPage.h"

#include "ExtraKeysPanel.h"
#include "KeyRotationPanel.h"
#include "recovery/RecoverySession.h"

#include <QAbstractButton>
#include <QVBoxLayout>
#include <QWizard>

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
        connect(m_panel, &KeyRotationPanel::runningChanged, this, &ApiKeyPage::onRunningChanged);
        automaticArea()->addWidget(new ExtraKeysPanel(session(), automaticContainer()));
    } else {
        m_panel->reset();
    }
    automaticContainer()->show();
}

bool ApiKeyPage::isComplete() const
{
    return !(m_panel && m_panel->isRunning()) && GuidedStepPage::isComplete();
}

void ApiKeyPage::onRunningChanged(bool running)
{
    Q_EMIT completeChanged();
    // QWizard keeps Back enabled whatever isComplete() says; leaving mid-replacement is not safe.
    if (QWizard* w = wizard()) {
        if (QAbstractButton* back = w->button(QWizard::BackButton))
            back->setEnabled(!running && w->currentId() != w->startId());
    }
}
