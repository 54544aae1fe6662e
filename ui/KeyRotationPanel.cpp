#include "KeyRotationPanel.h"

#include "FocusAfterAction.h"
#include "InUseKeyPicker.h"
#include "KeyPlanTable.h"
#include "MessageBox.h"
#include "NamedButton.h"
#include "PlainLabel.h"
#include "ResumeRow.h"
#include "SecretRevealField.h"
#include "StatusAnnouncer.h"
#include "mailgun/UntrustedText.h"
#include "models/KeyTableModel.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "recovery/SecretEntries.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyRotationPanel::KeyRotationPanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"apiKeyRotationPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* heading = new QLabel(tr("<b>Replace the API key for me</b>"), this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);

    m_intro = makePlainLabel(u"apiKeyIntroLabel"_s, this);
    m_intro->setText(tr("The program can make a new key, keep it safe in this computer's keychain, and then "
                        "delete the old keys. First look at your keys: nothing changes until you agree."));
    layout->addWidget(m_intro);

    m_resumeRow = new ResumeRow(
        u"apiKeyResumeLabel"_s, tr("A key replacement was interrupted before it was finished."),
        u"apiKeyResumeButton"_s, tr("Continue it"), tr("Continue the interrupted key replacement"), this);
    layout->addWidget(m_resumeRow);

    auto* buttons = new QHBoxLayout;
    m_showKeysButton =
        makeNamedButton(tr("Show my keys"), u"apiKeyShowKeysButton"_s, tr("Show my API keys"), this);
    m_replaceButton = makeNamedButton(tr("Replace the key"), u"apiKeyReplaceButton"_s,
                                      tr("Replace the API key and delete the ticked old keys"), this);
    m_tryAgainButton = makeNamedButton(tr("Try again"), u"apiKeyTryAgainButton"_s,
                                       tr("Try the key replacement again"), this);
    for (QPushButton* button : {m_showKeysButton, m_replaceButton, m_tryAgainButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* statusRow = new QHBoxLayout;
    m_statusLabel = makePlainLabel(u"apiKeyStatusLabel"_s, this);
    StatusAnnouncer::follow(m_statusLabel);
    statusRow->addWidget(m_statusLabel, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"apiKeyBusyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Working"));
    statusRow->addWidget(m_busy);
    layout->addLayout(statusRow);

    m_table = new KeyPlanTable(this);
    m_keys = m_table->keys();
    layout->addWidget(m_table);

    m_adviceLabel = makePlainLabel(u"apiKeyAdviceLabel"_s, this);
    layout->addWidget(m_adviceLabel);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString about = m_keys->aboutText(current.row());
                m_adviceLabel->setText(
                    about.isEmpty() ? tr("Click a key to read about it and what to do with it.") : about);
            });

    m_inUsePicker = new InUseKeyPicker(this);
    layout->addWidget(m_inUsePicker);
    connect(m_inUsePicker, &InUseKeyPicker::chosen, this, [this](const QString& id) {
        if (m_controller)
            m_controller->chooseInUse(id); // recorded; planReady fills the table again
    });

    m_resultLabel = makePlainLabel(u"apiKeyResultLabel"_s, this);
    layout->addWidget(m_resultLabel);
    m_keyField = new SecretRevealField(u"apiKeyNewKeyField"_s, SecretRevealField::Holds::ApiKey, this);
    layout->addWidget(m_keyField);
    m_detailsLabel = makePlainLabel(u"apiKeyDetailsLabel"_s, this);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detailsLabel);

    m_manualRow = new QWidget(this);
    auto* manualLayout = new QHBoxLayout(m_manualRow);
    manualLayout->setContentsMargins(0, 0, 0, 0);
    m_savedCheck = new QCheckBox(tr("I have saved the new key somewhere safe"), m_manualRow);
    m_savedCheck->setObjectName(u"apiKeySavedCheck"_s);
    manualLayout->addWidget(m_savedCheck);
    m_continueButton = makeNamedButton(tr("Continue"), u"apiKeyContinueButton"_s,
                                       tr("Continue and delete the old keys"), m_manualRow);
    m_continueButton->setEnabled(false);
    manualLayout->addWidget(m_continueButton);
    manualLayout->addStretch(1);
    layout->addWidget(m_manualRow);

    connect(m_showKeysButton, &QPushButton::clicked, this, &KeyRotationPanel::showKeys);
    connect(m_replaceButton, &QPushButton::clicked, this, &KeyRotationPanel::confirmAndStart);
    connect(m_resumeRow, &ResumeRow::continueRequested, this, [this] {
        hideStates();
        if (!m_controller)
            makeController();
        m_controller->resume();
    });
    connect(m_tryAgainButton, &QPushButton::clicked, this, &KeyRotationPanel::tryAgain);
    connect(m_savedCheck, &QCheckBox::toggled, m_continueButton, &QPushButton::setEnabled);
    connect(m_continueButton, &QPushButton::clicked, this, &KeyRotationPanel::continueAfterManualSave);
    connect(m_keys, &KeyTableModel::ticksChanged, this, [this] {
        if (m_controller && m_controller->phase() == KeyRotationController::Phase::Ready)
            m_replaceButton->setEnabled(!checkedIds().isEmpty() || !m_controller->plan().inUseFound());
    });

    reset();
}

