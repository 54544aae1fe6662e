#include "SmtpResetPanel.h"

#include "FocusAfterAction.h"
#include "MessageBox.h"
#include "NamedButton.h"
#include "PlainLabel.h"
#include "ResumeRow.h"
#include "SecretRevealField.h"
#include "SmtpLoginTable.h"
#include "StatusAnnouncer.h"
#include "mailgun/UntrustedText.h"
#include "models/SmtpLoginModel.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "recovery/SecretEntries.h"
#include "secrets/SecretStore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SmtpResetPanel::SmtpResetPanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"smtpResetPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* heading = new QLabel(tr("<b>Reset the SMTP passwords for me</b>"), this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    auto* intro = makePlainLabel(u"smtpIntroLabel"_s, this);
    intro->setText(tr("The program can give every SMTP login of every domain a new password and keep each "
                      "one in this computer's keychain. You can also delete logins nobody on your team "
                      "knows. First look at the list: nothing changes until you agree."));
    layout->addWidget(intro);

    m_resumeRow = new ResumeRow(
        u"smtpResumeLabel"_s, tr("A password reset was interrupted before it was finished."),
        u"smtpResumeButton"_s, tr("Continue it"), tr("Continue the interrupted SMTP password reset"), this);
    layout->addWidget(m_resumeRow);

    auto* buttons = new QHBoxLayout;
    m_showButton =
        makeNamedButton(tr("Show my SMTP logins"), u"smtpShowButton"_s, tr("Show my SMTP logins"), this);
    m_startButton = makeNamedButton(tr("Reset the passwords"), u"smtpStartButton"_s,
                                    tr("Give every login a new password and delete the ticked ones"), this);
    m_stopButton =
        makeNamedButton(tr("Stop"), u"smtpStopButton"_s, tr("Stop after the logins being changed now"), this);
    m_retryButton = makeNamedButton(tr("Try the failed ones again"), u"smtpRetryButton"_s,
                                    tr("Try the logins that failed again"), this);
    for (QPushButton* b : {m_showButton, m_startButton, m_stopButton, m_retryButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* statusRow = new QHBoxLayout;
    m_statusLabel = makePlainLabel(u"smtpStatusLabel"_s, this);
    StatusAnnouncer::follow(m_statusLabel);
    statusRow->addWidget(m_statusLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"smtpProgressBar"_s);
    m_progress->setAccessibleName(tr("Logins done"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m"));
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);

    m_table = new SmtpLoginTable(this);
    m_logins = m_table->logins();
    layout->addWidget(m_table);

    m_unreadableLabel = makePlainLabel(u"smtpUnreadableLabel"_s, this);
    layout->addWidget(m_unreadableLabel);
    m_resultLabel = makePlainLabel(u"smtpResultLabel"_s, this);
    layout->addWidget(m_resultLabel);

    m_passwordLabel = makePlainLabel(u"smtpPasswordLabel"_s, this);
    layout->addWidget(m_passwordLabel);
    m_passwordField =
        new SecretRevealField(u"smtpPasswordField"_s, SecretRevealField::Holds::SmtpPassword, this);
    layout->addWidget(m_passwordField);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"smtpSummaryText"_s);
    m_summary->setAccessibleName(tr("Where each new password is kept"));
    m_summary->setReadOnly(true);
    m_summary->setMaximumHeight(110);
    layout->addWidget(m_summary);
    m_copyButton = makeNamedButton(tr("Copy the list"), u"smtpCopyButton"_s,
                                   tr("Copy the list of logins and where their passwords are kept"), this);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyButton);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);

    connect(m_showButton, &QPushButton::clicked, this, &SmtpResetPanel::showLogins);
    connect(m_startButton, &QPushButton::clicked, this, &SmtpResetPanel::confirmAndStart);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->cancel();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        hideStates();
        m_controller->retryFailed();
    });
    connect(m_resumeRow, &ResumeRow::continueRequested, this, [this] {
        hideStates();
        makeController();
        m_controller->resume();
        fillTable();
    });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(summaryText()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showPasswordOf(current.row()); });
    connect(m_logins, &SmtpLoginModel::deleteToggled, this, [this](const QString& key, bool remove) {
        if (m_controller && m_controller->phase() == SmtpResetController::Phase::Ready)
            m_controller->plan().setDelete(key, remove);
    });
    reset();
}

SmtpResetController* SmtpResetPanel::makeController()
{
    if (m_controller)
        m_controller->deleteLater();
    m_controller =
        new SmtpResetController(m_session->client(), m_session->secretStore(), m_session->journal(), this);
    connect(m_controller, &SmtpResetController::phaseChanged, this, &SmtpResetPanel::onPhaseChanged);
    connect(m_controller, &SmtpResetController::planReady, this, &SmtpResetPanel::fillTable);
    connect(m_controller, &SmtpResetController::rowChanged, this, &SmtpResetPanel::onRowChanged);
    connect(m_controller, &SmtpResetController::progressChanged, this, &SmtpResetPanel::onProgress);
    connect(m_controller, &SmtpResetController::finished, this, &SmtpResetPanel::onFinished);
    connect(m_controller, &SmtpResetController::failed, this, &SmtpResetPanel::onFailed);
    return m_controller;
}

