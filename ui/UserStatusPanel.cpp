#include "UserStatusPanel.h"

#include "FocusAfterAction.h"
#include "LocalTimeText.h"
#include "NamedButton.h"
#include "PlainLabel.h"
#include "StatusAnnouncer.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/RecoverySession.h"
#include "recovery/UserStatusController.h"
#include "recovery/UserStepCompletion.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString displayName(const AccountUser& user)
{
    return user.name.isEmpty() ? user.email : user.name;
}

} // namespace

UserStatusPanel::UserStatusPanel(Kind kind, RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_session(session)
{
    const bool passwords = kind == Kind::Passwords;
    const QString prefix = passwords ? u"userPasswords"_s : u"twoFactor"_s;
    setObjectName(prefix + u"Panel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* heading = new QLabel(passwords ? tr("<b>Check who has a new password</b>")
                                         : tr("<b>Check who has two-factor sign-in</b>"),
                               this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);

    m_intro = makePlainLabel(prefix + u"IntroLabel"_s, this);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setOpenExternalLinks(true);
    layout->addWidget(m_intro);

    auto* statusRow = new QHBoxLayout;
    m_refreshButton = makeNamedButton(tr("Refresh"), prefix + u"RefreshButton"_s,
                                      passwords ? tr("Check the users' passwords again")
                                                : tr("Check the users' two-factor sign-in again"),
                                      this);
    statusRow->addWidget(m_refreshButton);
    m_statusLabel = makePlainLabel(prefix + u"StatusLabel"_s, this);
    StatusAnnouncer::follow(m_statusLabel);
    statusRow->addWidget(m_statusLabel, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(prefix + u"BusyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Reading the users"));
    m_busy->hide();
    statusRow->addWidget(m_busy);
    layout->addLayout(statusRow);

    m_table = new UserStatusTable(kind, practice(), this);
    m_table->hide();
    layout->addWidget(m_table);

    m_summaryLabel = makePlainLabel(prefix + u"SummaryLabel"_s, this);
    layout->addWidget(m_summaryLabel);
    m_noteLabel = makePlainLabel(prefix + u"NoteLabel"_s, this);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteLabel->hide();
    layout->addWidget(m_noteLabel);

    connect(m_refreshButton, &QPushButton::clicked, this, &UserStatusPanel::refresh);
    connect(m_table, &UserStatusTable::actionClicked, this, &UserStatusPanel::onActionClicked);
    // A tick by hand below can change what the summary says is left.
    connect(m_session, &RecoverySession::stepStateChanged, this, [this] { updateSummary(); });
}

bool UserStatusPanel::practice() const
{
    return m_session->mode() == RecoverySession::AccountMode::Practice;
}

void UserStatusPanel::reset()
{
    // A new controller for whichever account is connected now; the countdowns of reset links
    // already opened come back from the journal.
    if (m_controller)
        m_controller->deleteLater();
    m_controller = new UserStatusController(m_session->client(), m_session->journal(),
                                            m_session->workspace()->userActions(), this);
    connect(m_controller, &UserStatusController::runningChanged, this, [this](bool running) {
        if (running) {
            m_busy->show();
            // Disabling Refresh under the focus would drop it into the table.
            holdFocusWhileBusy(this, m_busy);
            m_refreshButton->setEnabled(false);
            m_statusLabel->setText(tr("Reading the account's users..."));
            return;
        }
        const bool held = m_busy->hasFocus();
        m_refreshButton->setEnabled(true);
        if (held) // back where the admin was, next to the status that now says what was found
            m_refreshButton->setFocus(Qt::OtherFocusReason);
        m_busy->hide();
    });
    connect(m_controller, &UserStatusController::refreshed, this, &UserStatusPanel::onRefreshed);
    connect(m_controller, &UserStatusController::failed, this, &UserStatusPanel::onFailed);

    const QString since =
        QLocale().toString(m_session->incidentStart().toLocalTime().date(), QLocale::ShortFormat);
    QString intro;
    if (m_kind == Kind::Passwords) {
        intro = tr("The program cannot change anyone's password, but it can check who has. Each person asks "
                   "Mailgun for a reset email and chooses a new password. Only a change after the incident "
                   "started (%1) counts.")
                    .arg(since.toHtmlEscaped());
        intro += u' ' + (practice() ? tr("Practice account: \"Practice reset\" pretends the person did it; "
                                         "then click Refresh.")
                                    : tr("\"Reset...\" opens Mailgun's reset page and copies the person's "
                                         "email address, ready to paste there."));
    } else {
        intro = tr("The program cannot turn on two-factor sign-in for anyone, but it can check who has. Each "
                   "person signs in at app.mailgun.com, clicks their name, then Security, and turns it on "
                   "with a phone app. <a href=\"%1\">Mailgun's help page</a> explains each step.")
                    .arg(UserStatusController::twoFactorHelpUrl().toString());
        intro +=
            u' ' + (practice() ? tr("Practice account: \"Practice: turn on\" pretends the person did "
                                    "it; then click Refresh.")
                               : tr("\"Copy how-to\" copies these steps, ready to email to the person."));
    }
    m_intro->setText(intro);
    m_table->setPractice(practice());
    m_table->setUsers({});
    m_table->hide();
    m_summaryLabel->clear();
    m_summaryLabel->hide();
    m_noteLabel->clear();
    m_noteLabel->hide();
    refresh();
}

void UserStatusPanel::refresh()
{
    if (m_controller)
        m_controller->refresh(m_session->incidentStart());
}

void UserStatusPanel::rebuildTable()
{
    m_table->setUsers(m_controller->users());
    for (const UserStatus& status : m_controller->users())
        m_table->setResetLinkOpenedAt(status.user.id, m_controller->resetLinkOpenedAt(status.user.id));
    m_table->show();
}

void UserStatusPanel::onRefreshed()
{
    // The note told what to do before this check; the table now shows the result.
    m_noteLabel->clear();
    m_noteLabel->hide();
    rebuildTable();
    m_statusLabel->setText(tr("Checked at %1.").arg(LocalTimeText::clockTime(m_controller->checkedAt())));
    UserStepCompletion::apply(m_session, m_controller->users());
    updateSummary();
}

void UserStatusPanel::onFailed(const QString& message)
{
    QString text = message;
    if (m_controller && m_controller->lastError().kind != ApiError::Kind::Forbidden)
        text += u' ' + tr("You can also tick the items below by hand when they are done.");
    m_statusLabel->setText(text);
    updateSummary();
}

void UserStatusPanel::updateSummary()
{
    if (!m_controller || !m_controller->hasResult()) {
        m_summaryLabel->clear();
        m_summaryLabel->hide();
        return;
    }
    const QList<UserStatus>& users = m_controller->users();
    const int total = static_cast<int>(users.size());
    QString summary;
    if (users.isEmpty()) {
        summary = tr("Mailgun listed no users for this account. Tick the items below by hand.");
    } else if (m_kind == Kind::Passwords) {
        const int left = UserStatus::passwordsLeft(users);
        summary = left == 0
                      ? tr("Everyone has chosen a new password since the incident started.")
                      : tr("%n of %1 people still have to choose a new password.", nullptr, left).arg(total);
        if (left == 0 && !m_session->isItemConfirmed(RecoveryStep::UserPasswords, u"users-reviewed"_s))
            summary += u' ' + tr("One thing only you can decide: is everyone in this list someone who should "
                                 "still have access? Remove anyone who should not in the Control Panel, then "
                                 "tick the first item below.");
        else if (left == 0)
            summary += u' ' + tr("This step is done.");
    } else {
        const int left = UserStatus::tfaLeft(users);
        summary =
            left == 0
                ? tr("Everyone has two-factor sign-in turned on. This step is done.")
                : tr("%n of %1 people still have to turn on two-factor sign-in.", nullptr, left).arg(total);
    }
    m_summaryLabel->setText(summary);
    m_summaryLabel->show();
}

void UserStatusPanel::onActionClicked(const QString& userId)
{
    if (!m_controller || !m_controller->user(userId))
        return;
    if (m_kind == Kind::Passwords)
        openResetPage(userId);
    else
        copyTwoFactorHowTo(userId);
}

void UserStatusPanel::openResetPage(const QString& userId)
{
    const AccountUser user = m_controller->user(userId)->user;
    const QString name = displayName(user);
    if (!m_controller->resetLinkRequested(userId)) {
        m_noteLabel->setText(tr("The practice account could not be changed. Go back to the Connect page and "
                                "choose the practice account again."));
        m_noteLabel->show();
        return;
    }
    m_table->setResetLinkOpenedAt(userId, m_controller->resetLinkOpenedAt(userId));
    if (practice()) {
        m_noteLabel->setText(tr("Practice: %1 has now chosen a new password in the practice account. With a "
                                "real account, they would click the link in Mailgun's email within 20 "
                                "minutes. Click Refresh to check.")
                                 .arg(name));
        m_noteLabel->show();
        return;
    }
    QGuiApplication::clipboard()->setText(user.email);
    const QUrl url = UserStatusController::passwordResetUrl();
    if (QDesktopServices::openUrl(url)) {
        m_noteLabel->setText(
            tr("Mailgun's sign-in page is open in your browser and %1 is copied. Click \"Forgot password?\", "
               "paste the address and send the request. Mailgun emails %2 a link that works for 20 minutes, "
               "so ask them to use it straight away. When they are done, click Refresh.")
                .arg(user.email, name));
    } else {
        m_noteLabel->setText(
            tr("The browser could not be opened. Go to %1 yourself and click \"Forgot "
               "password?\"; %2 is copied, ready to paste. Mailgun emails %3 a link that works "
               "for 20 minutes.")
                .arg(url.toString(), user.email, name));
    }
    m_noteLabel->show();
}

void UserStatusPanel::copyTwoFactorHowTo(const QString& userId)
{
    const AccountUser user = m_controller->user(userId)->user;
    const QString name = displayName(user);
    if (practice()) {
        if (m_controller->simulateTwoFactorOn(userId))
            m_noteLabel->setText(tr("Practice: %1 has now turned on two-factor sign-in in the practice "
                                    "account. Click Refresh to check.")
                                     .arg(name));
        else
            m_noteLabel->setText(tr("The practice account could not be changed. Go back to the Connect page "
                                    "and choose the practice account again."));
        m_noteLabel->show();
        return;
    }
    QGuiApplication::clipboard()->setText(UserStatusController::twoFactorRequestText(user));
    m_noteLabel->setText(
        tr("The instructions for %1 are copied. Paste them into an email to %2. When they are "
           "done, click Refresh.")
            .arg(name, user.email));
    m_noteLabel->show();
}
