// What "continue where you left off" reads from the journal: earlier work per account, when,
// which steps are done (exactly as the session counts them), where to go on, and which new
// key step 2 left in the keychain.
#include "recovery/Journal.h"
#include "recovery/KeyRotationProgress.h"
#include "recovery/RecoverySession.h"
#include "recovery/ResumeState.h"
#include "recovery/StepGuide.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0)); // local time

Journal::Entry entry(const QString& type, QJsonObject data, const QDateTime& time = now.toUTC())
{
    return {time.toUTC(), type, std::move(data)};
}

Journal::Entry tick(RecoveryStep step, const QString& item, bool confirmed = true, bool practice = false,
                    const QDateTime& time = now.toUTC())
{
    return entry(u"item-confirmed"_s,
                 {{u"step"_s, recoveryStepId(step)},
                  {u"item"_s, item},
                  {u"confirmed"_s, confirmed},
                  {u"practice"_s, practice}},
                 time);
}

QList<Journal::Entry> tickStep(RecoveryStep step, bool practice = false, const QDateTime& time = now.toUTC())
{
    QList<Journal::Entry> entries;
    for (const ChecklistItem& item : stepGuide(step).items)
        entries << tick(step, item.id, true, practice, time);
    return entries;
}

Journal::Entry key(const QString& type, const QString& id, bool practice = false)
{
    QJsonObject data{{u"practice"_s, practice}};
    if (!id.isEmpty())
        data.insert(u"id"_s, id);
    return entry(type, data);
}

// One key replacement as KeyRotationController journals it, stopped after `lastType`.
QList<Journal::Entry> rotation(const QString& newId, const QString& oldId, const QString& lastType,
                               bool practice = false)
{
    QList<Journal::Entry> all{
        entry(KeyRotationEntry::started,
              {{u"delete"_s, QJsonArray{oldId}}, {u"in_use"_s, oldId}, {u"practice"_s, practice}}),
        entry(KeyRotationEntry::createSent,
              {{u"marker"_s, QString(u"m-"_s + newId)}, {u"practice"_s, practice}}),
        key(KeyRotationEntry::created, newId, practice),
        key(KeyRotationEntry::stored, newId, practice),
        key(KeyRotationEntry::verified, newId, practice),
        key(KeyRotationEntry::deleteSent, oldId, practice),
        key(KeyRotationEntry::deleted, oldId, practice),
        key(KeyRotationEntry::finished, newId, practice),
    };
    QList<Journal::Entry> entries;
    for (const Journal::Entry& e : all) {
        entries << e;
        if (e.type == lastType)
            break;
    }
    return entries;
}

} // namespace

class TestResumeState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyJournalHasNothingToResume();
    void doneStepsAndWhereToGoOn();
    void agreesWithTheSession();
    void allStepsDone();
    void whenTheWorkWasDone();
    void storedKeyOfAFinishedReplacement();
    void noStoredKeyWhenNotStoredOrNotVerified();
    void aLaterReplacementReplacesTheStoredKey();
    void anInterruptedLaterReplacementKeepsTheEarlierKey();
    void summaryInPlainWords();
    void summaryOfWorkDoneToday();
    void twentyMinutesAcrossMidnightIsYesterday();
    void survivesARestartThroughTheFile();
};

void TestResumeState::emptyJournalHasNothingToResume()
{
    const ResumeState state = ResumeState::fromJournal({});
    QVERIFY(!state.hasEarlierWork);
    QVERIFY(!state.startedAt.isValid());
    QVERIFY(!state.incidentStart.isValid());
    QVERIFY(state.doneSteps.isEmpty());
    QCOMPARE(state.firstUnfinishedStep, std::optional(RecoveryStep::Investigate));
    QVERIFY(state.storedKeyId.isEmpty());
    QVERIFY(!state.keyRotationUnfinished);
    QVERIFY(state.summary(now).isEmpty());
}