void SmtpResetPanel::hideStates()
{
    m_statusLabel->hide();
    m_progress->hide();
    m_unreadableLabel->hide();
    m_resultLabel->hide();
    m_passwordLabel->hide();
    m_passwordField->hide();
    m_passwordField->clear();
    m_summary->hide();
    m_copyButton->hide();
    m_stopButton->hide();
    m_retryButton->hide();
    m_resumeRow->hide();
}

void SmtpResetPanel::reset()
{
    if (m_running)
        return;
    if (m_controller && m_controller->phase() == SmtpResetController::Phase::Finished)
        return; // keep the results on screen
    makeController();
    hideStates();
    m_table->hide();
    m_logins->clear();
    m_startButton->hide();
    m_showButton->show();
    m_showButton->setEnabled(true);
    const SmtpResetProgress progress = SmtpResetProgress::fromJournal(m_session->journal()->entries());
    m_resumeRow->setVisible(progress.isUnfinished());
}

void SmtpResetPanel::showLogins()
{
    hideStates();
    m_table->hide();
    m_startButton->hide();
    makeController();
    m_controller->load(m_session->incidentStart());
}

void SmtpResetPanel::fillTable()
{
    const SmtpResetPlan& plan = m_controller->plan();
    const bool editable = m_controller->phase() == SmtpResetController::Phase::Ready;
    m_logins->setPlan(plan, editable);
    for (int row = 0; row < plan.rows.size(); ++row)
        onRowChanged(row);
    m_table->show();
    if (!plan.unreadable.isEmpty()) {
        m_unreadableLabel->setText(tr("Some logins could not be read, so they are not in the list:\n%1")
                                       .arg(plan.unreadable.join(u'\n')));
        m_unreadableLabel->show();
    }
    if (editable) {
        m_startButton->show();
        m_startButton->setEnabled(!plan.rows.isEmpty());
        m_statusLabel->setText(plan.rows.isEmpty()
                                   ? tr("Your account has no SMTP logins. There is nothing to reset.")
                                   : tr("SMTP logins found: %1. Every login gets a new password. Tick Delete "
                                        "for logins nobody on your team knows.")
                                         .arg(plan.rows.size()));
        m_statusLabel->show();
        m_resumeRow->setVisible(m_controller->progress().isUnfinished());
        moveFocusAfterAction(this, m_table); // the logins are what to read and tick next
    }
}

void SmtpResetPanel::confirmAndStart()
{
    const SmtpResetPlan& plan = m_controller->plan();
    const int toDelete = plan.count(SmtpLoginRow::Action::Delete);
    const int toReset = plan.count(SmtpLoginRow::Action::NewPassword);
    MessageBox::Question question;
    question.objectName = u"resetSmtpQuestion"_s;
    question.title = tr("Reset the SMTP passwords");
    question.text = tr("Reset the SMTP passwords now?");
    question.informativeText =
        tr("Logins that get a new password, kept in this computer's keychain: %1.").arg(toReset);
    if (toDelete > 0) {
        question.informativeText += u'\n' + tr("Logins that will be deleted: %1.").arg(toDelete);
        for (const SmtpLoginRow& row : plan.rows) {
            if (row.action == SmtpLoginRow::Action::Delete)
                question.informativeText += u"\n"_s + UntrustedText::oneLine(row.login);
        }
    }
    question.informativeText += u"\n\n"_s + tr("Websites and apps that send email with the old passwords "
                                               "stop sending until you give them the new ones.");
    question.acceptText = tr("Reset the passwords");
    question.rejectText = tr("Not now");
    question.destructive = true;
    if (!MessageBox::ask(this, question))
        return;
    hideStates();
    m_controller->start();
}

void SmtpResetPanel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void SmtpResetPanel::onPhaseChanged(SmtpResetController::Phase phase)
{
    using Phase = SmtpResetController::Phase;
    const bool running = phase == Phase::Running;
    const bool loading = phase == Phase::Loading;
    if (loading) {
        m_statusLabel->setText(tr("Reading your domains and their SMTP logins…"));
        m_statusLabel->show();
        m_progress->setRange(0, 0);
        m_progress->show();
    } else if (running) {
        m_statusLabel->setText(tr("Giving each login its new password…"));
        m_statusLabel->show();
        m_progress->setRange(0, static_cast<int>(m_controller->plan().rows.size()));
        m_progress->show();
        m_startButton->hide();
        m_retryButton->hide();
        m_resumeRow->hide();
        m_logins->setEditable(false);
    } else {
        m_progress->hide();
    }
    m_stopButton->setVisible(running);
    if (running || loading) // before the button under the focus is hidden or disabled
        holdFocusWhileBusy(this, running ? static_cast<QWidget*>(m_stopButton) : m_progress);
    m_showButton->setEnabled(!running && !loading);
    setRunning(running);
}