KeyRotationController* KeyRotationPanel::makeController()
{
    if (m_controller)
        m_controller->deleteLater();
    m_controller =
        new KeyRotationController(m_session->client(), m_session->secretStore(), m_session->journal(), this);
    m_controller->setFoundKeys(m_session->foundKeys());
    connect(m_controller, &KeyRotationController::phaseChanged, this, &KeyRotationPanel::onPhaseChanged);
    connect(m_controller, &KeyRotationController::planReady, this, &KeyRotationPanel::fillTable);
    connect(m_controller, &KeyRotationController::manualSaveNeeded, this,
            &KeyRotationPanel::onManualSaveNeeded);
    connect(m_controller, &KeyRotationController::keyDeleted, this, &KeyRotationPanel::onKeyDeleted);
    connect(m_controller, &KeyRotationController::finished, this, &KeyRotationPanel::onFinished);
    connect(m_controller, &KeyRotationController::failed, this, &KeyRotationPanel::onFailed);
    connect(m_controller, &KeyRotationController::notice, this, [this](const QString& text) {
        m_statusLabel->setText(text);
        m_statusLabel->show();
    });
    return m_controller;
}

void KeyRotationPanel::hideStates()
{
    m_statusLabel->hide();
    m_busy->hide();
    m_inUsePicker->hide();
    m_resultLabel->hide();
    m_keyField->hide();
    m_keyField->clear();
    m_detailsLabel->hide();
    m_manualRow->hide();
    m_tryAgainButton->hide();
    m_resumeRow->hide();
}

void KeyRotationPanel::reset()
{
    if (isRunning())
        return;
    if (m_controller && (m_controller->phase() == KeyRotationController::Phase::Finished ||
                         m_controller->phase() == KeyRotationController::Phase::AwaitingManualSave))
        return; // keep the result (or the key to save) on screen
    makeController();
    hideStates();
    m_table->hide();
    m_adviceLabel->hide();
    m_keys->clear();
    m_replaceButton->hide();
    m_showKeysButton->show();
    m_showKeysButton->setEnabled(true);
    // The journal alone tells whether an earlier replacement stopped half way.
    const KeyRotationProgress progress = KeyRotationProgress::fromJournal(m_session->journal()->entries());
    m_resumeRow->setVisible(progress.isUnfinished());
}

bool KeyRotationPanel::isRunning() const
{
    return m_running;
}

void KeyRotationPanel::showKeys()
{
    hideStates();
    m_table->hide();
    m_adviceLabel->hide();
    m_replaceButton->hide();
    if (!m_controller)
        makeController();
    m_controller->load(m_session->summary().keyInUseId, m_session->incidentStart());
}

