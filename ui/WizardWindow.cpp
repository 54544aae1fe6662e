#include "WizardWindow.h"

#include "RecoveryWizard.h"
#include "UiLog.h"
#include "WelcomePage.h"
#include "identity/LanguageSetting.h"
#include "identity/Translations.h"

#include <QApplication>
#include <QComboBox>

WizardWindow::WizardWindow(RecoverySession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_wizard = makeWizard();
}

WizardWindow::~WizardWindow()
{
    delete m_wizard;
}

void WizardWindow::useLanguage(const QString& code)
{
    if (!Translations::use(code))
        qCWarning(lcUi, "no translation for the language %s", qUtf8Printable(code));
    QApplication::setApplicationDisplayName(
        QApplication::translate("WizardApp", "Mailgun Recovery Assistant"));
}

RecoveryWizard* WizardWindow::wizard() const
{
    return m_wizard;
}

void WizardWindow::show()
{
    m_wizard->show();
}

RecoveryWizard* WizardWindow::makeWizard()
{
    auto* wizard = new RecoveryWizard(m_session);
    connect(wizard->welcomePage(), &WelcomePage::languageChosen, this, &WizardWindow::chooseLanguage);
    return wizard;
}

void WizardWindow::chooseLanguage(const QString& code)
{
    LanguageSetting::save(code);
    if (code == Translations::current()) {
        m_wizard->welcomePage()->setNextStartLanguage(QString());
        return;
    }
    if (m_wizard->hasLeftFirstPage()) {
        m_wizard->welcomePage()->setNextStartLanguage(code);
        return;
    }
    qCInfo(lcUi, "language %s chosen: the wizard is built again in it", qUtf8Printable(code));
    useLanguage(code);
    replaceWizard();
}

void WizardWindow::replaceWizard()
{
    RecoveryWizard* old = m_wizard;
    m_wizard = makeWizard();
    m_wizard->restoreGeometry(old->saveGeometry());
    // The new window shows before the old one goes, so the application never has no window.
    m_wizard->show();
    m_wizard->activateWindow();
    m_wizard->welcomePage()->languageChoice()->setFocus(Qt::OtherFocusReason);
    old->hide();
    // The choice came from the old wizard's own list, still in its signal.
    old->deleteLater();
    Q_EMIT wizardReplaced(m_wizard);
}
