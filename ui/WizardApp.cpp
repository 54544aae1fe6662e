#include "WizardApp.h"

#include "MessageBox.h"
#include "WizardWindow.h"
#include "identity/ApplicationIdentity.h"
#include "identity/LanguageSetting.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "workspace/PracticeWorkspace.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int runWizard(int& argc, char** argv, const WizardLaunchOptions& options)
{
    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    // Lets Wayland desktops match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(ApplicationIdentity::desktopId());
    // Before any window, even the warnings below: the admin's choice, else the system's.
    WizardWindow::useLanguage(LanguageSetting::forWizardStart());

    Journal journal(Journal::defaultPath());
    QString error;
    if (!journal.load(&error) && journal.isHeldElsewhere()) {
        // A second window on the same recovery would undo the first one's work: this one
        // changes nothing and closes.
        MessageBox::warn(nullptr, QApplication::translate("WizardApp", "The assistant is already open"),
                         error);
        return 1;
    }
    if (!error.isEmpty()) {
        MessageBox::warn(nullptr, QApplication::translate("WizardApp", "Earlier progress could not be read"),
                         QApplication::translate("WizardApp",
                                                 "The assistant could not read all of the record "
                                                 "of what you did before. You can go on.\n\n%1")
                             .arg(error));
    }

    // The composition root of the wizard: the admin's own account, and the practice account
    // built the first time the admin chooses it.
    RecoverySession session(AccountWorkspace::forRealAccount(options.endpoints, &journal));
    session.workspace()->setParent(&session);
    session.setPracticeProvider([](QObject* parent, QString* error) -> AccountWorkspace* {
        return PracticeWorkspace::start(parent, error);
    });
    if (options.practice) {
        QString practiceError;
        if (session.ensurePracticeWorkspace(&practiceError)) {
            session.setMode(RecoverySession::AccountMode::Practice);
        } else {
            MessageBox::warn(
                nullptr, QApplication::translate("WizardApp", "The practice account could not start"),
                QApplication::translate("WizardApp", "The practice account could not start, so the assistant "
                                                     "opens on your own account instead.\n\nDetails: %1")
                    .arg(practiceError));
        }
    }

    WizardWindow window(&session);
    window.show();
    return QApplication::exec();
}
