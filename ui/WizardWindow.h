#pragma once

#include <QObject>
#include <QPointer>

class RecoverySession;
class RecoveryWizard;

// Keeps the assistant's window on screen, in the language the admin chose. Picking another
// language on the first page installs its translations, remembers the choice and puts a new
// wizard in place of the old one, at the same place and size.
//
// Why a new wizard rather than retranslating the old one: every page writes its texts when
// it is built and as the session changes, so a page would need a second code path that
// rewrites each of them; a new wizard runs the same code the tests check and misses none.
// On the first page nothing has been entered that could be lost: the session (the account
// chosen, the journal of earlier work) lives outside the wizard and goes on. Once the admin
// has gone past the first page, a page may hold a typed key, so the choice is only saved
// for the next start and the page says so.
class WizardWindow : public QObject
{
    Q_OBJECT

public:
    explicit WizardWindow(RecoverySession* session, QObject* parent = nullptr);
    ~WizardWindow() override;

    // Installs the translations of `code` and names the application in it. Call before the
    // first window shows.
    static void useLanguage(const QString& code);

    RecoveryWizard* wizard() const;
    void show();

Q_SIGNALS:
    // A wizard in the new language took the place of the old one, which is going away.
    void wizardReplaced(RecoveryWizard* wizard);

private:
    RecoveryWizard* makeWizard();
    void chooseLanguage(const QString& code);
    void replaceWizard();

    RecoverySession* m_session;
    QPointer<RecoveryWizard> m_wizard;
};
