// "Continue where you left off": a first run of the real wizard does some of the work and
// is closed; a second run over the same journal file offers to continue, reads the new key
// step 2 saved in the keychain, and lands on the first unfinished step. Starting over asks
// first and then forgets the progress, never the account's state.
#include "AccountSummaryView.h"
#include "KeyRotationPanel.h"
#include "MessageBox.h"
#include "MissingKeychain.h"
#include "RecoveryWizard.h"
#include "SessionPractice.h"
#include "SettleLayouts.h"
#include "StepListPanel.h"
#include "WizardPageId.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationProgress.h"
#include "recovery/RecoverySession.h"
#include "recovery/SecretEntries.h"
#include "recovery/StepGuide.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One run of the program: the journal file read at start, a session, the wizard window.
// Destroying it is closing the window ("Stop for now").
struct ProgramRun
{
    std::unique_ptr<Journal> journal;
    std::unique_ptr<RecoverySession> session;
    std::unique_ptr<RecoveryWizard> wizard;

    ~ProgramRun()
    {
        wizard.reset();
        session.reset();
        journal.reset();
    }

    template <typename T>
    T* find(const QString& objectName) const
    {
        return wizard->findChild<T*>(objectName);
    }
    int currentId() const { return wizard->currentId(); }
    QAbstractButton* button(QWizard::WizardButton which) const { return wizard->button(which); }
    void clickNext() const { QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton); }
    void clickBack() const { QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton); }
    void click(QAbstractButton* target) const { QTest::mouseClick(target, Qt::LeftButton); }
    void toggle(QAbstractButton* target) const
    {
        const int indicator = target->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, target);
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(indicator / 2 + 1, target->height() / 2));
    }
    bool rowDone(const QString& id) const
    {
        return find<QFrame>(u"stepRow_"_s + id)->property("stepDone").toBool();
    }
};

// Answers the next "Start over?" question the way a person would: by clicking a button of
// the real dialog. `shownText` receives what the dialog said; `screenshot`, if set, a picture.
void answerStartOverQuestion(const QString& buttonName, QString* shownText, const QString& screenshot = {})
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonName, shownText, screenshot] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"startOverQuestion"_s || !box->isVisible())
            return;
        *shownText = box->text() + u'\n' + box->informativeText();
        if (!screenshot.isEmpty())
            box->grab().save(screenshot);
        if (auto* button = box->findChild<QPushButton*>(buttonName))
            QTest::mouseClick(button, Qt::LeftButton);
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunShowsTheTour();
    void practiceWorkIsNotOfferedForTheRealAccount();
    void continuesAtTheFirstUnfinishedStep();
    void newKeyFromStepTwoIsReadFromTheKeychain();
    void keychainMissingLetsTheAdminPaste();
    void savedKeyGoneFromTheKeychainIsExplained();
    void startOverAsksFirstThenForgetsTheProgress();
    void everyStepDoneOpensTheLastStep();

private:
    std::unique_ptr<ProgramRun> startRun(SecretStore* store = nullptr);
    void connectWithKey(ProgramRun& run, const QString& key);
    void connectByHand(ProgramRun& run);
    void tickStep(RecoverySession& session, RecoveryStep step);
    void journalFinishedRotation(const QString& newId);
    void render(ProgramRun& run, const QString& name);

    QDir m_screens;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PracticeServer> m_server; // the admin's Mailgun account
    QString m_path;
};

void TestResume::initTestCase()
{
    m_screens = QDir(qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath()) + u"/screenshots"_s);
    QVERIFY(m_screens.mkpath(u"."_s));
}

void TestResume::init()
{
    MessageBox::forgetForTests();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"journal.json"_s);
    m_server = std::make_unique<PracticeServer>();
    QString error;
    QVERIFY2(m_server->start(0, 0, &error), qPrintable(error));
}

