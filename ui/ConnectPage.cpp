#include "ConnectPage.h"
#include "recovery/SecretEntries.h"

#include "AccountSummaryView.h"
#include "PlainLabel.h"
#include "StateIcon.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/Journal.h"
#include "mailgun/KeyFormat.h"
#include "recovery/RecoverySession.h"
#include "recovery/ResumeState.h"
#include "secrets/Secret.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QUrl apiSecurityUrl(u"https://app.mailgun.com/settings/api_security"_s);

} // namespace

ConnectPage::ConnectPage(RecoverySession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_controller(new ConnectController(this))
{
    setObjectName(u"connectPage"_s);
    setTitle(tr("Connect to your Mailgun account"));
    setSubTitle(tr("The assistant checks your key and shows what it finds. Checking changes nothing."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(buildModeChoice());
    layout->addWidget(buildStoredKeyOffer());
    layout->addWidget(buildKeyEntry());
    layout->addWidget(buildResult());
    layout->addStretch(1);

    connect(m_controller, &ConnectController::progress, this, &ConnectPage::onProgress);
    connect(m_controller, &ConnectController::finished, this, &ConnectPage::onFinished);

    clearResult();
    setChecking(false);
}

QWidget* ConnectPage::buildModeChoice()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* question = makePlainLabel({}, box);
    question->setText(tr("Which account do you want to work on?"));
    layout->addWidget(question);

    m_realRadio = new QRadioButton(tr("&My Mailgun account"), box);
    m_realRadio->setObjectName(u"modeRealRadio"_s);
    m_realRadio->setAccessibleName(tr("My Mailgun account"));
    m_practiceRadio = new QRadioButton(tr("The &practice account (safe to try; nothing real changes)"), box);
    m_practiceRadio->setObjectName(u"modePracticeRadio"_s);
    m_practiceRadio->setAccessibleName(tr("The practice account (safe to try; nothing real changes)"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_realRadio);
    group->addButton(m_practiceRadio);
    m_realRadio->setChecked(true);
    layout->addWidget(m_realRadio);
    layout->addWidget(m_practiceRadio);

    connect(m_practiceRadio, &QRadioButton::toggled, this, &ConnectPage::switchMode);
    return box;
}

QWidget* ConnectPage::buildStoredKeyOffer()
{
    m_storedKeyBox = new QWidget(this);
    m_storedKeyBox->setObjectName(u"connectStoredKeyBox"_s);
    auto* layout = new QVBoxLayout(m_storedKeyBox);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    auto* explanation = makePlainLabel(u"connectStoredKeyLabel"_s, m_storedKeyBox);
    explanation->setText(
        tr("When you replaced the API key in step 2, the assistant saved the new key in this "
           "computer's keychain. You do not need to type it."));
    layout->addWidget(explanation);

    auto* row = new QHBoxLayout;
    m_useStoredKeyButton = new QPushButton(tr("&Use the new key saved by this program"), m_storedKeyBox);
    m_useStoredKeyButton->setObjectName(u"connectUseStoredKeyButton"_s);
    m_useStoredKeyButton->setAccessibleName(tr("Use the new key saved by this program"));
    connect(m_useStoredKeyButton, &QPushButton::clicked, this, &ConnectPage::useStoredKey);
    row->addWidget(m_useStoredKeyButton);
    row->addStretch(1);
    layout->addLayout(row);

    m_storedKeyStatus = makePlainLabel(u"connectStoredKeyStatus"_s, m_storedKeyBox);
    m_storedKeyStatus->setAccessibleName(tr("Saved key"));
    m_storedKeyStatus->hide();
    layout->addWidget(m_storedKeyStatus);

    m_storedKeyBox->hide();
    return m_storedKeyBox;
}

QWidget* ConnectPage::buildKeyEntry()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);

    m_keyLabel = makePlainLabel({}, box);
    m_keyLabel->setText(tr("Your private &API key (the long password your website uses for Mailgun):"));
    m_keyLabel->setTextFormat(Qt::AutoText);
    layout->addWidget(m_keyLabel);

    auto* row = new QHBoxLayout;
    m_keyEdit = new QLineEdit(box);
    m_keyEdit->setObjectName(u"connectKeyEdit"_s);
    m_keyEdit->setAccessibleName(tr("Private API key"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                                   Qt::ImhNoAutoUppercase);
    m_keyEdit->setPlaceholderText(tr("Paste your key here"));
    m_keyLabel->setBuddy(m_keyEdit);
    row->addWidget(m_keyEdit, 1);

    m_showKeyButton = new QToolButton(box);
    m_showKeyButton->setObjectName(u"connectShowKeyButton"_s);
    m_showKeyButton->setCheckable(true);
    m_showKeyButton->setText(tr("Show"));
    m_showKeyButton->setAccessibleName(tr("Show the key"));
    m_showKeyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_showKeyButton, &QToolButton::toggled, this, [this](bool show) {
        m_keyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showKeyButton->setText(show ? tr("Hide") : tr("Show"));
        m_showKeyButton->setAccessibleName(show ? tr("Hide the key") : tr("Show the key"));
    });
    row->addWidget(m_showKeyButton);

    m_checkButton = new QPushButton(tr("&Check key"), box);
    m_checkButton->setObjectName(u"connectCheckButton"_s);
    m_checkButton->setAccessibleName(tr("Check key"));
    connect(m_checkButton, &QPushButton::clicked, this, &ConnectPage::startCheck);
    row->addWidget(m_checkButton);
    layout->addLayout(row);

    m_hintLabel = makePlainLabel(u"connectHintLabel"_s, box);
    m_hintLabel->setAccessibleName(tr("Key format"));
    layout->addWidget(m_hintLabel);

    m_whereLabel = new QLabel(box);
    m_whereLabel->setObjectName(u"connectWhereLabel"_s);
    m_whereLabel->setWordWrap(true);
    m_whereLabel->setTextFormat(Qt::RichText);
    m_whereLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_whereLabel->setText(u"<b>%1</b> %2<br><a href=\"%3\">%4</a><br>%5"_s.arg(
        tr("Where do I find my key?").toHtmlEscaped(),
        tr("Sign in at app.mailgun.com and open Account settings, then API Security. Mailgun shows a key "
           "in full only when it is created, so you may need to create a new one there.")
            .toHtmlEscaped(),
        apiSecurityUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open API Security").toHtmlEscaped(),
        tr("Your key stays in this computer's memory and is sent only to Mailgun.").toHtmlEscaped()));
    m_whereLabel->setAccessibleName(tr("Where do I find my key?"));
    connect(m_whereLabel, &QLabel::linkActivated, this, [] { QDesktopServices::openUrl(apiSecurityUrl); });
    layout->addWidget(m_whereLabel);

    m_practiceInfo = makePlainLabel(u"connectPracticeInfo"_s, box);
    m_practiceInfo->setText(
        tr("The practice account is a pretend Mailgun account that runs on this computer. "
           "Its key is filled in for you. Click \"Check key\" to see what the assistant "
           "finds."));
    layout->addWidget(m_practiceInfo);

    auto* busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(box);
    m_busy->setObjectName(u"connectBusyIndicator"_s);
    m_busy->setAccessibleName(tr("Checking"));
    m_busy->setRange(0, 0); // no end known: an animated "busy" bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_progressLabel = makePlainLabel(u"connectProgressLabel"_s, box);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_progressLabel, 1);
    layout->addLayout(busyRow);

    connect(m_keyEdit, &QLineEdit::textChanged, this, &ConnectPage::onKeyTextChanged);
    connect(m_keyEdit, &QLineEdit::textEdited, this, &ConnectPage::onKeyEdited);
    connect(m_keyEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_checkButton->isEnabled())
            startCheck();
    });
    onKeyTextChanged(QString());
    return box;
}

