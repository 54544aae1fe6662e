#include "SmtpCredentialsPage.h"

#include "SmtpResetPanel.h"
#include "recovery/RecoverySession.h"

#include <QAbstractButton>
#include <QVBoxLayout>
#include <QWizard>

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
        connect(m_panel, &SmtpResetPanel::runningChanged, this, &SmtpCredentialsPage::onRunningChanged);
    } else {
        m_panel->reset();
    }
    automaticContainer()->show();
}

SmtpResetPanel* SmtpCredentialsPage::panel() const
{
    return m_panel;
}

bool SmtpCredentialsPage::isComplete() const
{
    return !(m_panel && m_panel->isRunning()) && GuidedStepPage::isComplete();
}

void SmtpCredentialsPage::onRunningChanged(bool running)
{
    Q_EMIT completeChanged();
    // QWizard keeps Back enabled whatever isComplete() says; leaving mid-run is not safe.
    if (QWizard* w = wizard()) {
        if (QAbstractButton* back = w->button(QWizard::BackButton))
            back->setEnabled(!running && w->currentId() != w->startId());
    }
}
