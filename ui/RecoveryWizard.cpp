#include "RecoveryWizard.h"

#include "ApiKeyPage.h"
#include "ConnectPage.h"
#include "InvestigatePage.h"
#include "MessageBox.h"
#include "ReadingScrollArea.h"
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
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

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

bool isMailgunServer(const QUrl& url)
{
    const QString host = url.host().toLower();
    return url.scheme() == u"https"_s && (host == u"api.mailgun.net"_s || host == u"api.eu.mailgun.net"_s) &&
           url.port(443) == 443 && url.userInfo().isEmpty();
}

// The address as the user typed it, without a password, with a place to break the line
// after each '/' and '.' (an address has no spaces, and the side panel is narrow).
QString breakableAddress(const QUrl& url)
{
    QString text = url.toDisplayString(QUrl::RemovePassword);
    for (qsizetype at = text.size() - 1; at >= 0; --at) {
        if (text.at(at) == u'/' || text.at(at) == u'.')
            text.insert(at + 1, QChar(0x200B)); // zero-width space
    }
    return text;
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

    auto* side = new QWidget(this);
    side->setObjectName(u"wizardSide"_s);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(6);
    m_serverBanner = new QLabel(side);
    m_serverBanner->setObjectName(u"testServerBanner"_s);
    m_serverBanner->setTextFormat(Qt::PlainText);
    m_serverBanner->setWordWrap(true);
    m_serverBanner->setMaximumWidth(m_stepList->maximumWidth());
    m_serverBanner->setContentsMargins(8, 6, 8, 6);
    m_serverBanner->setAutoFillBackground(true);
    m_serverBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_serverBanner->setForegroundRole(QPalette::ToolTipText);
    QFont bannerFont = m_serverBanner->font();
    bannerFont.setBold(true);
    m_serverBanner->setFont(bannerFont);
    sideLayout->addWidget(m_serverBanner);
    sideLayout->addWidget(m_stepList, 1);
    // The list of steps scrolls when it does not fit (large text on a small screen).
    QScrollArea* sideScroll = makeReadingScrollArea(side, this, u"wizardSideScrollArea"_s);
    const int scrollBarWidth = sideScroll->verticalScrollBar()->sizeHint().width();
    sideScroll->setMinimumWidth(m_stepList->minimumWidth() + scrollBarWidth);
    sideScroll->setMaximumWidth(m_stepList->maximumWidth() + scrollBarWidth);
    setSideWidget(sideScroll);
    connect(session, &RecoverySession::modeChanged, this, &RecoveryWizard::updateServerBanner);
    // A tick or a date the journal could not keep: the admin must know before going on.
    connect(session, &RecoverySession::journalNotSaved, this, [this](const QString& message) {
        MessageBox::warn(this, tr("Your progress was not saved"), message);
    });
    updateServerBanner();
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

void RecoveryWizard::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Cancel)) {
        event->accept();
        if (confirmStop())
            reject();
        return;
    }
    QWizard::keyPressEvent(event);
}

bool RecoveryWizard::confirmStop()
{
    MessageBox::Question question;
    question.objectName = u"stopQuestion"_s;
    question.title = tr("Stop for now?");
    question.text = tr("Do you want to stop for now?");
    question.informativeText = tr("The assistant remembers where you were. Start it again to go on.");
    question.acceptText = tr("Stop for now");
    question.rejectText = tr("Keep going");
    return MessageBox::ask(this, question);
}

void RecoveryWizard::onCurrentIdChanged(int id)
{
    const int welcome = static_cast<int>(WizardPageId::Welcome);
    const int connect = static_cast<int>(WizardPageId::Connect);
    if (id != welcome && id != -1)
        m_leftFirstPage = true;
    if (id == connect && m_previousId == welcome)
        m_resumePending = m_welcome->continuesEarlierWork();
    else if (id != connect)
        m_resumePending = false; // the jump happens once; Back then Next walks the steps in order
    qCDebug(lcUi, "page %s (from %s)%s", pageName(id), pageName(m_previousId),
            m_resumePending ? ", Next goes to the first unfinished step" : "");
    m_previousId = id;
}

void RecoveryWizard::updateServerBanner()
{
    const ApiEndpoints endpoints = m_session->endpoints();
    const bool ownAccount = m_session->mode() == RecoverySession::AccountMode::RealAccount;
    const bool show = ownAccount && !(isMailgunServer(endpoints.us) && isMailgunServer(endpoints.eu));
    m_serverBanner->setVisible(show);
    if (!show)
        return;
    const bool same =
        endpoints.us.adjusted(QUrl::StripTrailingSlash) == endpoints.eu.adjusted(QUrl::StripTrailingSlash);
    // Someone who wants the keys could hand out a shortcut that starts the assistant this way.
    const QString text =
        same ? tr("Not Mailgun: this assistant sends your API key and every request to %1. Close it "
                  "unless you chose this address yourself.")
                   .arg(breakableAddress(endpoints.us))
             : tr("Not Mailgun: this assistant sends your API key and every request to %1 (US) and %2 "
                  "(EU). Close it unless you chose these addresses yourself.")
                   .arg(breakableAddress(endpoints.us), breakableAddress(endpoints.eu));
    m_serverBanner->setText(text);
    QString plain = text;
    m_serverBanner->setAccessibleName(plain.remove(QChar(0x200B)));
}