void TestResumeState::doneStepsAndWhereToGoOn()
{
    QList<Journal::Entry> entries = tickStep(RecoveryStep::Investigate) + tickStep(RecoveryStep::ApiKey);
    entries << tick(RecoveryStep::SmtpCredentials, stepGuide(RecoveryStep::SmtpCredentials).items.first().id);
    entries << tickStep(RecoveryStep::TwoFactor);

    ResumeState state = ResumeState::fromJournal(entries);
    QVERIFY(state.hasEarlierWork);
    const QList<RecoveryStep> done{RecoveryStep::Investigate, RecoveryStep::ApiKey, RecoveryStep::TwoFactor};
    QCOMPARE(state.doneSteps, done);
    QVERIFY(state.isStepDone(RecoveryStep::ApiKey));
    QVERIFY(!state.isStepDone(RecoveryStep::SmtpCredentials));
    // Step 5 done does not hide that step 3 is left.
    QCOMPARE(state.firstUnfinishedStep, std::optional(RecoveryStep::SmtpCredentials));

    // Unticking an item of step 1 sends the admin back there.
    entries << tick(RecoveryStep::Investigate, stepGuide(RecoveryStep::Investigate).items.last().id, false);
    state = ResumeState::fromJournal(entries);
    QVERIFY(!state.isStepDone(RecoveryStep::Investigate));
    QCOMPARE(state.firstUnfinishedStep, std::optional(RecoveryStep::Investigate));

    // An item id the guide does not know (an old version's) neither counts nor breaks.
    entries << tick(RecoveryStep::Investigate, u"no-such-item"_s);
    entries << entry(u"item-confirmed"_s, {{u"step"_s, u"no-such-step"_s}, {u"item"_s, u"x"_s}});
    state = ResumeState::fromJournal(entries);
    QVERIFY(!state.isStepDone(RecoveryStep::Investigate));
}

void TestResumeState::agreesWithTheSession()
{
    Journal journal{QString()};
    RecoverySession session(&journal, ApiEndpoints::production());
    for (const ChecklistItem& item : stepGuide(RecoveryStep::Investigate).items)
        session.setItemConfirmed(RecoveryStep::Investigate, item.id, true);
    for (const ChecklistItem& item : stepGuide(RecoveryStep::UserPasswords).items)
        session.setItemConfirmed(RecoveryStep::UserPasswords, item.id, true);
    session.setItemConfirmed(RecoveryStep::ApiKey, stepGuide(RecoveryStep::ApiKey).items.first().id, true);

    const ResumeState state = ResumeState::fromJournal(journal.entries());
    for (RecoveryStep step : allRecoverySteps())
        QCOMPARE(state.isStepDone(step), session.isStepDone(step));
    QCOMPARE(state.firstUnfinishedStep, session.firstUnfinishedStep());
    QCOMPARE(state.firstUnfinishedStep, std::optional(RecoveryStep::ApiKey));
    QCOMPARE(state.doneSteps.size(), session.doneStepCount());
}

void TestResumeState::allStepsDone()
{
    QList<Journal::Entry> entries;
    for (RecoveryStep step : allRecoverySteps())
        entries << tickStep(step);
    const ResumeState state = ResumeState::fromJournal(entries);
    QCOMPARE(state.doneSteps, allRecoverySteps());
    QVERIFY(!state.firstUnfinishedStep);
    const QStringList lines = state.summary(now);
    QVERIFY2(lines.contains(u"All 6 steps are done."_s), qPrintable(lines.join(u' ')));
    QVERIFY(!lines.join(u' ').contains(u"Next:"_s));
}

void TestResumeState::whenTheWorkWasDone()
{
    const QDateTime first = now.addDays(-3);
    const QDateTime last = now.addDays(-1);
    QList<Journal::Entry> entries;
    entries << tick(RecoveryStep::Investigate, u"investigate-plugins"_s, true, false, first);
    entries << entry(u"incident-start"_s, {{u"start"_s, u"2026-11-01T08:00:00Z"_s}}, now.addDays(-2));
    entries << entry(u"users-checked"_s, {{u"practice"_s, false}}, last);

    const ResumeState state = ResumeState::fromJournal(entries);
    QVERIFY(state.hasEarlierWork);
    QCOMPARE(state.startedAt, first.toUTC());
    QCOMPARE(state.lastTouched, last.toUTC());
    QCOMPARE(state.incidentStart, QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()));
}

void TestResumeState::storedKeyOfAFinishedReplacement()
{
    QList<Journal::Entry> entries = tickStep(RecoveryStep::Investigate);
    entries << rotation(u"new-1"_s, u"leaked"_s, KeyRotationEntry::finished);
    const ResumeState state = ResumeState::fromJournal(entries);
    QCOMPARE(state.storedKeyId, u"new-1"_s);
    QVERIFY(!state.keyRotationUnfinished);

    // Verified but interrupted before the old keys were deleted: the new key works and is
    // in the keychain, and the replacement can still be finished.
    const ResumeState interrupted =
        ResumeState::fromJournal(rotation(u"new-1"_s, u"leaked"_s, KeyRotationEntry::verified));
    QCOMPARE(interrupted.storedKeyId, u"new-1"_s);
    QVERIFY(interrupted.keyRotationUnfinished);
}

