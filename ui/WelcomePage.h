#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;
class RecoverySession;

// The first page: what will happen, how long it takes, and that nothing changes without
// asking. The reader is worried; this page has to calm them before it asks for anything.
// When the journal holds earlier work on the user's own account, the page becomes "welcome
// back": a short summary of what is done, "Continue where you left off" (the default) or
// "Start over", which asks first.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    // True when there was earlier work and the user chose to continue it: the wizard then
    // goes from Connect straight to the first unfinished step.
    bool continuesEarlierWork() const;

private:
    QWidget* buildResumeBox();
    QWidget* buildIntroduction();
    void refresh();
    bool confirmStartOver();

    RecoverySession* m_session;
    bool m_hasEarlierWork = false;
    QWidget* m_resumeBox = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QRadioButton* m_continueRadio = nullptr;
    QRadioButton* m_startOverRadio = nullptr;
    QWidget* m_introduction = nullptr;
};