void KeyRotationPanel::fillTable()
{
    const KeyRotationPlan& plan = m_controller->plan();
    m_keys->setPlan(plan);
    m_table->show();
    m_adviceLabel->setText(tr("Click a key to read about it and what to do with it."));
    m_adviceLabel->show();
    m_inUsePicker->setPlan(plan);
    m_replaceButton->show();
    m_replaceButton->setEnabled(true);
    m_statusLabel->setText(tr("The program deletes the ticked keys after it has made and saved the new key. "
                              "Untick a key to keep it."));
    m_statusLabel->show();
    m_resumeRow->setVisible(m_controller->progress().isUnfinished());
    // The keys are what to read and tick next.
    moveFocusAfterAction(this,
                         m_resumeRow->isVisible() ? static_cast<QWidget*>(m_resumeRow->button()) : m_table);
}

QSet<QString> KeyRotationPanel::checkedIds() const
{
    return m_keys->checkedIds();
}

void KeyRotationPanel::confirmAndStart()
{
    const QSet<QString> ids = checkedIds();
    MessageBox::Question question;
    question.objectName = u"replaceKeyQuestion"_s;
    question.title = tr("Replace the API key");
    question.text = tr("Replace the API key now?");
    question.informativeText =
        tr("The program makes a new API key and saves it in this computer's keychain. Then it deletes the "
           "old keys you ticked. Old keys it deletes: %1.\n\nWebsites and apps that use an old key stop "
           "sending email until you give them the new key.")
            .arg(ids.size());
    if (!ids.isEmpty()) {
        QStringList listed(ids.cbegin(), ids.cend());
        listed.sort();
        for (QString& id : listed)
            id = UntrustedText::oneLine(id);
        question.informativeText +=
            u"\n\n"_s + tr("The old keys it deletes, by ID:") + u"\n"_s + listed.join(u'\n');
    }
    question.acceptText = tr("Replace the key");
    question.rejectText = tr("Not now");
    question.destructive = true;
    if (!MessageBox::ask(this, question))
        return;
    hideStates();
    m_keys->setLocked(true);
    m_controller->start(ids);
}

void KeyRotationPanel::continueAfterManualSave()
{
    if (!m_savedCheck->isChecked())
        return;
    m_manualRow->hide();
    m_controller->confirmSavedByHand();
}

void KeyRotationPanel::tryAgain()
{
    hideStates();
    if (m_controller->progress().isUnfinished())
        m_controller->resume();
    else
        showKeys();
}

void KeyRotationPanel::onPhaseChanged(KeyRotationController::Phase phase)
{
    using Phase = KeyRotationController::Phase;
    QString words;
    switch (phase) {
    case Phase::Loading:
        words = tr("Reading the list of keys…");
        break;
    case Phase::Creating:
        words = tr("Creating the new key…");
        break;
    case Phase::Storing:
        words = tr("Saving it in the keychain…");
        break;
    case Phase::Verifying:
        words = tr("Checking the new key…");
        break;
    case Phase::Deleting:
        words = tr("Deleting old keys…");
        break;
    default:
        break;
    }
    const bool busy = !words.isEmpty();
    if (busy) {
        m_statusLabel->setText(words);
        m_statusLabel->show();
    }
    m_busy->setVisible(busy);
    if (busy)
        holdFocusWhileBusy(this, m_busy); // before its button is disabled under it
    m_showKeysButton->setEnabled(!busy);
    m_replaceButton->setEnabled(!busy && phase == Phase::Ready);
    m_resumeRow->button()->setEnabled(!busy);
    m_inUsePicker->setBusy(phase != Phase::Ready);
    if (phase != Phase::Ready && phase != Phase::Loading && phase != Phase::Idle)
        m_resumeRow->hide();
    // Waiting for the admin to save the key counts as running: the key exists only on this page.
    const bool running = (busy && phase != Phase::Loading) || phase == Phase::AwaitingManualSave;
    if (running != m_running) {
        m_running = running;
        Q_EMIT runningChanged(running);
    }
}