QWidget* ConnectPage::buildResult()
{
    m_resultBox = new QWidget(this);
    m_resultBox->setObjectName(u"connectResultBox"_s);
    auto* layout = new QVBoxLayout(m_resultBox);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    auto* headlineRow = new QHBoxLayout;
    headlineRow->setSpacing(8);
    m_resultIcon = new QLabel(m_resultBox);
    m_resultIcon->setObjectName(u"connectResultIcon"_s);
    m_resultIcon->setFixedSize(stateIconSize, stateIconSize);
    headlineRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    m_resultHeadline = makePlainLabel(u"connectResultLabel"_s, m_resultBox);
    m_resultHeadline->setAccessibleName(tr("Result of the check"));
    QFont bold = m_resultHeadline->font();
    bold.setBold(true);
    m_resultHeadline->setFont(bold);
    headlineRow->addWidget(m_resultHeadline, 1);
    layout->addLayout(headlineRow);

    m_resultExplanation = makePlainLabel(u"connectExplanationLabel"_s, m_resultBox);
    m_resultExplanation->setAccessibleName(tr("What the result means"));
    m_resultExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultExplanation);

    m_summary = new AccountSummaryView(m_resultBox);
    layout->addWidget(m_summary);

    m_withoutApiCheck = new QCheckBox(
        tr("Continue without connecting: I will do the steps by hand in the Mailgun Control Panel"), this);
    m_withoutApiCheck->setObjectName(u"connectWithoutApiCheck"_s);
    m_withoutApiCheck->setAccessibleName(tr("Continue without connecting"));
    m_withoutApiCheck->setAccessibleDescription(tr("You will do every step by hand in the Mailgun Control "
                                                   "Panel, with instructions from the assistant."));
    connect(m_withoutApiCheck, &QCheckBox::toggled, this, &ConnectPage::completeChanged);

    auto* outer = new QWidget(this);
    auto* outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->addWidget(m_resultBox);
    outerLayout->addWidget(m_withoutApiCheck);
    return outer;
}