void SmtpResetPanel::onRowChanged(int row)
{
    if (row < 0 || row >= m_logins->rowCount() || !m_controller)
        return;
    m_logins->setResult(row, m_controller->result(m_controller->plan().rows.at(row).key()));
}

void SmtpResetPanel::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void SmtpResetPanel::onFinished()
{
    const int failed = m_controller->failedCount();
    const int done = m_controller->doneCount();
    if (failed == 0) {
        m_resultLabel->setText(tr("Done. Logins changed: %1. Each new password is in this computer's "
                                  "keychain. Click a login to see its password.")
                                   .arg(done));
        m_session->setItemConfirmed(RecoveryStep::SmtpCredentials, u"smtp-passwords-reset"_s, true);
        if (m_controller->plan().count(SmtpLoginRow::Action::Delete) > 0)
            m_session->setItemConfirmed(RecoveryStep::SmtpCredentials, u"smtp-unknown-deleted"_s, true);
    } else {
        m_resultLabel->setText(
            tr("Logins changed: %1. Not changed: %2. The logins marked ✘ still have their old password "
               "(point at a row to read why); those marked ? may have the new one. Try "
               "again: the same new passwords are sent, nothing is guessed.")
                .arg(done)
                .arg(failed));
        m_retryButton->show();
    }
    m_statusLabel->hide();
    m_resultLabel->show();
    m_summary->setPlainText(summaryText());
    m_summary->show();
    m_copyButton->show();
    m_passwordLabel->setText(tr("Click a login in the list to see its new password."));
    m_passwordLabel->show();
    // A login already current (chosen with the keyboard before the reset) shows its password.
    if (m_table->currentIndex().isValid())
        showPasswordOf(m_table->currentIndex().row());
    // The outcome to read first; a failure offers its next action instead.
    moveFocusAfterAction(this, failed == 0 ? static_cast<QWidget*>(m_summary) : m_retryButton);
}

void SmtpResetPanel::onFailed(const QString& message)
{
    m_statusLabel->hide();
    m_resultLabel->setText(message);
    m_resultLabel->show();
    if (m_controller->plan().rows.isEmpty()) {
        m_showButton->setEnabled(true);
    } else if (m_controller->doneCount() < m_controller->plan().rows.size()) {
        m_retryButton->show();
    }
    moveFocusAfterAction(this, m_retryButton->isVisible() ? m_retryButton : m_showButton);
}

void SmtpResetPanel::showPasswordOf(int row)
{
    m_passwordField->clear();
    m_passwordField->hide();
    if (!m_controller || row < 0 || row >= m_controller->plan().rows.size())
        return;
    const SmtpLoginRow login = m_controller->plan().rows.at(row);
    if (m_controller->result(login.key()).status != SmtpResetController::RowStatus::PasswordSet)
        return;
    m_passwordLabel->setText(tr("New password for %1 (server %2):").arg(login.login, smtpHost(login.region)));
    m_passwordLabel->show();
    const Secret inMemory = m_controller->newPassword(login.key());
    if (!inMemory.isEmpty()) {
        m_passwordField->setSecret(inMemory);
        m_passwordField->show();
        return;
    }
    // After a restart the password is only in the keychain.
    m_session->secretStore()->read(SecretEntries::smtp(login.region, login.login), this,
                                   [this, row](const SecretStore::Result& result) {
                                       if (m_table->currentIndex().row() != row)
                                           return;
                                       if (result.ok()) {
                                           m_passwordField->setSecret(result.value);
                                           m_passwordField->show();
                                       } else {
                                           m_passwordLabel->setText(result.userMessage());
                                       }
                                   });
}

QString SmtpResetPanel::summaryText() const
{
    using Status = SmtpResetController::RowStatus;
    if (!m_controller)
        return {};
    QStringList lines;
    for (const SmtpLoginRow& login : m_controller->plan().rows) {
        const SmtpResetController::RowResult result = m_controller->result(login.key());
        if (result.status == Status::PasswordSet) {
            lines << tr("%1 | server %2, port 587 | new password in the keychain \"%3\", entry %4")
                         .arg(login.login, smtpHost(login.region), m_session->secretStore()->serviceName(),
                              SecretEntries::smtp(login.region, login.login));
        } else if (result.status == Status::Deleted) {
            lines << tr("%1 | deleted").arg(login.login);
        } else {
            lines << tr("%1 | not changed: the old password still works").arg(login.login);
        }
    }
    return lines.join(u'\n');
}
