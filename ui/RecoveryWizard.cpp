#include "RecoveryWizard.h"

#include "ApiKeyPage.h"
#include "ConnectPage.h"
#include "InvestigatePage.h"
#include "ReportPage.h"
#include "SmtpCredentialsPage.h"
#include "StepListPanel.h"
#include "TwoFactorPage.h"
#include "UserPasswordsPage.h"
#include "WelcomePage.h"

#include <QFile>
#include <QIcon>

using namespace Qt::StringLiterals;

RecoveryWizard::RecoveryWizard(RecoverySession* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_stepList(new StepListPanel(session, this))
{
    setObjectName(u"recoveryWizard"_s);
    setWindowTitle(tr("Mailgun Recovery Assistant"));
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage);
    // "Cancel" sounds like losing the work; the journal keeps it, so say what really happens.
    setButtonText(QWizard::CancelButton, tr("Stop for now"));
    setMinimumSize(900, 640);
    resize(900, 640);

    const QString iconPath = u":/icons/app.svg"_s;
    if (QFile::exists(iconPath)) {
        const QIcon icon(iconPath);
        setWindowIcon(icon);
        setPixmap(QWizard::LogoPixmap, icon.pixmap(QSize(48, 48)));
    }

    setPage(static_cast<int>(WizardPageId::Welcome), new WelcomePage(this));
    setPage(static_cast<int>(WizardPageId::Connect), new ConnectPage(session, this));
    setPage(static_cast<int>(WizardPageId::Investigate), new InvestigatePage(session, this));
    setPage(static_cast<int>(WizardPageId::ApiKey), new ApiKeyPage(session, this));
    setPage(static_cast<int>(WizardPageId::SmtpCredentials), new SmtpCredentialsPage(session, this));
    setPage(static_cast<int>(WizardPageId::UserPasswords), new UserPasswordsPage(session, this));
    setPage(static_cast<int>(WizardPageId::TwoFactor), new TwoFactorPage(session, this));
    setPage(static_cast<int>(WizardPageId::ReportToSupport), new ReportPage(session, this));
    setStartId(static_cast<int>(WizardPageId::Welcome));

    setSideWidget(m_stepList);
    connect(this, &QWizard::currentIdChanged, m_stepList, &StepListPanel::setCurrentPage);
    m_stepList->setCurrentPage(startId());
}