void ConnectPage::initializePage()
{
    const bool practice = m_session->mode() == RecoverySession::AccountMode::Practice;
    if (practice != m_practiceRadio->isChecked()) {
        const QSignalBlocker blocker(m_practiceRadio);
        (practice ? m_practiceRadio : m_realRadio)->setChecked(true);
    }
    if (practice) {
        QString error;
        if (m_session->ensurePracticeWorkspace(&error))
            m_keyEdit->setText(m_session->practiceWorkspace()->presetKey().reveal());
        else
            showProblem(tr("The practice account could not start."), error);
    }
    if (m_session->isConnected())
        showResult(m_session->connectResult());
    // Only the user's own account has a key worth keeping: the practice key is filled in.
    const QString storedKeyId = ResumeState::fromJournal(m_session->journal()->entries()).storedKeyId;
    if (storedKeyId != m_storedKeyId) {
        m_storedKeyId = storedKeyId;
        m_storedKeyStatus->clear();
        m_storedKeyStatus->hide();
    }
    updateModeUi();
}

void ConnectPage::cleanupPage()
{
    // Going back stops a running check or keychain read; the window never waits for either.
    if (isChecking()) {
        m_checking = false;
        m_controller->cancel();
        setChecking(false);
    }
    if (m_readingStoredKey) {
        m_readingStoredKey = false;
        m_storedKeyStatus->clear();
        m_storedKeyStatus->hide();
        updateModeUi();
    }
    QWizardPage::cleanupPage();
}

bool ConnectPage::isComplete() const
{
    if (isChecking())
        return false;
    if (m_session->apiAvailable())
        return true;
    return m_withoutApiCheck->isChecked();
}

bool ConnectPage::isPractice() const
{
    return m_practiceRadio->isChecked();
}

