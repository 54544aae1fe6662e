#include "AccountReviewPanel.h"

#include "FindingsTable.h"
#include "FindingsView.h"
#include "FocusAfterAction.h"
#include "LocalTimeText.h"
#include "MessageBox.h"
#include "PlainLabel.h"
#include "SendingChart.h"
#include "StatusAnnouncer.h"
#include "SubaccountDisablePanel.h"
#include "investigate/AccountReview.h"
#include "recovery/AccountCleanup.h"
#include "recovery/InvestigationController.h"
#include "recovery/RecoverySession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Findings that mean "a route, webhook or archive copy sends your mail somewhere unknown".
bool isForwardingFinding(const QString& kind)
{
    static const QStringList kinds{u"forwarding-route"_s, u"catch-all-route"_s, u"unknown-webhook"_s,
                                   u"unknown-account-webhook"_s, u"archive-to"_s};
    return kinds.contains(kind);
}

} // namespace

AccountReviewPanel::AccountReviewPanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"accountReviewPanel"_s);
    auto* layout = new QVBoxLayout(this);

    m_intro = makePlainLabel(u"accountReviewIntro"_s, this);
    layout->addWidget(m_intro);

    auto* actions = new QHBoxLayout;
    m_startButton = new QPushButton(tr("Review my account"), this);
    m_startButton->setObjectName(u"startReviewButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reviewProgress"_s);
    m_progress->hide();
    actions->addWidget(m_startButton);
    actions->addWidget(m_progress, 1);
    actions->addStretch(); // takes the room while the progress bar is hidden
    layout->addLayout(actions);

    m_status = makePlainLabel(u"reviewStatus"_s, this);
    StatusAnnouncer::follow(m_status);
    layout->addWidget(m_status);

    m_chart = new SendingChart(this);
    m_chart->hide();
    layout->addWidget(m_chart);
    m_useSpikeButton = new QPushButton(this);
    m_useSpikeButton->setObjectName(u"useSpikeStartButton"_s);
    m_useSpikeButton->hide();
    layout->addWidget(m_useSpikeButton, 0, Qt::AlignLeft);

    auto* findings = new FindingsView(u"reviewFindingsTable"_s, this);
    m_table = findings->table();
    layout->addWidget(findings);
    auto* removeRow = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("Remove the selected item…"), this);
    m_removeButton->setObjectName(u"removeFindingButton"_s);
    m_removeButton->setToolTip(tr("Deletes a route or webhook that sends your mail elsewhere, or stops an "
                                  "archive copy. The program asks first."));
    m_removeButton->hide();
    m_removeHint = makePlainLabel(u"removeFindingHint"_s, this);
    removeRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    removeRow->addWidget(m_removeHint, 1);
    layout->addLayout(removeRow);
    m_subaccountPanel = new SubaccountDisablePanel(session, m_table, this);
    layout->addWidget(m_subaccountPanel);
    connect(m_subaccountPanel, &SubaccountDisablePanel::changingAccount, this,
            &AccountReviewPanel::changingAccount);
    m_problems = makePlainLabel(u"reviewProblems"_s, this);
    m_problems->hide();
    layout->addWidget(m_problems);

    connect(m_startButton, &QPushButton::clicked, this, &AccountReviewPanel::startReview);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountReviewPanel::removeSelected);
    connect(m_table, &FindingsTable::selectedFindingChanged, this, &AccountReviewPanel::updateRemoveButton);
    connect(m_useSpikeButton, &QPushButton::clicked, this, [this] {
        if (m_review && m_review->volume().spikeStart.isValid())
            Q_EMIT incidentStartSuggested(m_review->volume().spikeStart);
        m_useSpikeButton->hide();
    });
    reset();
}

void AccountReviewPanel::reset()
{
    if (m_running)
        return;
    const bool available = m_session->apiAvailable();
    m_startButton->setEnabled(available);
    if (available)
        m_intro->setText(
            tr("The program reads your account in both regions, US and EU. It changes nothing. It reads:\n"
               "- API keys and SMTP logins\n"
               "- routes: rules that forward incoming mail\n"
               "- webhooks: addresses that get a copy of events\n"
               "- archive copies, subaccounts and the IP allowlist\n"
               "- the last 30 days of sending"));
    else
        m_intro->setText(
            tr("To review the account, go back to Connect and check an API key. You can still look "
               "through your files and your website, and use the guide below."));
}

bool AccountReviewPanel::isRunning() const
{
    return m_running;
}

