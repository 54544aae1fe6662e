#include "KeyRotationPanel.h"
#include "recovery/SecretEntries.h"

#include "PlainLabel.h"
#include "SecretRevealField.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    DeleteColumn,
    DescriptionColumn,
    KindColumn,
    CreatedColumn,
    RequestorColumn,
    NoteColumn,
    AdviceColumn,
    ColumnCount
};

} // namespace

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

    m_resumeRow = new QWidget(this);
    auto* resumeLayout = new QHBoxLayout(m_resumeRow);
    resumeLayout->setContentsMargins(0, 0, 0, 0);
    auto* resumeLabel = makePlainLabel(u"apiKeyResumeLabel"_s, m_resumeRow);
    resumeLabel->setText(tr("A key replacement was interrupted before it was finished."));
    resumeLayout->addWidget(resumeLabel, 1);
    m_resumeButton = new QPushButton(tr("Continue it"), m_resumeRow);
    m_resumeButton->setObjectName(u"apiKeyResumeButton"_s);
    m_resumeButton->setAccessibleName(tr("Continue the interrupted key replacement"));
    resumeLayout->addWidget(m_resumeButton);
    layout->addWidget(m_resumeRow);

    auto* buttons = new QHBoxLayout;
    m_showKeysButton = new QPushButton(tr("Show my keys"), this);
    m_showKeysButton->setObjectName(u"apiKeyShowKeysButton"_s);
    m_showKeysButton->setAccessibleName(tr("Show my API keys"));
    buttons->addWidget(m_showKeysButton);
    m_replaceButton = new QPushButton(tr("Replace the key"), this);
    m_replaceButton->setObjectName(u"apiKeyReplaceButton"_s);
    m_replaceButton->setAccessibleName(tr("Replace the API key and delete the ticked old keys"));
    buttons->addWidget(m_replaceButton);
    m_tryAgainButton = new QPushButton(tr("Try again"), this);
    m_tryAgainButton->setObjectName(u"apiKeyTryAgainButton"_s);
    m_tryAgainButton->setAccessibleName(tr("Try the key replacement again"));
    buttons->addWidget(m_tryAgainButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* statusRow = new QHBoxLayout;
    m_statusLabel = makePlainLabel(u"apiKeyStatusLabel"_s, this);
    statusRow->addWidget(m_statusLabel, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"apiKeyBusyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Working"));
    statusRow->addWidget(m_busy);
    layout->addLayout(statusRow);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"apiKeyPlanTable"_s);
    m_table->setAccessibleName(tr("Your API keys; ticked keys are deleted"));
    m_table->setHorizontalHeaderLabels(
        {tr("Delete"), tr("Key"), tr("Kind"), tr("Created"), tr("Made by"), tr("Note"), tr("What to do")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    // Long names and addresses are cut with "…"; the whole text is in the cell's tooltip.
    for (const auto& [column, width] :
         {std::pair{KindColumn, 125}, {RequestorColumn, 115}, {NoteColumn, 105}}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_table->setColumnWidth(column, width);
    }
    m_table->hideColumn(AdviceColumn); // shown below the table for the chosen row
    m_table->setMinimumHeight(120);
    m_table->setMaximumHeight(170);
    layout->addWidget(m_table);

    m_adviceLabel = makePlainLabel(u"apiKeyAdviceLabel"_s, this);
    layout->addWidget(m_adviceLabel);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* advice = row >= 0 ? m_table->item(row, AdviceColumn) : nullptr;
        m_adviceLabel->setText(
            advice ? tr("About \"%1\": %2").arg(m_table->item(row, DescriptionColumn)->text(), advice->text())
                   : tr("Click a key to read what it is and what to do with it."));
    });

    m_notInListLabel = makePlainLabel(u"apiKeyNotInListNote"_s, this);
    m_notInListLabel->setText(tr(
        "The key this program uses is an older kind of key that is not in this list, so the program cannot "
        "delete it. After the new key is made, delete the old key by hand in the Control Panel (API "
        "Security)."));
    layout->addWidget(m_notInListLabel);

    m_resultLabel = makePlainLabel(u"apiKeyResultLabel"_s, this);
    layout->addWidget(m_resultLabel);
    m_keyField = new SecretRevealField(u"apiKeyNewKeyField"_s, this);
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
    m_continueButton = new QPushButton(tr("Continue"), m_manualRow);
    m_continueButton->setObjectName(u"apiKeyContinueButton"_s);
    m_continueButton->setAccessibleName(tr("Continue and delete the old keys"));
    m_continueButton->setEnabled(false);
    manualLayout->addWidget(m_continueButton);
    manualLayout->addStretch(1);
    layout->addWidget(m_manualRow);

    connect(m_showKeysButton, &QPushButton::clicked, this, &KeyRotationPanel::showKeys);
    connect(m_replaceButton, &QPushButton::clicked, this, &KeyRotationPanel::confirmAndStart);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        hideStates();
        if (!m_controller)
            makeController();
        m_controller->resume();
    });
    connect(m_tryAgainButton, &QPushButton::clicked, this, &KeyRotationPanel::tryAgain);
    connect(m_savedCheck, &QCheckBox::toggled, m_continueButton, &QPushButton::setEnabled);
    connect(m_continueButton, &QPushButton::clicked, this, &KeyRotationPanel::continueAfterManualSave);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_controller && m_controller->phase() == KeyRotationController::Phase::Ready)
            m_replaceButton->setEnabled(!checkedIds().isEmpty() || !m_controller->plan().inUseFound());
    });

    reset();
}

