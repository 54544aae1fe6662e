#include "AccountSummaryView.h"
#include "WizardHarness.h"
#include "practice/PracticeAccount.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The Connect page of the real wizard: choosing the account, checking the key without
// blocking the window, and showing what the check found.
class TestConnectPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void nextIsDisabledBeforeAnyCheck();
    void practiceCheckShowsAccountSummary();
    void ownAccountWithWorkingKeyShowsSummary();
    void unknownKeyShowsRefusalAndKeepsNextDisabled();
    void keyRefusedAfterWorkingSaysItWorkedAMomentAgo();
    void continuingWithoutConnectingEnablesNext();
    void formatHintFollowsTyping();
    void showButtonRevealsAndHidesKey();
    void practiceKeyIsFilledInAndOwnKeyComesBack();
    void nextStaysDisabledWhileTheCheckRuns();
    void editingTheKeyAfterACheckAsksForANewCheck();

private:
    void typeKey(const QString& key);
    void checkAndWait();

    std::unique_ptr<WizardHarness> m_h;
    QLineEdit* m_keyEdit = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLabel* m_result = nullptr;
    AccountSummaryView* m_summary = nullptr;
};

void TestConnectPage::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    QCOMPARE(m_h->currentId(), int(WizardPageId::Welcome));
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    m_keyEdit = m_h->find<QLineEdit>(u"connectKeyEdit"_s);
    m_checkButton = m_h->find<QPushButton>(u"connectCheckButton"_s);
    m_result = m_h->find<QLabel>(u"connectResultLabel"_s);
    m_summary = m_h->find<AccountSummaryView>(u"connectSummaryBox"_s);
    QVERIFY(m_keyEdit && m_checkButton && m_result && m_summary);
    QVERIFY(!m_keyEdit->accessibleName().isEmpty());
    QVERIFY(!m_checkButton->accessibleName().isEmpty());
}

void TestConnectPage::cleanup()
{
    m_h.reset();
}

void TestConnectPage::typeKey(const QString& key)
{
    m_keyEdit->setFocus();
    m_keyEdit->selectAll();
    QTest::keyClick(m_keyEdit, Qt::Key_Backspace);
    QTest::keyClicks(m_keyEdit, key);
}

void TestConnectPage::checkAndWait()
{
    QVERIFY(m_checkButton->isEnabled());
    m_h->click(m_checkButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_result->text().isEmpty() && m_result->isVisible(), 30000);
}

void TestConnectPage::nextIsDisabledBeforeAnyCheck()
{
    QVERIFY(m_h->find<QRadioButton>(u"modeRealRadio"_s)->isChecked());
    QVERIFY(!m_h->nextEnabled());
    QVERIFY(!m_checkButton->isEnabled()); // nothing typed: nothing to check
    QCOMPARE(m_keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!m_h->find<QProgressBar>(u"connectBusyIndicator"_s)->isVisible());
    QVERIFY(!m_result->isVisible());
}

void TestConnectPage::practiceCheckShowsAccountSummary()
{
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    QCOMPARE(m_h->session->mode(), RecoverySession::AccountMode::Practice);
    QVERIFY(!m_keyEdit->isEnabled());
    QVERIFY(!m_keyEdit->text().isEmpty());
    QVERIFY(!m_h->nextEnabled());

    checkAndWait();
    QTRY_VERIFY_WITH_TIMEOUT(m_summary->isVisible(), 30000);
    QCOMPARE(m_h->session->connectResult().outcome, ConnectController::Outcome::Valid);
    QCOMPARE(m_result->text(), u"Connected. This key works and has full (admin) rights."_s);
    // The practice account holds three US domains and two EU ones (PracticeSeed.cpp); the key
    // in use is the practice key, whose ID the practice server derives on its own.
    QCOMPARE(m_h->find<QLabel>(u"summaryDomainsUs"_s)->text(), u"3"_s);
    QCOMPARE(m_h->find<QLabel>(u"summaryDomainsEu"_s)->text(), u"2"_s);
    const QString practiceKeyId = PracticeAccount::keyIdFromSecret(m_keyEdit->text());
    QVERIFY(!practiceKeyId.isEmpty());
    QVERIFY(m_h->find<QLabel>(u"summaryKeyInUse"_s)->text().contains(practiceKeyId));
    QVERIFY(!m_h->find<QCheckBox>(u"connectWithoutApiCheck"_s)->isVisible());
    QTRY_VERIFY(m_h->nextEnabled());

    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
}