void AccountReviewPanel::startReview()
{
    if (m_running || !m_session->apiAvailable())
        return;
    delete m_review;
    m_review = new AccountReview(m_session->client(), this);
    connect(m_review, &AccountReview::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    // The controller records the findings for step 2 and the report.
    auto* investigation = m_session->newInvestigation(m_review);
    connect(investigation, &InvestigationController::finished, this,
            [this](InvestigationController::Activity, const QList<FindingRecord>& records, bool saved) {
                onFinished(records, saved);
            });
    m_table->clearFindings();
    m_removed.clear();
    m_problems->hide();
    m_useSpikeButton->hide();
    m_status->setText(tr("Reading your account…"));
    setRunning(true);
    investigation->review(m_review, m_session->incidentStart());
    m_progress->setRange(0, std::max(m_review->plannedSteps(), 1));
}

void AccountReviewPanel::onFinished(const QList<FindingRecord>& records, bool saved)
{
    m_table->setFindings(records);

    // The results take the room of the explanation; the button still says what it does.
    m_intro->hide();
    m_startButton->setText(tr("Review again"));
    const SendingVolume& volume = m_review->volume();
    m_chart->setVolume(volume);
    m_chart->setVisible(!volume.days.isEmpty());

    QStringList lines;
    if (records.isEmpty())
        lines << tr("Nothing in the account looks like someone else's work.");
    else
        lines << tr("Things to look at: %1. The most serious come first.").arg(records.size());
    if (!m_review->suspiciousKeyIds().isEmpty())
        lines << tr("Step 2 will propose deleting the keys flagged here.");
    if (!volume.days.isEmpty())
        lines << m_chart->summaryText();
    if (!saved)
        lines << tr("The findings could not be saved for the report. Check that the disk is not full.");
    m_status->setText(lines.join(u'\n'));

    const QStringList& problems = m_review->problems();
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Some parts could not be read:") + u"\n• "_s + problems.join(u"\n• "_s));
        m_problems->show();
    }
    const QDateTime spikeStart = volume.spikeStart;
    if (spikeStart.isValid() && std::abs(spikeStart.secsTo(m_session->incidentStart())) > 3600) {
        m_useSpikeButton->setText(tr("Use %1, when the unusual sending began, as the start of the trouble")
                                      .arg(LocalTimeText::dateTime(spikeStart)));
        m_useSpikeButton->show();
    }
    tickProvenItems();
    setRunning(false);
    updateRemoveButton();
    Q_EMIT findingsRecorded();
}

const AccountFinding* AccountReviewPanel::selectedAccountFinding() const
{
    const FindingRecord* record = m_table->selectedFinding();
    if (!record || !m_review)
        return nullptr;
    const QString identity = record->identity();
    for (const AccountFinding& finding : m_review->findings()) {
        if (finding.record().identity() == identity)
            return &finding;
    }
    return nullptr;
}

bool AccountReviewPanel::isRemoving() const
{
    return m_cleanup && m_cleanup->isRunning();
}

void AccountReviewPanel::updateRemoveButton()
{
    const AccountFinding* finding = selectedAccountFinding();
    QString whyNot;
    const bool removed = finding && m_removed.contains(finding->record().identity());
    const bool removable = finding && !m_running && !removed &&
                           AccountCleanup::canRemove(*finding, m_review->inventory(), &whyNot);
    m_removeButton->setVisible(m_review && !m_review->findings().isEmpty());
    m_removeButton->setEnabled(removable && !isRemoving());
    if (!finding)
        m_removeHint->setText(tr("Select a route, webhook or archive copy in the list to remove it here."));
    else if (removed)
        m_removeHint->setText(tr("This one is removed."));
    else if (!removable)
        m_removeHint->setText(whyNot.isEmpty() ? tr("The program cannot remove this one. Follow the advice "
                                                    "in the list.")
                                               : whyNot);
    else
        m_removeHint->clear();
    m_removeHint->setVisible(m_removeButton->isVisible());
    m_subaccountPanel->showFor(finding, m_review ? &m_review->inventory() : nullptr,
                               m_running || isRemoving());
}

void AccountReviewPanel::removeSelected()
{
    const AccountFinding* selected = selectedAccountFinding();
    if (!selected || isRemoving() || !AccountCleanup::canRemove(*selected, m_review->inventory()))
        return;
    const AccountFinding finding = *selected;
    MessageBox::Question question;
    question.objectName = u"removeFindingQuestion"_s;
    question.title = tr("Remove it?");
    question.text = AccountCleanup::question(finding, m_review->inventory());
    question.acceptText = tr("Remove it");
    question.rejectText = tr("Keep it");
    question.destructive = true;
    if (!MessageBox::ask(this, question))
        return;
    if (!m_cleanup) {
        m_cleanup = new AccountCleanup(m_session->client(), m_session->journal(), this);
        connect(m_cleanup, &AccountCleanup::finished, this, [this](bool ok, const QString& message) {
            if (ok) {
                m_removed.insert(m_removingIdentity);
                m_table->markResolved(m_removingIdentity, tr("Removed by the program."));
                tickProvenItems();
            }
            updateRemoveButton();
            // The outcome stays next to the button; the review's summary above stays as it was.
            m_removeHint->setText(message);
            m_removeHint->show();
            moveFocusAfterAction(this, m_removeHint); // the outcome, read out; Tab goes on from there
            Q_EMIT changingAccount(false);
        });
    }
    m_removingIdentity = finding.record().identity();
    Q_EMIT changingAccount(true);
    m_removeHint->setText(tr("Removing it…"));
    m_removeHint->show();
    holdFocusWhileBusy(this, m_removeHint); // not into the table when the button is disabled
    m_removeButton->setEnabled(false);
    m_cleanup->remove(finding, m_review->inventory());
}

void AccountReviewPanel::tickProvenItems()
{
    // What the review read completely, the admin no longer needs to read by hand. Anything it
    // could not read stays for the admin.
    if (!m_review->problems().isEmpty())
        return;
    m_session->setItemConfirmed(RecoveryStep::Investigate, u"investigate-api-keys"_s, true);
    m_session->setItemConfirmed(RecoveryStep::Investigate, u"investigate-smtp-logins"_s, true);
    // Every route and webhook that sends mail elsewhere is gone, or there was none.
    const bool forwards = std::any_of(
        m_review->findings().cbegin(), m_review->findings().cend(), [this](const AccountFinding& finding) {
            return isForwardingFinding(finding.kindId) && !m_removed.contains(finding.record().identity());
        });
    if (!forwards)
        m_session->setItemConfirmed(RecoveryStep::Investigate, u"investigate-routes-webhooks"_s, true);
}

void AccountReviewPanel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    m_progress->setVisible(running);
    m_startButton->setEnabled(!running && m_session->apiAvailable());
    Q_EMIT runningChanged(running);
}