void ConnectPage::switchMode(bool practice)
{
    if (isChecking()) {
        m_checking = false;
        m_controller->cancel();
    }
    setChecking(false);
    m_session->clearConnection();
    clearResult();
    {
        const QSignalBlocker blocker(m_withoutApiCheck);
        m_withoutApiCheck->setChecked(false);
    }

    if (practice) {
        m_typedKey = m_keyEdit->text();
        QString error;
        if (m_session->ensurePracticeWorkspace(&error)) {
            m_session->setMode(RecoverySession::AccountMode::Practice);
            m_keyEdit->setText(m_session->practiceWorkspace()->presetKey().reveal());
        } else {
            m_keyEdit->clear();
            showProblem(tr("The practice account could not start."), error);
        }
    } else {
        m_session->setMode(RecoverySession::AccountMode::RealAccount);
        m_keyEdit->setText(m_typedKey);
        m_typedKey.clear();
    }
    updateModeUi();
    Q_EMIT completeChanged();
}

void ConnectPage::updateModeUi()
{
    const bool practice = isPractice();
    const bool checking = isChecking();
    m_keyEdit->setEnabled(!practice && !checking);
    m_whereLabel->setVisible(!practice);
    m_practiceInfo->setVisible(practice);
    m_realRadio->setEnabled(!checking);
    m_practiceRadio->setEnabled(!checking);
    m_checkButton->setEnabled(!checking &&
                              KeyFormat::isUsable(KeyFormat::classify(m_keyEdit->text().trimmed())));

    const bool connected = m_session->apiAvailable();
    // Once a key works the result speaks for itself; the offer stays while it may help.
    m_storedKeyBox->setVisible(!practice && !m_storedKeyId.isEmpty() && !connected);
    m_useStoredKeyButton->setEnabled(!checking && !m_readingStoredKey);

    // Going on by hand is always possible with the user's own account (the account may be
    // disabled, or they may have no key at hand), but it is offered only until a key works.
    const bool practiceFailed = practice && m_session->isConnected() && !connected;
    const bool offerWithoutApi = !checking && !connected && (!practice || practiceFailed);
    m_withoutApiCheck->setVisible(offerWithoutApi);
    if (!offerWithoutApi && m_withoutApiCheck->isChecked()) {
        const QSignalBlocker blocker(m_withoutApiCheck);
        m_withoutApiCheck->setChecked(false);
    }
}

void ConnectPage::onKeyTextChanged(const QString& text)
{
    const KeyFormat::Shape shape = KeyFormat::classify(text.trimmed());
    m_hintLabel->setText(KeyFormat::hint(shape));
    m_hintLabel->setVisible(!m_hintLabel->text().isEmpty());
    m_checkButton->setEnabled(!isChecking() && KeyFormat::isUsable(shape));
}

void ConnectPage::onKeyEdited()
{
    // A result belongs to the key that was checked: a changed key must be checked again.
    if (m_session->isConnected() || m_resultBox->isVisibleTo(this)) {
        m_session->clearConnection();
        clearResult();
        updateModeUi();
        Q_EMIT completeChanged();
    }
}

void ConnectPage::startCheck()
{
    const QString key = m_keyEdit->text().trimmed();
    if (!KeyFormat::isUsable(KeyFormat::classify(key)))
        return;
    m_session->clearConnection();
    clearResult();
    setChecking(true);
    onProgress(tr("Checking your key with Mailgun…"));
    m_controller->check(m_session->client(), Secret(key));
}

void ConnectPage::useStoredKey()
{
    if (m_storedKeyId.isEmpty() || isPractice() || m_readingStoredKey)
        return;
    m_readingStoredKey = true;
    m_storedKeyStatus->setText(tr("Reading the saved key from the keychain…"));
    m_storedKeyStatus->show();
    updateModeUi();
    const QString keyId = m_storedKeyId;
    m_session->secretStore()->read(
        SecretEntries::apiKey(keyId), this,
        [this, keyId](const SecretStore::Result& result) { onStoredKeyRead(keyId, result); });
}

