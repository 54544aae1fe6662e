#pragma once

#include "recovery/RecoveryStep.h"

#include <QVBoxLayout>
#include <QWizardPage>

class GuidedChecklistWidget;
class QLabel;
class RecoverySession;

// The base of the six step pages. The top area is reserved for the step's automatic mode
// (what the program can do through the API); below it, in a scroll area, the guided mode:
// the Control Panel instructions and the checklist. Next is always enabled, because the
// user may leave a step unfinished and come back; the side panel shows what is left.
class GuidedStepPage : public QWizardPage
{
    Q_OBJECT

public:
    GuidedStepPage(RecoveryStep step, RecoverySession* session, QWidget* parent = nullptr);

    RecoveryStep step() const { return m_step; }
    // Not complete while the step's automatic mode is changing the account.
    bool isComplete() const override;
    GuidedChecklistWidget* checklist() const { return m_checklist; }

protected:
    RecoverySession* session() const { return m_session; }
    // Where a step's automatic mode puts its widgets, above the guided content. Empty and
    // hidden until something is added.
    QVBoxLayout* automaticArea() const { return m_automaticLayout; }
    QWidget* automaticContainer() const { return m_automaticContainer; }
    // The automatic mode calls this when it starts and stops changing the account: the
    // wizard may not move on, and Back is disabled, because leaving half way is not safe.
    void setAutomaticRunning(bool running);
    // For steps whose automatic mode is one panel (step 2, step 3): `makePanel` builds it the
    // first time the API is available, and shown again the page resets it. Without the API
    // the panel is hidden, unless it is still changing the account. The panel has
    // isRunning(), reset() and the signal runningChanged(bool).
    template <typename Panel, typename MakePanel>
    void showAutomaticPanel(Panel*& panel, MakePanel makePanel)
    {
        if (!apiAvailable()) {
            if (panel && !panel->isRunning())
                automaticContainer()->hide();
            return;
        }
        if (!panel) {
            panel = makePanel();
            automaticArea()->addWidget(panel);
            connect(panel, &Panel::runningChanged, this, &GuidedStepPage::setAutomaticRunning);
        } else {
            panel->reset();
        }
        automaticContainer()->show();
    }

private:
    bool apiAvailable() const;
    void updateProgress();

    RecoveryStep m_step;
    RecoverySession* m_session;
    QWidget* m_automaticContainer = nullptr;
    QVBoxLayout* m_automaticLayout = nullptr;
    GuidedChecklistWidget* m_checklist = nullptr;
    QLabel* m_progressLabel = nullptr;
    bool m_automaticRunning = false;
};