void TestConnectPage::ownAccountWithWorkingKeyShowsSummary()
{
    // The harness points "my account" at its own practice server.
    typeKey(m_h->server.practiceKey());
    checkAndWait();
    QTRY_VERIFY_WITH_TIMEOUT(m_summary->isVisible(), 30000);
    QVERIFY(m_h->session->apiAvailable());
    QVERIFY(m_h->nextEnabled());
}

void TestConnectPage::unknownKeyShowsRefusalAndKeepsNextDisabled()
{
    typeKey(WizardHarness::unknownKey());
    checkAndWait();
    QCOMPARE(m_h->session->connectResult().outcome, ConnectController::Outcome::KeyRefused);
    QCOMPARE(m_result->text(), u"Mailgun refused this key."_s);
    auto* explanation = m_h->find<QLabel>(u"connectExplanationLabel"_s);
    QVERIFY(explanation->text().startsWith(
        u"The answer does not say why. The likely causes, most likely first:\n"
        u"• The key is mistyped, or it was deleted, disabled or has expired.\n"
        u"• It is a sending key for one domain, not the account's private API key."_s));
    QVERIFY(explanation->text().contains(u"https://app.mailgun.com/settings/api_security"_s));
    QVERIFY(explanation->text().contains(u"IP allowlist"_s));
    QCOMPARE(explanation->textFormat(), Qt::PlainText);
    QVERIFY(explanation->isVisible());
    QVERIFY(!m_summary->isVisible());
    QVERIFY(!m_h->nextEnabled());
}

// A key that worked, checked again after the allowlist changed, is no longer "maybe mistyped".
void TestConnectPage::keyRefusedAfterWorkingSaysItWorkedAMomentAgo()
{
    typeKey(m_h->server.practiceKey());
    checkAndWait();
    QTRY_VERIFY_WITH_TIMEOUT(m_summary->isVisible(), 30000);
    m_h->server.account().ipAllowlist().append({u"198.51.100.0/24"_s, u"Office"_s});
    m_result->clear();
    checkAndWait();
    QCOMPARE(m_h->session->connectResult().outcome, ConnectController::Outcome::KeyRefused);
    QCOMPARE(m_result->text(), u"Mailgun refused this key, which worked a moment ago."_s);
    const QString explanation = m_h->find<QLabel>(u"connectExplanationLabel"_s)->text();
    QVERIFY(explanation.contains(u"• The key was deleted or disabled since then."_s));
    QVERIFY(explanation.contains(u"IP allowlist"_s));
    QVERIFY(!explanation.contains(u"mistyped"_s));
    QVERIFY(!m_h->nextEnabled());
}

void TestConnectPage::continuingWithoutConnectingEnablesNext()
{
    typeKey(WizardHarness::unknownKey());
    checkAndWait();
    auto* without = m_h->find<QCheckBox>(u"connectWithoutApiCheck"_s);
    QVERIFY(without->isVisible());
    QVERIFY(!without->accessibleName().isEmpty());
    QVERIFY(!m_h->nextEnabled());
    m_h->toggle(without);
    QVERIFY(without->isChecked());
    QVERIFY(m_h->nextEnabled());
    QVERIFY(!m_h->session->apiAvailable());
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
}