void TestResume::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<ProgramRun> TestResume::startRun(SecretStore* store)
{
    auto run = std::make_unique<ProgramRun>();
    run->journal = std::make_unique<Journal>(m_path);
    if (!run->journal->load())
        return nullptr;
    run->session = std::make_unique<RecoverySession>(run->journal.get(), apiEndpointsOf(*m_server));
    offerPractice(*run->session);
    if (store) {
        store->setParent(run->session.get());
        run->session->setSecretStore(store);
    }
    run->wizard = std::make_unique<RecoveryWizard>(run->session.get());
    run->wizard->show();
    if (!QTest::qWaitForWindowExposed(run->wizard.get()))
        return nullptr;
    return run;
}

void TestResume::connectWithKey(ProgramRun& run, const QString& key)
{
    QCOMPARE(run.currentId(), int(WizardPageId::Connect));
    auto* edit = run.find<QLineEdit>(u"connectKeyEdit"_s);
    edit->setFocus();
    QTest::keyClicks(edit, key);
    run.click(run.find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(run.find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QVERIFY(run.session->apiAvailable());
    QTRY_VERIFY(run.button(QWizard::NextButton)->isEnabled());
}

void TestResume::connectByHand(ProgramRun& run)
{
    QCOMPARE(run.currentId(), int(WizardPageId::Connect));
    run.toggle(run.find<QCheckBox>(u"connectWithoutApiCheck"_s));
    QVERIFY(run.button(QWizard::NextButton)->isEnabled());
}

void TestResume::tickStep(RecoverySession& session, RecoveryStep step)
{
    for (const ChecklistItem& item : stepGuide(step).items)
        session.setItemConfirmed(step, item.id, true);
}

// What a finished step 2 leaves in the journal when the new key is the practice key itself
// (so the key works), without running a replacement.
void TestResume::journalFinishedRotation(const QString& newId)
{
    Journal journal(m_path);
    QVERIFY(journal.load());
    const QJsonObject id{{u"id"_s, newId}, {u"practice"_s, false}};
    QVERIFY(journal.append(KeyRotationEntry::started, {{u"practice"_s, false}}));
    QVERIFY(journal.append(KeyRotationEntry::createSent, {{u"marker"_s, u"m1"_s}, {u"practice"_s, false}}));
    QVERIFY(journal.append(KeyRotationEntry::created, id));
    QVERIFY(journal.append(KeyRotationEntry::stored, id));
    QVERIFY(journal.append(KeyRotationEntry::verified, id));
    QVERIFY(journal.append(KeyRotationEntry::finished, id));
}

void TestResume::render(ProgramRun& run, const QString& name)
{
    settleLayouts();
    QCOMPARE(run.wizard->size(), QSize(900, 640));
    QVERIFY(run.wizard->grab().toImage().save(m_screens.filePath(name + u".png"_s)));
    // Nothing on the page may be cut off by the fixed window size.
    for (QLabel* label : run.wizard->currentPage()->findChildren<QLabel*>()) {
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
            QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1,
                     qPrintable(name + u": cut off: "_s + label->text().left(60)));
        }
    }
}

void TestResume::firstRunShowsTheTour()
{
    auto run = startRun();
    QVERIFY(run);
    QCOMPARE(run->currentId(), int(WizardPageId::Welcome));
    QVERIFY(!run->find<QWidget>(u"welcomeResumeBox"_s)->isVisible());
    QVERIFY(run->find<QWidget>(u"welcomeIntroduction"_s)->isVisible());
    QCOMPARE(run->wizard->currentPage()->title(), u"Welcome"_s);
    run->clickNext();
    QVERIFY(!run->find<QWidget>(u"connectStoredKeyBox"_s)->isVisible());
    connectByHand(*run);
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::Investigate));
}

void TestResume::practiceWorkIsNotOfferedForTheRealAccount()
{
    {
        auto first = startRun();
        QVERIFY(first);
        QVERIFY(first->session->ensurePracticeWorkspace());
        first->session->setMode(RecoverySession::AccountMode::Practice);
        tickStep(*first->session, RecoveryStep::Investigate);
    }
    auto run = startRun();
    QVERIFY(run);
    QVERIFY(!run->find<QWidget>(u"welcomeResumeBox"_s)->isVisible());
    run->clickNext();
    connectByHand(*run);
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::Investigate));
    QVERIFY(!run->rowDone(u"investigate"_s));
}

