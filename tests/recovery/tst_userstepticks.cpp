// Steps 4 and 5 move on only on proof: a practice reset is journaled and its link counts
// down, a verified list ticks the steps, and an empty list proves nothing.
#include "UserStatusFixture.h"

class TestUserStepTicks : public UserStatusFixture
{
    Q_OBJECT

private Q_SLOTS:
    void practiceResetIsJournaledAndCountsDown();
    void resetLinkCountdown();
    void verifiedListTicksTheSteps();
    void emptyListProvesNothing();
};

void TestUserStepTicks::practiceResetIsJournaledAndCountsDown()
{
    UserStatusController* controller = makeController(true);
    QVERIFY(!controller->resetLinkRequested(samId)); // nothing listed yet
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(!find(controller, samId)->passwordChanged);
    QVERIFY(!controller->resetLinkOpenedAt(samId).isValid());

    QSignalSpy changed(controller, &UserStatusController::simulatedAccountChanged);
    QVERIFY(controller->resetLinkRequested(samId));
    QCOMPARE(changed.size(), 1);
    const QDateTime opened = controller->resetLinkOpenedAt(samId);
    QVERIFY(opened.isValid());
    QVERIFY(ResetLink::secondsLeft(opened, QDateTime::currentDateTimeUtc()) > 19 * 60);

    const Journal::Entry entry = m_journal->entries().constLast();
    QCOMPARE(entry.type, u"user-reset-link-opened"_s);
    QCOMPARE(entry.data,
             (QJsonObject{{u"user_id"_s, samId}, {u"email"_s, u"sam@northwind-outfitters.com"_s}}));

    // The practice account now has Sam's new password; the next refresh sees it.
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(find(controller, samId)->passwordChanged);

    QVERIFY(controller->simulateTwoFactorOn(alexId));
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(find(controller, alexId)->tfaActive);

    // A restart finds the countdown in the journal; a real account, with its own journal,
    // does not see the practice one.
    auto* restarted = makeController(true);
    QCOMPARE(restarted->resetLinkOpenedAt(samId), entry.time);
    Journal realJournal{QString()};
    auto* real = makeController(false, &realJournal);
    QVERIFY(!real->resetLinkOpenedAt(samId).isValid());
    QVERIFY(!real->simulateTwoFactorOn(alexId)); // never without a simulator
    QVERIFY(refresh(real, incidentStart()));
    QVERIFY(real->resetLinkRequested(danaId)); // real: journaled only, nothing simulated
    QVERIFY(!real->user(danaId)->passwordChanged);
    QVERIFY(refresh(real, incidentStart()));
    QVERIFY(!find(real, danaId)->passwordChanged);
    QCOMPARE(realJournal.entries().constLast().type, u"users-checked"_s);
}

void TestUserStepTicks::resetLinkCountdown()
{
    const QDateTime opened = QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc());
    QCOMPARE(ResetLink::secondsLeft(opened, opened), 1200);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(18)), 1182);
    QCOMPARE(ResetLink::clockText(1182), u"19:42"_s);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(1200)), 0);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(5000)), 0);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(-60)), 1200); // clock went back
    QCOMPARE(ResetLink::secondsLeft(QDateTime(), opened), 0);
    QCOMPARE(ResetLink::clockText(0), u"00:00"_s);
    QCOMPARE(ResetLink::clockText(65), u"01:05"_s);
}

void TestUserStepTicks::verifiedListTicksTheSteps()
{
    RecoverySession session(m_journal, apiEndpointsOf(*m_server));
    UserStatusController* controller = makeController();
    const QDateTime start = incidentStart();
    QVERIFY(refresh(controller, start));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0);
    QVERIFY(!session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-other-passwords"_s));

    for (const PracticeUser& user : account().users())
        QVERIFY(PracticeUserActions::changePassword(account(), user.id));
    QVERIFY(refresh(controller, start));
    QSignalSpy stepChanged(&session, &RecoverySession::stepStateChanged);
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 2);
    QVERIFY(session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-own-password"_s));
    QVERIFY(session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-other-passwords"_s));
    // Who should keep access is the admin's call, so step 4 waits for that tick.
    QVERIFY(!session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-reviewed"_s));
    QVERIFY(!session.isStepDone(RecoveryStep::UserPasswords));
    QVERIFY(!session.isStepDone(RecoveryStep::TwoFactor));
    session.setItemConfirmed(RecoveryStep::UserPasswords, u"users-reviewed"_s, true);
    QVERIFY(session.isStepDone(RecoveryStep::UserPasswords));

    for (const PracticeUser& user : account().users())
        QVERIFY(PracticeUserActions::setTwoFactor(account(), user.id, true));
    QVERIFY(refresh(controller, start));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 2);
    QVERIFY(session.isStepDone(RecoveryStep::TwoFactor));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0); // already ticked

    // A user who turns 2FA off again does not untick what the admin has: it shows in the list.
    QVERIFY(PracticeUserActions::setTwoFactor(account(), samId, false));
    QVERIFY(refresh(controller, start));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0);
    QVERIFY(session.isStepDone(RecoveryStep::TwoFactor));

    // The ticks are journaled, so they survive a restart.
    RecoverySession restarted(m_journal, apiEndpointsOf(*m_server));
    QVERIFY(restarted.isStepDone(RecoveryStep::UserPasswords));
    QVERIFY(restarted.isStepDone(RecoveryStep::TwoFactor));
}

void TestUserStepTicks::emptyListProvesNothing()
{
    account().users().clear();
    RecoverySession session(m_journal, apiEndpointsOf(*m_server));
    UserStatusController* controller = makeController();
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(controller->users().isEmpty());
    QVERIFY(!UserStatus::everyPasswordChanged(controller->users()));
    QVERIFY(!UserStatus::everyTfaActive(controller->users()));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0);
}

QTEST_GUILESS_MAIN(TestUserStepTicks)
#include "tst_userstepticks.moc"
