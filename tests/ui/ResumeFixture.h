#pragma once

// What the resume suites share (tst_resume, tst_resumekeychain): a journal file in a
// throw-away folder, the admin's practice Mailgun account, and runs of the real wizard over
// that same file, one after the other.

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
inline void answerStartOverQuestion(const QString& buttonName, QString* shownText,
                                    const QString& screenshot = {})
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

class ResumeFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
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

inline void ResumeFixture::initTestCase()
{
    m_screens = QDir(qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath()) + u"/screenshots"_s);
    QVERIFY(m_screens.mkpath(u"."_s));
}

inline void ResumeFixture::init()
{
    MessageBox::forgetForTests();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"journal.json"_s);
    m_server = std::make_unique<PracticeServer>();
    QString error;
    QVERIFY2(m_server->start(0, 0, &error), qPrintable(error));
}

inline void ResumeFixture::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

inline std::unique_ptr<ProgramRun> ResumeFixture::startRun(SecretStore* store)
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

inline void ResumeFixture::connectWithKey(ProgramRun& run, const QString& key)
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

inline void ResumeFixture::connectByHand(ProgramRun& run)
{
    QCOMPARE(run.currentId(), int(WizardPageId::Connect));
    run.toggle(run.find<QCheckBox>(u"connectWithoutApiCheck"_s));
    QVERIFY(run.button(QWizard::NextButton)->isEnabled());
}

inline void ResumeFixture::tickStep(RecoverySession& session, RecoveryStep step)
{
    for (const ChecklistItem& item : stepGuide(step).items)
        session.setItemConfirmed(step, item.id, true);
}

// What a finished step 2 leaves in the journal when the new key is the practice key itself
// (so the key works), without running a replacement.
inline void ResumeFixture::journalFinishedRotation(const QString& newId)
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

inline void ResumeFixture::render(ProgramRun& run, const QString& name)
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
