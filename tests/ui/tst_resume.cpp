// "Continue where you left off": a first run of the real wizard does some of the work and
// is closed; a second run over the same journal file offers to continue and lands on the
// first unfinished step. Starting over asks first and then forgets the progress, never the
// account's state.
#include "ResumeFixture.h"

class TestResume : public ResumeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunShowsTheTour();
    void practiceWorkIsNotOfferedForTheRealAccount();
    void continuesAtTheFirstUnfinishedStep();
    void startOverAsksFirstThenForgetsTheProgress();
    void everyStepDoneOpensTheLastStep();
};

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
    const QDate startDay = QDate::currentDate();
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
    // Both runs happened today, unless midnight passed while the test ran: then the page may
    // count the first run as yesterday's.
    const bool crossedMidnight = QDate::currentDate() != startDay;
    QVERIFY2(summary.contains(u"Started today."_s) ||
                 (crossedMidnight && summary.contains(u"Started yesterday."_s)),
             qPrintable(summary));
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