void TestResume::continuesAtTheFirstUnfinishedStep()
{
    const RecoveryStep smtp = RecoveryStep::SmtpCredentials;
    const QString smtpItem = stepGuide(smtp).items.first().id;
    {
        // First run: connect, tick step 1 on its page, step 2 by hand, part of step 3.
        auto first = startRun();
        QVERIFY(first);
        first->clickNext();
        connectWithKey(*first, m_server->practiceKey());
        first->clickNext();
        QCOMPARE(first->currentId(), int(WizardPageId::Investigate));
        for (const ChecklistItem& item : stepGuide(RecoveryStep::Investigate).items)
            first->toggle(first->find<QCheckBox>(u"checklist_"_s + item.id));
        QVERIFY(first->session->isStepDone(RecoveryStep::Investigate));
        first->clickNext();
        QCOMPARE(first->currentId(), int(WizardPageId::ApiKey));
        for (const ChecklistItem& item : stepGuide(RecoveryStep::ApiKey).items)
            first->toggle(first->find<QCheckBox>(u"checklist_"_s + item.id));
        first->clickNext();
        first->toggle(first->find<QCheckBox>(u"checklist_"_s + smtpItem));
        QVERIFY(first->session->isItemConfirmed(smtp, smtpItem));
    }

    auto run = startRun();
    QVERIFY(run);
    QCOMPARE(run->currentId(), int(WizardPageId::Welcome));
    QCOMPARE(run->wizard->currentPage()->title(), u"Welcome back"_s);
    QVERIFY(run->find<QWidget>(u"welcomeResumeBox"_s)->isVisible());
    QVERIFY(!run->find<QWidget>(u"welcomeIntroduction"_s)->isVisible());
    const QString summary = run->find<QLabel>(u"welcomeResumeSummary"_s)->text();
    QVERIFY2(summary.contains(u"Started today."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Done: steps 1 and 2."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Next: step 3"_s), qPrintable(summary));
    QVERIFY(run->find<QRadioButton>(u"welcomeContinueRadio"_s)->isChecked());
    QVERIFY(run->rowDone(u"investigate"_s) && run->rowDone(u"api-key"_s));
    render(*run, u"resume-01-welcome-back"_s);

    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::Connect));
    QVERIFY(!run->find<QWidget>(u"connectStoredKeyBox"_s)->isVisible()); // step 2 was done by hand
    connectWithKey(*run, m_server->practiceKey());
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::SmtpCredentials));
    QVERIFY(run->find<QCheckBox>(u"checklist_"_s + smtpItem)->isChecked());
    QVERIFY(run->find<QFrame>(u"stepRow_smtp-credentials"_s)->property("stepCurrent").toBool());

    // The jump happens once: Back returns to Connect, and Next then walks from step 1.
    run->clickBack();
    QCOMPARE(run->currentId(), int(WizardPageId::Connect));
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::Investigate));
}