void TestResumeState::noStoredKeyWhenNotStoredOrNotVerified()
{
    // Created and stored, but never checked against Mailgun.
    ResumeState state = ResumeState::fromJournal(rotation(u"new-1"_s, u"leaked"_s, KeyRotationEntry::stored));
    QVERIFY(state.storedKeyId.isEmpty());
    QVERIFY(state.keyRotationUnfinished);
    QVERIFY(state.hasEarlierWork);

    // No keychain: the admin saved the key by hand; nothing to read back.
    QList<Journal::Entry> byHand = rotation(u"new-2"_s, u"leaked"_s, KeyRotationEntry::created);
    byHand << key(KeyRotationEntry::storeFailed, u"new-2"_s) << key(KeyRotationEntry::savedByHand, u"new-2"_s)
           << key(KeyRotationEntry::verified, u"new-2"_s) << key(KeyRotationEntry::deleted, u"leaked"_s)
           << key(KeyRotationEntry::finished, u"new-2"_s);
    state = ResumeState::fromJournal(byHand);
    QVERIFY(state.storedKeyId.isEmpty());
    QVERIFY(!state.keyRotationUnfinished);
}

void TestResumeState::aLaterReplacementReplacesTheStoredKey()
{
    QList<Journal::Entry> entries = rotation(u"new-1"_s, u"leaked"_s, KeyRotationEntry::finished);
    entries << rotation(u"new-2"_s, u"new-1"_s, KeyRotationEntry::finished);
    QCOMPARE(ResumeState::fromJournal(entries).storedKeyId, u"new-2"_s);

    // The newest key deleted by hand later (an orphan clean-up, or a third replacement
    // that deleted it): the program offers nothing rather than a dead key.
    entries << key(KeyRotationEntry::deleted, u"new-2"_s);
    QCOMPARE(ResumeState::fromJournal(entries).storedKeyId, QString());
}

void TestResumeState::anInterruptedLaterReplacementKeepsTheEarlierKey()
{
    QList<Journal::Entry> entries = rotation(u"new-1"_s, u"leaked"_s, KeyRotationEntry::finished);
    entries << rotation(u"new-2"_s, u"new-1"_s, KeyRotationEntry::created);
    const ResumeState state = ResumeState::fromJournal(entries);
    QCOMPARE(state.storedKeyId, u"new-1"_s); // new-2 was never stored; new-1 still works
    QVERIFY(state.keyRotationUnfinished);
}

