#include "ConnectPage.h"

#include "ConnectResultView.h"
#include "FocusAfterAction.h"
#include "NamedButton.h"
#include "PlainLabel.h"
#include "ReadingScrollArea.h"
#include "StatusAnnouncer.h"
#include "StoredKeyOffer.h"
#include "mailgun/KeyFormat.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/Journal.h"
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
#include <QScrollArea>
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

    // The page scrolls as a whole when it does not fit (large text on a small screen).
    auto* content = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(makeReadingScrollArea(content, this, u"connectScrollArea"_s));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(buildModeChoice());
    m_storedKey = new StoredKeyOffer(this);
    connect(m_storedKey, &StoredKeyOffer::useRequested, this, &ConnectPage::useStoredKey);
    connect(m_storedKey, &StoredKeyOffer::keyRead, this, &ConnectPage::onStoredKeyRead);
    layout->addWidget(m_storedKey);
    layout->addWidget(buildKeyEntry());
    layout->addWidget(buildResult());
    layout->addStretch(1);

    connect(m_controller, &ConnectController::progress, this, &ConnectPage::onProgress);
    connect(m_controller, &ConnectController::finished, this, &ConnectPage::onFinished);

    m_result->clear();
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

    m_checkButton = makeNamedButton(tr("&Check key"), u"connectCheckButton"_s, tr("Check key"), box);
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
           "in full only once, when you make it. So you may need to make a new one there.")
            .toHtmlEscaped(),
        apiSecurityUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open API Security").toHtmlEscaped(),
        tr("Your key stays in this computer's memory. The program sends it only to Mailgun.")
            .toHtmlEscaped()));
    m_whereLabel->setAccessibleName(tr("Where do I find my key?"));
    connect(m_whereLabel, &QLabel::linkActivated, this, [] { QDesktopServices::openUrl(apiSecurityUrl); });
    layout->addWidget(m_whereLabel);

    m_practiceInfo = makePlainLabel(u"connectPracticeInfo"_s, box);
    m_practiceInfo->setText(
        tr("The practice account acts like Mailgun but runs on this computer. "
           "The program fills in its key for you. Click \"Check key\" to see what the assistant "
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
    StatusAnnouncer::follow(m_progressLabel);
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
    m_result = new ConnectResultView(this);

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
    outerLayout->addWidget(m_result);
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
            m_result->showProblem(tr("The practice account could not start."), error);
    }
    if (m_session->isConnected())
        m_result->showResult(m_session->connectResult());
    // Only the user's own account has a key worth keeping: the practice key is filled in.
    const QString storedKeyId = ResumeState::fromJournal(m_session->journal()->entries()).storedKeyId;
    m_storedKey->setKeyId(storedKeyId);
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
    if (m_storedKey->isReading()) {
        m_storedKey->cancelReading();
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
    m_result->clear();
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
            m_result->showProblem(tr("The practice account could not start."), error);
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
    m_storedKey->setVisible(!practice && !m_storedKey->keyId().isEmpty() && !connected);
    m_storedKey->setUseEnabled(!checking && !m_storedKey->isReading());

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
    if (m_session->isConnected() || m_result->isVisibleTo(this)) {
        m_session->clearConnection();
        m_result->clear();
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
    m_result->clear();
    setChecking(true);
    onProgress(tr("Checking your key with Mailgun…"));
    m_controller->check(m_session->client(), Secret(key));
}

void ConnectPage::useStoredKey()
{
    if (m_storedKey->keyId().isEmpty() || isPractice() || m_storedKey->isReading())
        return;
    m_storedKey->read(m_session->secretStore());
    updateModeUi();
}

void ConnectPage::onStoredKeyRead(const QString& keyId, const SecretStore::Result& result)
{
    if (isPractice() || keyId != m_storedKey->keyId()) {
        updateModeUi(); // the user moved on while the keychain answered
        return;
    }
    if (result.ok() && KeyFormat::isUsable(KeyFormat::classify(result.value.reveal().trimmed()))) {
        m_keyEdit->setText(result.value.reveal());
        m_storedKey->showFilledIn(result.value);
        updateModeUi();
        startCheck();
        return;
    }
    m_storedKey->showReadFailure(result);
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
    m_result->showResult(result);
    updateModeUi();
    Q_EMIT completeChanged();
    // A key that works: Next is what to do. A problem: the key, to type it again.
    QWidget* target = m_keyEdit->isEnabled() ? static_cast<QWidget*>(m_keyEdit) : m_checkButton;
    if (m_session->apiAvailable() && wizard())
        target = wizard()->button(QWizard::NextButton);
    moveFocusAfterAction(this, target);
}

void ConnectPage::setChecking(bool checking)
{
    m_checking = checking;
    m_busy->setVisible(checking);
    if (checking) // before the Check button is disabled under the focus
        holdFocusWhileBusy(this, m_busy);
    m_progressLabel->setVisible(checking);
    if (!checking)
        m_progressLabel->clear();
    updateModeUi();
    Q_EMIT completeChanged();
}