KeyRotationController* KeyRotationPanel::makeController()
{
    if (m_controller)
        m_controller->deleteLater();
    m_controller = new KeyRotationController(m_session->client(), m_session->secretStore(),
                                             m_session->journal(), this);
    connect(m_controller, &KeyRotationController::phaseChanged, this, &KeyRotationPanel::onPhaseChanged);
    connect(m_controller, &KeyRotationController::planReady, this, &KeyRotationPanel::fillTable);
    connect(m_controller, &KeyRotationController::manualSaveNeeded, this,
            &KeyRotationPanel::onManualSaveNeeded);
    connect(m_controller, &KeyRotationController::keyDeleted, this, &KeyRotationPanel::onKeyDeleted);
    connect(m_controller, &KeyRotationController::finished, this, &KeyRotationPanel::onFinished);
    connect(m_controller, &KeyRotationController::failed, this, &KeyRotationPanel::onFailed);
    return m_controller;
}

void KeyRotationPanel::hideStates()
{
    m_statusLabel->hide();
    m_busy->hide();
    m_notInListLabel->hide();
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
    m_table->setRowCount(0);
    m_replaceButton->hide();
    m_showKeysButton->show();
    m_showKeysButton->setEnabled(true);
    // The journal alone tells whether an earlier replacement stopped half way.
    const KeyRotationProgress progress =
        KeyRotationProgress::fromJournal(m_session->journal()->entries());
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

static QString kindInWords(const KeyInfo& key)
{
    QString role;
    if (key.role == u"admin"_s)
        role = KeyRotationPanel::tr("full access");
    else if (key.role == u"developer"_s)
        role = KeyRotationPanel::tr("developer access");
    else if (key.role == u"sending"_s)
        role = KeyRotationPanel::tr("sending only");
    else if (key.role == u"basic"_s)
        role = KeyRotationPanel::tr("read only");
    else
        role = key.role;
    if (key.kind == u"domain"_s)
        return KeyRotationPanel::tr("Domain, %1").arg(role);
    if (key.kind == u"web"_s)
        return KeyRotationPanel::tr("Control Panel, %1").arg(role);
    return KeyRotationPanel::tr("Account, %1").arg(role);
}

void KeyRotationPanel::fillTable()
{
    const KeyRotationPlan& plan = m_controller->plan();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(plan.candidates.size()));
    const QLocale locale;
    int row = 0;
    for (const KeyRotationCandidate& candidate : plan.candidates) {
        const KeyInfo& key = candidate.key;
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        check->setCheckState(plan.selected.contains(key.id) ? Qt::Checked : Qt::Unchecked);
        check->setData(Qt::UserRole, key.id);
        m_table->setItem(row, DeleteColumn, check);
        QString name = key.description.isEmpty() ? tr("(no name) %1").arg(key.id) : key.description;
        if (key.kind == u"domain"_s && !key.domainName.isEmpty())
            name = tr("%1 (%2)").arg(name, key.domainName);
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(name));
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kindInWords(key)));
        m_table->setItem(
            row, CreatedColumn,
            new QTableWidgetItem(locale.toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat)));
        m_table->setItem(row, RequestorColumn, new QTableWidgetItem(key.requestor));
        QStringList notes;
        if (candidate.inUse)
            notes << tr("in use");
        if (candidate.recent)
            notes << tr("new since the incident");
        if (candidate.leaked)
            notes << tr("found exposed in step 1");
        else if (candidate.suspicious)
            notes << tr("flagged in step 1");
        if (key.isDisabled)
            notes << tr("disabled");
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(notes.join(u", "_s)));
        auto* advice = new QTableWidgetItem(candidate.advice);
        advice->setToolTip(candidate.advice);
        m_table->setItem(row, AdviceColumn, advice);
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setToolTip(column == AdviceColumn || item->text().isEmpty()
                                 ? candidate.advice
                                 : item->text() + u"\n"_s + candidate.advice);
            if (column == NoteColumn) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        ++row;
    }
    m_table->show();
    m_table->setCurrentCell(-1, -1);
    m_adviceLabel->setText(tr("Click a key to read what it is and what to do with it."));
    m_adviceLabel->show();
    m_notInListLabel->setVisible(!plan.inUseFound());
    m_replaceButton->show();
    m_replaceButton->setEnabled(true);
    m_statusLabel->setText(tr("Ticked keys are deleted after the new key is made and saved. Untick a key "
                              "to keep it."));
    m_statusLabel->show();
    m_resumeRow->setVisible(m_controller->progress().isUnfinished());
}

