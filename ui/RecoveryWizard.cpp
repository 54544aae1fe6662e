#include "RecoveryWizard.h"

#include "ApiKeyPage.h"
#include "ConnectPage.h"
#include "InvestigatePage.h"
#include "ReportPage.h"
#include "SmtpCredentialsPage.h"
#include "StepListPanel.h"
#include "TwoFactorPage.h"
#include "UiLog.h"
#include "UserPasswordsPage.h"
#include "WelcomePage.h"
#include "recovery/RecoverySession.h"

#include <QFile>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace {

// Stable names for the log, whatever the language of the pages.
const char* pageName(int id)
{
    switch (static_cast<WizardPageId>(id)) {
    case WizardPageId::Welcome:
        return "welcome";
    case WizardPageId::Connect:
        return "connect";
    case WizardPageId::Investigate:
        return "investigate";
    case WizardPageId::ApiKey:
        return "api-key";
    case WizardPageId::SmtpCredentials:
        return "smtp-credentials";
    case WizardPageId::UserPasswords:
        return "user-passwords";
    case WizardPageId::TwoFactor:
        return "two-factor";
    case WizardPageId::ReportToSupport:
        return "report-to-support";
    }
    return "none";
}

} // namespace

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

    m_welcome = new WelcomePage(session, this);
    setPage(static_cast<int>(WizardPageId::Welcome), m_welcome);
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
    connect(this, &QWizard::currentIdChanged, this, &RecoveryWizard::onCurrentIdChanged);
    m_stepList->setCurrentPage(startId());
}

int RecoveryWizard::nextId() const
{
    if (m_resumePending && currentId() == static_cast<int>(WizardPageId::Connect)) {
        // Every step done: the last one, where the report can be made again.
        const RecoveryStep step = m_session->firstUnfinishedStep().value_or(RecoveryStep::ReportToSupport);
        return static_cast<int>(pageIdForStep(step));
    }
    return QWizard::nextId();
}

void RecoveryWizard::onCurrentIdChanged(int id)
{
    const int welcome = static_cast<int>(WizardPageId::Welcome);
    const int connect = static_cast<int>(WizardPageId::Connect);
    if (id == connect && m_previousId == welcome)
        m_resumePending = m_welcome->continuesEarlierWork();
    else if (id != connect)
        m_resumePending = false; // the jump happens once; Back then Next walks the steps in order
    qCDebug(lcUi, "page %s (from %s)%s", pageName(id), pageName(m_previousId),
            m_resumePending ? ", Next goes to the first unfinished step" : "");
    m_previousId = id;
}