void TestResume::newKeyFromStepTwoIsReadFromTheKeychain()
{
    QString newId;
    {
        // First run: step 1 by hand, then step 2 replaces the leaked key for real; the new key
        // goes into the (test) keychain and the leaked one is deleted.
        auto first = startRun(
            new KeychainSecretStore(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(10)));
        QVERIFY(first);
        first->clickNext();
        connectWithKey(*first, m_server->practiceKey());
        tickStep(*first->session, RecoveryStep::Investigate);
        first->clickNext();
        first->clickNext();
        QCOMPARE(first->currentId(), int(WizardPageId::ApiKey));
        first->click(first->find<QPushButton>(u"apiKeyShowKeysButton"_s));
        auto* replace = first->find<QPushButton>(u"apiKeyReplaceButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(replace->isVisible() && replace->isEnabled(), 30000);
        MessageBox::answerNext(true);
        first->click(replace);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        auto* panel = first->find<KeyRotationPanel>(u"apiKeyRotationPanel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel->controller()->phase() == KeyRotationController::Phase::Finished ||
                                     panel->controller()->phase() == KeyRotationController::Phase::Failed,
                                 30000);
        QCOMPARE(panel->controller()->phase(), KeyRotationController::Phase::Finished);
        QVERIFY(panel->controller()->storedInKeychain());
        newId = panel->controller()->newKeyId();
        QVERIFY(!newId.isEmpty());
        first->toggle(first->find<QCheckBox>(u"checklist_api-key-in-apps"_s));
        QVERIFY(first->session->isStepDone(RecoveryStep::ApiKey));
    }
    // The leaked key no longer works: only the saved one can connect.
    const QString leakedId = PracticeAccount::keyIdFromSecret(m_server->practiceKey());
    QVERIFY(!m_server->account().findKeyById(leakedId));

    auto run = startRun();
    QVERIFY(run);
    QVERIFY(run->find<QLabel>(u"welcomeResumeSummary"_s)->text().contains(u"Done: steps 1 and 2."_s));
    run->clickNext();
    auto* offer = run->find<QWidget>(u"connectStoredKeyBox"_s);
    QVERIFY(offer->isVisible());
    auto* use = run->find<QPushButton>(u"connectUseStoredKeyButton"_s);
    QVERIFY(use->isEnabled());
    QCOMPARE(use->accessibleName(), u"Use the new key saved by this program"_s);
    render(*run, u"resume-02-connect-saved-key"_s);

    // The practice account has its own key; the offer belongs to the real account only.
    run->toggle(run->find<QRadioButton>(u"modePracticeRadio"_s));
    QVERIFY(!offer->isVisible());
    run->toggle(run->find<QRadioButton>(u"modeRealRadio"_s));
    QVERIFY(offer->isVisible());

    run->click(use);
    QTRY_VERIFY_WITH_TIMEOUT(run->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QVERIFY(run->session->apiAvailable());
    QCOMPARE(run->session->summary().keyInUseId, newId);
    auto* edit = run->find<QLineEdit>(u"connectKeyEdit"_s);
    QCOMPARE(edit->echoMode(), QLineEdit::Password); // read from the keychain, still hidden
    QCOMPARE(PracticeAccount::keyIdFromSecret(edit->text()), newId);
    const QString status = run->find<QLabel>(u"connectStoredKeyStatus"_s)->text();
    QVERIFY2(!status.contains(edit->text()), "the key is shown only masked");
    QVERIFY(!offer->isVisible()); // the result speaks now
    QTRY_VERIFY(run->button(QWizard::NextButton)->isEnabled());
    render(*run, u"resume-03-connect-saved-key-checked"_s);
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::SmtpCredentials));

    bool removed = false;
    run->session->secretStore()->remove(SecretEntries::apiKey(newId), this,
                                        [&removed](const SecretStore::Result&) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestResume::keychainMissingLetsTheAdminPaste()
{
    journalFinishedRotation(PracticeAccount::keyIdFromSecret(m_server->practiceKey()));
    auto* keychain = new MissingKeychain;
    auto run = startRun(keychain);
    QVERIFY(run);
    run->clickNext();
    auto* use = run->find<QPushButton>(u"connectUseStoredKeyButton"_s);
    auto* status = run->find<QLabel>(u"connectStoredKeyStatus"_s);
    QVERIFY(use->isVisible());

    // Going back before the keychain answers: the late answer changes nothing.
    run->click(use);
    QVERIFY(!use->isEnabled());
    QCOMPARE(keychain->answered(), 0);
    run->clickBack();
    QCOMPARE(run->currentId(), int(WizardPageId::Welcome));
    QTRY_COMPARE(keychain->answered(), 1);
    QVERIFY(status->text().isEmpty());
    run->clickNext();
    QVERIFY(use->isEnabled());

    run->click(use);
    QTRY_VERIFY(status->text().contains(u"could not be read"_s));
    QVERIFY2(status->text().contains(u"no keychain"_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"Paste the new key"_s), qPrintable(status->text()));
    QVERIFY(status->isVisible());
    QVERIFY(use->isEnabled()); // trying again is allowed
    auto* edit = run->find<QLineEdit>(u"connectKeyEdit"_s);
    QVERIFY(edit->isEnabled());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!run->session->isConnected());
    render(*run, u"resume-04-connect-keychain-missing"_s);

    connectWithKey(*run, m_server->practiceKey());
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::Investigate)); // nothing was ticked
}