QSet<QString> KeyRotationPanel::checkedIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, DeleteColumn);
        if (item && item->checkState() == Qt::Checked)
            ids.insert(item->data(Qt::UserRole).toString());
    }
    return ids;
}

int KeyRotationPanel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, DeleteColumn);
        if (item && item->data(Qt::UserRole).toString() == id)
            return row;
    }
    return -1;
}

void KeyRotationPanel::markRow(const QString& id, const QString& mark)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    QTableWidgetItem* item = m_table->item(row, NoteColumn);
    item->setText(mark);
}

void KeyRotationPanel::confirmAndStart()
{
    const QSet<QString> ids = checkedIds();
    const QString question =
        tr("The program will now make a new API key and save it in this computer's keychain. Then it will "
           "delete %n old key(s). Websites and apps that use an old key stop sending email until you give "
           "them the new key.\n\nReplace the key now?",
           nullptr, static_cast<int>(ids.size()));
    QMessageBox::StandardButton answer;
    if (s_nextAnswer) {
        answer = *s_nextAnswer;
        s_nextAnswer.reset();
    } else {
        answer = QMessageBox::question(this, tr("Replace the API key"), question,
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    }
    if (answer != QMessageBox::Yes)
        return;
    hideStates();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, DeleteColumn);
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
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
    m_showKeysButton->setEnabled(!busy);
    m_replaceButton->setEnabled(!busy && phase == Phase::Ready);
    m_resumeButton->setEnabled(!busy);
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
    m_keyField->setSecret(m_controller->newKey());
    m_keyField->show();
    m_savedCheck->setChecked(false);
    m_manualRow->show();
}

void KeyRotationPanel::onKeyDeleted(const QString& id)
{
    markRow(id, tr("✔ deleted"));
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
    const QStringList remaining = m_controller->remainingIds();
    for (const QString& id : m_controller->deletedIds())
        markRow(id, tr("✔ deleted"));
    for (const QString& id : remaining)
        markRow(id, tr("✘ still there"));
    if (remaining.isEmpty()) {
        details << tr("Every old key you ticked is deleted.");
    } else {
        details << tr("These old keys could not be deleted and still work: %1. Delete them by hand in the "
                      "Control Panel (API Security).")
                       .arg(remaining.join(u", "_s));
    }
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
}

void KeyRotationPanel::onFailed(const QString& message)
{
    m_statusLabel->hide();
    m_manualRow->hide();
    m_resultLabel->setText(message);
    m_resultLabel->show();
    m_tryAgainButton->show();
}