void KeyRotationPanel::onManualSaveNeeded(const QString& problem)
{
    m_statusLabel->hide();
    m_resultLabel->setText(
        tr("%1\nNo old key is deleted until you confirm below that you saved the new key.").arg(problem));
    m_resultLabel->show();
    m_savedCheck->setChecked(false);
    m_manualRow->show();
    // After a restart the key was shown before and is not here any more: only the question is.
    const Secret& key = m_controller->newKey();
    m_keyField->setSecret(key);
    m_keyField->setVisible(!key.isEmpty());
    if (!key.isEmpty())
        m_controller->markKeyShown(); // on screen now; a failure to record it ends in onFailed
    moveFocusAfterAction(this, key.isEmpty() ? static_cast<QWidget*>(m_savedCheck)
                                             : static_cast<QWidget*>(m_keyField->field()));
}

void KeyRotationPanel::onKeyDeleted(const QString& id)
{
    m_keys->markKey(id, tr("✔ deleted"));
}

void KeyRotationPanel::onFinished()
{
    m_statusLabel->hide();
    m_manualRow->hide();
    const QString newId = m_controller->newKeyId();
    m_resultLabel->setText(tr("Done: the new API key is made and working."));
    m_resultLabel->show();
    m_keyField->setSecret(m_controller->newKey());
    m_keyField->setVisible(!m_controller->newKey().isEmpty());

    QStringList details;
    if (m_controller->storedInKeychain()) {
        details << tr("Where it is kept: in this computer's keychain under \"%1\", entry %2.")
                       .arg(m_session->secretStore()->serviceName(), SecretEntries::apiKey(newId));
    } else {
        details << tr("Where it is kept: not stored by this program; you saved it yourself.");
    }
    details << tr("What to do now: put the new key into every website and app that used the old key, and "
                  "send a test email from each one.");
    // The re-test of the old keys: a key that still works comes first, above everything else.
    const QList<KeyRetest::Result>& retested = m_controller->retestResults();
    const bool oldKeyAlive =
        !retested.isEmpty() && retested.first().outcome == KeyRetest::Outcome::StillWorks;
    if (oldKeyAlive) {
        m_resultLabel->setText(tr("The new API key is made and working, but an old key still works too. "
                                  "Read the warning below."));
        details = KeyRetest::sentences(retested) + details;
    }
    const QStringList remaining = m_controller->remainingIds();
    for (const QString& id : m_controller->deletedIds())
        m_keys->markKey(id, tr("✔ deleted"));
    for (const QString& id : remaining)
        m_keys->markKey(id, tr("✘ still there"));
    for (const KeyRetest::Result& result : retested) {
        if (result.outcome == KeyRetest::Outcome::StillWorks)
            m_keys->markKey(result.keyId, tr("✘ still works"));
    }
    if (remaining.isEmpty()) {
        details << tr("Every old key you ticked is deleted.");
    } else {
        details << tr("These old keys could not be deleted and still work: %1. Delete them by hand in the "
                      "Control Panel (API Security).")
                       .arg(remaining.join(u", "_s));
    }
    if (!oldKeyAlive)
        details << KeyRetest::sentences(retested); // the proof, after what was deleted
    m_detailsLabel->setText(details.join(u'\n'));
    m_detailsLabel->show();
    m_showKeysButton->hide();
    m_replaceButton->hide();

    // Tick what the program did itself; "my apps use the new key" stays for the admin.
    if (!newId.isEmpty() && (m_controller->storedInKeychain() || m_controller->progress().savedByHand)) {
        m_session->setItemConfirmed(RecoveryStep::ApiKey, u"api-key-created"_s, true);
        m_session->setItemConfirmed(RecoveryStep::ApiKey, u"api-key-saved"_s, true);
    }
    if (remaining.isEmpty() && m_controller->plan().inUseFound())
        m_session->setItemConfirmed(RecoveryStep::ApiKey, u"api-key-old-deleted"_s, true);
    // The new key first: the admin reads, shows or copies it; Next follows after the guide.
    moveFocusAfterAction(this, m_keyField->isVisible() ? static_cast<QWidget*>(m_keyField->field())
                                                       : m_resultLabel);
}

void KeyRotationPanel::onFailed(const QString& message)
{
    m_statusLabel->hide();
    m_manualRow->hide();
    m_resultLabel->setText(message);
    m_resultLabel->show();
    m_tryAgainButton->show();
    moveFocusAfterAction(this, m_tryAgainButton);
}