void TestConnectPage::formatHintFollowsTyping()
{
    auto* hint = m_h->find<QLabel>(u"connectHintLabel"_s);
    QVERIFY(hint);
    QTest::keyClicks(m_keyEdit, u"key-"_s);
    const QString partial = hint->text();
    QCOMPARE(partial, u"The key looks incomplete. Paste the whole key."_s);
    QVERIFY(!m_checkButton->isEnabled());

    QTest::keyClicks(m_keyEdit, u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(hint->text(), u"This looks like an older Mailgun API key (it starts with \"key-\")."_s);
    QVERIFY(m_checkButton->isEnabled());

    QTest::keyClicks(m_keyEdit, u" x"_s);
    QCOMPARE(hint->text(), u"The key has spaces or line breaks in it. Copy it again without them."_s);
    QVERIFY(!m_checkButton->isEnabled());

    // Older keys have letters beyond f too (see KeyFormat.cpp for the sources).
    m_keyEdit->clear();
    QTest::keyClicks(m_keyEdit, u"key-9t2mq7xk4w8c1zp6r3bn5vh0yd7fj2s"_s);
    QCOMPARE(hint->text(), u"The key looks incomplete. Paste the whole key."_s);
    QVERIFY(!m_checkButton->isEnabled());
    QTest::keyClicks(m_keyEdit, u"l"_s);
    QCOMPARE(hint->text(), u"This looks like an older Mailgun API key (it starts with \"key-\")."_s);
    QVERIFY(m_checkButton->isEnabled());
}

void TestConnectPage::showButtonRevealsAndHidesKey()
{
    auto* show = m_h->find<QToolButton>(u"connectShowKeyButton"_s);
    QVERIFY(show);
    QCOMPARE(m_keyEdit->echoMode(), QLineEdit::Password);
    m_h->click(show);
    QCOMPARE(m_keyEdit->echoMode(), QLineEdit::Normal);
    m_h->click(show);
    QCOMPARE(m_keyEdit->echoMode(), QLineEdit::Password);
}

void TestConnectPage::practiceKeyIsFilledInAndOwnKeyComesBack()
{
    typeKey(u"key-0123"_s);
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    QVERIFY(m_h->practiceServer());
    QCOMPARE(m_keyEdit->text(), m_h->practiceServer()->practiceKey());
    QVERIFY(!m_keyEdit->isEnabled());
    QVERIFY(m_checkButton->isEnabled());

    m_h->toggle(m_h->find<QRadioButton>(u"modeRealRadio"_s));
    QCOMPARE(m_h->session->mode(), RecoverySession::AccountMode::RealAccount);
    QCOMPARE(m_keyEdit->text(), u"key-0123"_s);
    QVERIFY(m_keyEdit->isEnabled());
}

void TestConnectPage::nextStaysDisabledWhileTheCheckRuns()
{
    PracticeFault slow;
    slow.kind = PracticeFault::Kind::Delay;
    slow.path = QRegularExpression(u".*"_s);
    slow.times = 100;
    slow.delayMs = 700;
    m_h->server.addFault(slow);

    typeKey(m_h->server.practiceKey());
    m_h->click(m_checkButton);
    auto* busy = m_h->find<QProgressBar>(u"connectBusyIndicator"_s);
    QVERIFY(busy->isVisible());
    QVERIFY(!m_h->nextEnabled());
    QVERIFY(!m_checkButton->isEnabled());
    QVERIFY(!m_keyEdit->isEnabled());
    // The window keeps working while the check runs: the event loop turns (the practice server,
    // on this thread, receives the requests) and Next stays off until the slow answers come.
    QTRY_VERIFY(!m_h->server.requests().isEmpty());
    QVERIFY(!m_h->nextEnabled());
    QVERIFY(busy->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(m_summary->isVisible(), 30000);
    QVERIFY(!busy->isVisible());
    QVERIFY(m_h->nextEnabled());
}

void TestConnectPage::editingTheKeyAfterACheckAsksForANewCheck()
{
    typeKey(m_h->server.practiceKey());
    checkAndWait();
    QTRY_VERIFY(m_h->nextEnabled());
    QTest::keyClick(m_keyEdit, Qt::Key_Backspace);
    QVERIFY(!m_result->isVisible());
    QVERIFY(!m_h->session->isConnected());
    QVERIFY(!m_h->nextEnabled());
}

QTEST_MAIN(TestConnectPage)
#include "tst_connectpage.moc"