void TestResumeState::summaryInPlainWords()
{
    QList<Journal::Entry> entries = tickStep(RecoveryStep::Investigate, false, now.addDays(-2));
    entries << tickStep(RecoveryStep::ApiKey, false, now.addDays(-1));
    const QStringList lines = ResumeState::fromJournal(entries).summary(now);
    const QStringList expected{
        u"Started 2 days ago."_s,
        u"You last worked on it yesterday."_s,
        u"Done: steps 1 and 2."_s,
        u"Next: step 3 (Reset SMTP passwords)."_s,
    };
    QCOMPARE(lines, expected);

    // One step done, not the first; an interrupted key replacement is mentioned.
    entries = rotation(u"new-1"_s, u"leaked"_s, KeyRotationEntry::verified);
    entries << tickStep(RecoveryStep::Investigate, false, now.addDays(-1));
    for (Journal::Entry& e : entries)
        e.time = now.addDays(-1).toUTC();
    const QString text = ResumeState::fromJournal(entries).summary(now).join(u'\n');
    QVERIFY2(text.startsWith(u"Started yesterday.\nDone: step 1.\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"stopped half way"_s), qPrintable(text));
    QVERIFY2(text.endsWith(u"Next: step 2 (Replace the API key)."_s), qPrintable(text));
}

void TestResumeState::summaryOfWorkDoneToday()
{
    QList<Journal::Entry> entries{
        tick(RecoveryStep::Investigate, u"investigate-plugins"_s, true, false, now)};
    const QStringList lines = ResumeState::fromJournal(entries).summary(now);
    const QStringList expected{
        u"Started today."_s,
        u"No step is finished yet."_s,
        u"Next: step 1 (Find the leak)."_s,
    };
    QCOMPARE(lines, expected);

    // Three steps: a list, not a pair.
    entries = tickStep(RecoveryStep::Investigate, false, now.addDays(-7)) + tickStep(RecoveryStep::ApiKey) +
              tickStep(RecoveryStep::UserPasswords);
    const QStringList three = ResumeState::fromJournal(entries).summary(now);
    QVERIFY2(three.contains(u"Started 7 days ago."_s), qPrintable(three.join(u' ')));
    QVERIFY2(three.contains(u"You last worked on it today."_s), qPrintable(three.join(u' ')));
    QVERIFY2(three.contains(u"Done: steps 1, 2 and 4."_s) || three.contains(u"Done: steps 1, 2, and 4."_s),
             qPrintable(three.join(u' ')));
}

void TestResumeState::twentyMinutesAcrossMidnightIsYesterday()
{
    // Days are calendar days of the user's clock, not 24-hour spans: work at 23:50 read at 00:10
    // the next morning was done "yesterday", although only 20 minutes have passed.
    const QDateTime lateEvening(QDate(2026, 11, 27), QTime(23, 50));
    const QDateTime nextMorning(QDate(2026, 11, 28), QTime(0, 10));
    const QList<Journal::Entry> entries = tickStep(RecoveryStep::Investigate, false, lateEvening.toUTC());
    const QStringList lines = ResumeState::fromJournal(entries).summary(nextMorning);
    QVERIFY2(!lines.isEmpty(), "earlier work was not seen");
    QCOMPARE(lines.first(), u"Started yesterday."_s);

    // And 23 hours within one day is still today.
    const QDateTime earlyMorning(QDate(2026, 11, 28), QTime(0, 30));
    const QDateTime lateNight(QDate(2026, 11, 28), QTime(23, 30));
    const QStringList sameDay =
        ResumeState::fromJournal(tickStep(RecoveryStep::Investigate, false, earlyMorning.toUTC()))
            .summary(lateNight);
    QVERIFY2(!sameDay.isEmpty(), "earlier work was not seen");
    QCOMPARE(sameDay.first(), u"Started today."_s);
}

void TestResumeState::survivesARestartThroughTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.json"_s);
    {
        Journal journal(path);
        QVERIFY(journal.load());
        RecoverySession session(&journal, ApiEndpoints::production());
        for (const ChecklistItem& item : stepGuide(RecoveryStep::Investigate).items)
            session.setItemConfirmed(RecoveryStep::Investigate, item.id, true);
        for (const Journal::Entry& e : rotation(u"new-1"_s, u"leaked"_s, KeyRotationEntry::finished))
            QVERIFY(journal.append(e.type, e.data));
    }
    {
        Journal reloaded(path);
        QVERIFY(reloaded.load());
        const ResumeState state = ResumeState::fromJournal(reloaded.entries());
        QVERIFY(state.hasEarlierWork);
        QCOMPARE(state.doneSteps, QList<RecoveryStep>{RecoveryStep::Investigate});
        QCOMPARE(state.firstUnfinishedStep, std::optional(RecoveryStep::ApiKey));
        QCOMPARE(state.storedKeyId, u"new-1"_s);
        // "Now" is the moment the journal began, so the day cannot change under the test.
        QVERIFY(state.startedAt.isValid());
        const QStringList summary = state.summary(state.startedAt.toLocalTime().addSecs(60));
        QVERIFY2(summary.contains(u"Started today."_s), qPrintable(summary.join(u' ')));

        // Starting over sets the old file aside: nothing is left to resume.
        RecoverySession session(&reloaded, ApiEndpoints::production());
        QVERIFY(session.isStepDone(RecoveryStep::Investigate));
        QVERIFY(session.startOver());
        QVERIFY(!session.isStepDone(RecoveryStep::Investigate));
        QCOMPARE(session.firstUnfinishedStep(), std::optional(RecoveryStep::Investigate));
        QVERIFY(!ResumeState::fromJournal(reloaded.entries()).hasEarlierWork);
    }
    // The first window has closed: a new start reads the journal the start-over began.
    Journal again(path);
    QVERIFY(again.load());
    QVERIFY(!ResumeState::fromJournal(again.entries()).hasEarlierWork);
}

QTEST_GUILESS_MAIN(TestResumeState)
#include "tst_resumestate.moc"