void ConnectPage::onStoredKeyRead(const QString& keyId, const SecretStore::Result& result)
{
    if (!m_readingStoredKey)
        return; // the user left the page while the keychain answered
    m_readingStoredKey = false;
    if (isPractice() || keyId != m_storedKeyId) {
        updateModeUi(); // the user moved on while the keychain answered
        return;
    }
    if (result.ok() && KeyFormat::isUsable(KeyFormat::classify(result.value.reveal().trimmed()))) {
        m_keyEdit->setText(result.value.reveal());
        m_storedKeyStatus->setText(
            tr("The saved key (%1) is filled in. The assistant checks it now.").arg(result.value.masked()));
        updateModeUi();
        startCheck();
        return;
    }

    QString why;
    switch (result.status) {
    case SecretStore::Status::Ok:
        why = tr("The saved key could not be read: the keychain gave back something that is not an API key.");
        break;
    case SecretStore::Status::NotFound:
        why =
            tr("The saved key could not be read: the keychain has no entry \"%1\" any more. It may have been "
               "removed.")
                .arg(SecretEntries::apiKey(keyId));
        break;
    case SecretStore::Status::Unavailable:
        why = tr("The saved key could not be read: no keychain (the password store of your computer) is "
                 "running.");
        break;
    case SecretStore::Status::AccessDenied:
    case SecretStore::Status::TimedOut:
    case SecretStore::Status::Failed:
        why = tr("The saved key could not be read. %1").arg(result.userMessage());
        break;
    }
    m_storedKeyStatus->setText(tr("%1\nPaste the new key below instead: use the copy you kept in step 2, or "
                                  "create another key in the Mailgun Control Panel.")
                                   .arg(why));
    m_storedKeyStatus->show();
    updateModeUi();
    m_keyEdit->setFocus();
}

void ConnectPage::onProgress(const QString& text)
{
    m_progressLabel->setText(text);
}

void ConnectPage::onFinished(const ConnectController::Result& result)
{
    if (!m_checking)
        return; // a check that was cancelled: its result no longer matters
    setChecking(false);
    m_session->setConnection(result);
    showResult(result);
    updateModeUi();
    Q_EMIT completeChanged();
}

void ConnectPage::showResult(const ConnectController::Result& result)
{
    m_resultIcon->setPixmap(paintStateIcon(result.canUseApi() ? StateIcon::Done : StateIcon::Problem,
                                           palette(), devicePixelRatioF()));
    m_resultIcon->setAccessibleName(result.canUseApi() ? tr("Success") : tr("Problem"));
    m_resultHeadline->setText(result.headline());
    m_resultExplanation->setText(result.explanation());
    m_resultExplanation->setVisible(!result.explanation().isEmpty());
    if (result.canUseApi())
        m_summary->setSummary(result.summary);
    m_summary->setVisible(result.canUseApi());
    m_resultBox->setVisible(true);
}

void ConnectPage::showProblem(const QString& headline, const QString& explanation)
{
    m_resultIcon->setPixmap(paintStateIcon(StateIcon::Problem, palette(), devicePixelRatioF()));
    m_resultIcon->setAccessibleName(tr("Problem"));
    m_resultHeadline->setText(headline);
    m_resultExplanation->setText(explanation);
    m_resultExplanation->setVisible(!explanation.isEmpty());
    m_summary->setVisible(false);
    m_resultBox->setVisible(true);
}

void ConnectPage::clearResult()
{
    m_resultHeadline->clear();
    m_resultExplanation->clear();
    m_summary->setVisible(false);
    m_resultBox->setVisible(false);
}

void ConnectPage::setChecking(bool checking)
{
    m_checking = checking;
    m_busy->setVisible(checking);
    m_progressLabel->setVisible(checking);
    if (!checking)
        m_progressLabel->clear();
    updateModeUi();
    Q_EMIT completeChanged();
}
