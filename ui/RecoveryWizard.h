#pragma once

#include "WizardPageId.h"

#include <QWizard>

class RecoverySession;
class StepListPanel;
class WelcomePage;

// The assistant's window: Welcome, Connect, then one page per step of Mailgun's recovery
// procedure, with the list of steps and their state on the left. The pages edit the
// RecoverySession; the wizard only arranges them. When the user continues earlier work, the
// wizard goes from Connect straight to the first unfinished step, once; Back and Next then
// walk the steps in order as usual.
class RecoveryWizard : public QWizard
{
    Q_OBJECT

public:
    explicit RecoveryWizard(RecoverySession* session, QWidget* parent = nullptr);

    RecoverySession* session() const { return m_session; }
    StepListPanel* stepList() const { return m_stepList; }

    int nextId() const override;

private:
    void onCurrentIdChanged(int id);

    RecoverySession* m_session;
    StepListPanel* m_stepList;
    WelcomePage* m_welcome = nullptr;
    int m_previousId = -1;
    bool m_resumePending = false; // the next step after Connect is the first unfinished one
};
