#pragma once

#include "WizardPageId.h"

#include <QWizard>

class RecoverySession;
class StepListPanel;

// The assistant's window: Welcome, Connect, then one page per step of Mailgun's recovery
// procedure, with the list of steps and their state on the left. The pages edit the
// RecoverySession; the wizard only arranges them.
class RecoveryWizard : public QWizard
{
    Q_OBJECT

public:
    explicit RecoveryWizard(RecoverySession* session, QWidget* parent = nullptr);

    RecoverySession* session() const { return m_session; }
    StepListPanel* stepList() const { return m_stepList; }

private:
    RecoverySession* m_session;
    StepListPanel* m_stepList;
};