void TestResume::savedKeyGoneFromTheKeychainIsExplained()
{
    // The journal says a key was saved, but the keychain has no such entry (removed by hand).
    journalFinishedRotation(u"no-such-key-in-the-keychain"_s);
    auto run = startRun(
        new KeychainSecretStore(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(10)));
    QVERIFY(run);
    run->clickNext();
    run->click(run->find<QPushButton>(u"connectUseStoredKeyButton"_s));
    auto* status = run->find<QLabel>(u"connectStoredKeyStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"could not be read"_s), 15000);
    QVERIFY2(status->text().contains(u"api-key:no-such-key-in-the-keychain"_s), qPrintable(status->text()));
    QVERIFY(!run->session->isConnected());
    QVERIFY(!run->button(QWizard::NextButton)->isEnabled());
}

void TestResume::startOverAsksFirstThenForgetsTheProgress()
{
    {
        auto first = startRun();
        QVERIFY(first);
        tickStep(*first->session, RecoveryStep::Investigate);
        first->session->setIncidentStart(QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()));
    }
    auto run = startRun();
    QVERIFY(run);
    QVERIFY(run->find<QWidget>(u"welcomeResumeBox"_s)->isVisible());
    QCOMPARE(run->session->incidentStart(), QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()));
    run->toggle(run->find<QRadioButton>(u"welcomeStartOverRadio"_s));
    QVERIFY(run->find<QRadioButton>(u"welcomeStartOverRadio"_s)->isChecked());

    // Keep my progress: nothing changes.
    QString asked;
    answerStartOverQuestion(u"rejectButton"_s, &asked,
                            m_screens.filePath(u"resume-05-start-over-question.png"_s));
    run->clickNext();
    QTRY_VERIFY(!asked.isEmpty());
    QCOMPARE(MessageBox::lastShown().acceptButton, u"Start over"_s);
    QCOMPARE(MessageBox::lastShown().rejectButton, u"Keep my progress"_s);
    QCOMPARE(MessageBox::lastShown().defaultButton, u"Keep my progress"_s);
    QCOMPARE(run->currentId(), int(WizardPageId::Welcome));
    QVERIFY(run->session->isStepDone(RecoveryStep::Investigate));
    QVERIFY(QFileInfo::exists(m_path));
    QVERIFY2(asked.contains(u"Nothing in your Mailgun account is undone"_s), qPrintable(asked));

    // Start over: the old record is set aside, the session forgets the ticks.
    asked.clear();
    answerStartOverQuestion(u"acceptButton"_s, &asked);
    run->clickNext();
    QTRY_COMPARE(run->currentId(), int(WizardPageId::Connect));
    QVERIFY(!asked.isEmpty());
    QVERIFY(!run->session->isStepDone(RecoveryStep::Investigate));
    QVERIFY(!run->rowDone(u"investigate"_s));
    QVERIFY(run->session->incidentStart() > QDateTime::currentDateTimeUtc().addDays(-15));
    QVERIFY(run->journal->entries().isEmpty());
    QVERIFY(!QFileInfo::exists(m_path));
    QCOMPARE(QDir(m_dir->path()).entryList({u"journal.json.2*"_s}).size(), 1);

    connectByHand(*run);
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::Investigate));

    // Back at the start the page is the plain welcome.
    run->clickBack();
    run->clickBack();
    QCOMPARE(run->currentId(), int(WizardPageId::Welcome));
    QVERIFY(!run->find<QWidget>(u"welcomeResumeBox"_s)->isVisible());
}

void TestResume::everyStepDoneOpensTheLastStep()
{
    {
        auto first = startRun();
        QVERIFY(first);
        for (RecoveryStep step : allRecoverySteps())
            tickStep(*first->session, step);
    }
    auto run = startRun();
    QVERIFY(run);
    QVERIFY(run->find<QLabel>(u"welcomeResumeSummary"_s)->text().contains(u"All 6 steps are done."_s));
    run->clickNext();
    connectByHand(*run);
    run->clickNext();
    QCOMPARE(run->currentId(), int(WizardPageId::ReportToSupport));
}

QTEST_MAIN(TestResume)
#include "tst_resume.moc"
