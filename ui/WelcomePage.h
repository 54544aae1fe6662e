#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;
class RecoverySession;

// The first page: what will happen, how long it takes, and that nothing changes without
// asking. The reader is worried; this page has to calm them before it asks for anything.
// When the journal holds earlier work on the user's own account, the page becomes "welcome
// back": a short summary of what is done, "Continue where you left off" (the default) or
// "Start over", which asks first. At the top, the admin can choose the language.
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

    QComboBox* languageChoice() const { return m_languageCombo; }
    // Says that `code` is used from the next start (the admin went past this page, so the
    // wizard is not rebuilt now); an empty code hides the note.
    void setNextStartLanguage(const QString& code);

Q_SIGNALS:
    // The admin picked a language in the list (a code of Languages::shipped()).
    void languageChosen(const QString& code);

private:
    QWidget* buildLanguageChoice();
    QWidget* buildResumeBox();
    QWidget* buildIntroduction();
    void refresh();
    bool confirmStartOver();

    RecoverySession* m_session;
    QComboBox* m_languageCombo = nullptr;
    QLabel* m_nextStartNote = nullptr;
    bool m_hasEarlierWork = false;
    QWidget* m_resumeBox = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QRadioButton* m_continueRadio = nullptr;
    QRadioButton* m_startOverRadio = nullptr;
    QWidget* m_introduction = nullptr;
};
