#pragma once

#include "WizardPageId.h"

#include <QWizard>

class QKeyEvent;
class QLabel;
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
    WelcomePage* welcomePage() const { return m_welcome; }
    // True once another page than the first was shown: from then on the pages may hold what
    // the admin entered (a key typed on the Connect page), even after Back.
    bool hasLeftFirstPage() const { return m_leftFirstPage; }
    // Shown above the step list, on every page, while the admin's own account is reached at
    // an address that is not Mailgun's (--api-base): a test double, a proxy, or a trap.
    QLabel* serverBanner() const { return m_serverBanner; }

    int nextId() const override;

protected:
    // Escape asks before the window closes: one key press must not end the work by surprise.
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool confirmStop();
    void onCurrentIdChanged(int id);
    void updateServerBanner();

    RecoverySession* m_session;
    StepListPanel* m_stepList;
    QLabel* m_serverBanner = nullptr;
    WelcomePage* m_welcome = nullptr;
    int m_previousId = -1;
    bool m_leftFirstPage = false;
    bool m_resumePending = false; // the next step after Connect is the first unfinished one
};
