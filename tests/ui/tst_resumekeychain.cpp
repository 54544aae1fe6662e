// Resuming after step 2: the new key is read from the keychain; when the keychain is
// missing the admin can paste it; a saved key gone from the keychain is explained.
#include "ResumeFixture.h"

class TestResumeKeychain : public ResumeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void newKeyFromStepTwoIsReadFromTheKeychain();
    void keychainMissingLetsTheAdminPaste();
    void savedKeyGoneFromTheKeychainIsExplained();
};

void TestResumeKeychain::newKeyFromStepTwoIsReadFromTheKeychain()
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

void TestResumeKeychain::keychainMissingLetsTheAdminPaste()
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

void TestResumeKeychain::savedKeyGoneFromTheKeychainIsExplained()
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

QTEST_MAIN(TestResumeKeychain)
#include "tst_resumekeychain.moc"
