// The proofs that step 2 and the cleanup of step 1 leave in the support report: each old key
// tried once more after the deletes, with its UTC time ("key-retested"), a key that still works
// first among what is still open; and what Mailgun held when a cleanup change was read back
// ("cleanup-read-back"), "asked for X; Mailgun now holds Y" (docs/mailgun-behaviour.md, 8, 11).
#include "recovery/Journal.h"
#include "report/MarkdownReportWriter.h"
#include "report/SupportReport.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReportProofs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retestedKeysAreListedWithTheirTime();
    void aKeyThatStillWorksIsTheFirstThingOpen();
    void aLaterTestThatFindsTheKeyDeadClosesIt();
    void readBackShowsWhatMailgunHolds();

private:
    static const ReportAction* actionOfType(const SupportReport& report, const QString& type, int nth = 0);
};

const ReportAction* TestReportProofs::actionOfType(const SupportReport& report, const QString& type, int nth)
{
    for (const ReportAction& action : report.actions) {
        if (action.type == type && nth-- == 0)
            return &action;
    }
    return nullptr;
}

void TestReportProofs::retestedKeysAreListedWithTheirTime()
{
    Journal journal{QString()};
    journal.append(u"key-retested"_s, {{u"id"_s, u"aaaa1111-bbbb2222"_s},
                                       {u"origin"_s, u"entered"_s},
                                       {u"outcome"_s, u"refused"_s},
                                       {u"status"_s, 401},
                                       {u"at"_s, u"2026-12-05T04:12:33Z"_s}});
    const SupportReport report = SupportReport::build(journal.entries(), {});
    const ReportAction* action = actionOfType(report, u"key-retested"_s);
    QVERIFY(action);
    QCOMPARE(action->text,
             u"Tried the deleted key aaaa1111-bbbb2222 once more with a harmless read, right after "
             "the new key passed the same read: Mailgun refused it (HTTP 401)."_s);
    QCOMPARE(action->result, ReportAction::Result::Done);
    QCOMPARE(action->step, RecoveryStep::ApiKey);
    QCOMPARE(action->time, journal.entries().first().time);
    QVERIFY(report.stillOpen.isEmpty() || !report.stillOpen.first().contains(u"aaaa1111"_s));
    const QString markdown = MarkdownReportWriter::write(report);
    QVERIFY2(markdown.contains(SupportReport::formatTime(journal.entries().first().time)),
             qPrintable(markdown));
}

void TestReportProofs::aKeyThatStillWorksIsTheFirstThingOpen()
{
    Journal journal{QString()};
    journal.append(u"key-delete-failed"_s,
                   {{u"id"_s, u"eeee5555-ffff6666"_s}, {u"error"_s, u"server-error"_s}});
    journal.append(u"key-retested"_s, {{u"id"_s, u"cccc3333-dddd4444"_s},
                                       {u"origin"_s, u"found"_s},
                                       {u"outcome"_s, u"still-works"_s},
                                       {u"status"_s, 403},
                                       {u"at"_s, u"2026-12-05T04:12:33Z"_s}});
    const SupportReport report = SupportReport::build(journal.entries(), {});
    QVERIFY(report.stillOpen.size() >= 2);
    QCOMPARE(report.stillOpen.first(),
             u"The old API key cccc3333-dddd4444 STILL WORKS: Mailgun accepted it at "_s +
                 SupportReport::formatTime(journal.entries().last().time) +
                 u". Delete it in the Control Panel now."_s);
    const ReportAction* action = actionOfType(report, u"key-retested"_s);
    QVERIFY(action);
    QCOMPARE(action->result, ReportAction::Result::Failed);
    QVERIFY(action->text.contains(u"STILL WORKS (HTTP 403)"_s));
}

void TestReportProofs::aLaterTestThatFindsTheKeyDeadClosesIt()
{
    Journal journal{QString()};
    const QJsonObject alive{
        {u"id"_s, u"cccc3333-dddd4444"_s}, {u"outcome"_s, u"still-works"_s}, {u"status"_s, 200}};
    journal.append(u"key-retested"_s, alive);
    QJsonObject dead = alive;
    dead.insert(u"outcome"_s, u"refused"_s);
    dead.insert(u"status"_s, 401);
    journal.append(u"key-retested"_s, dead);
    const QString open = SupportReport::build(journal.entries(), {}).stillOpen.join(u'\n');
    QVERIFY2(!open.contains(u"cccc3333-dddd4444"_s), qPrintable(open));
}

void TestReportProofs::readBackShowsWhatMailgunHolds()
{
    Journal journal{QString()};
    journal.append(u"cleanup-read-back"_s, {{u"region"_s, u"eu"_s},
                                            {u"check"_s, u"archive-to"_s},
                                            {u"target"_s, u"eu.example.com"_s},
                                            {u"expected"_s, QString()},
                                            {u"found"_s, u"https://archive.example.net/x"_s},
                                            {u"read"_s, true},
                                            {u"matches"_s, false}});
    journal.append(u"cleanup-read-back"_s, {{u"region"_s, u"us"_s},
                                            {u"check"_s, u"route"_s},
                                            {u"target"_s, u"5f3a"_s},
                                            {u"expected"_s, QString()},
                                            {u"found"_s, QString()},
                                            {u"read"_s, true},
                                            {u"matches"_s, true}});
    const SupportReport report = SupportReport::build(journal.entries(), {});
    const ReportAction* differs = actionOfType(report, u"cleanup-read-back"_s, 0);
    const ReportAction* same = actionOfType(report, u"cleanup-read-back"_s, 1);
    QVERIFY(differs && same);
    QCOMPARE(differs->text,
             u"Checked archive-to (eu.example.com) again: you asked for nothing; Mailgun now has "
             "https://archive.example.net/x."_s);
    QCOMPARE(differs->result, ReportAction::Result::Failed);
    QCOMPARE(differs->step, RecoveryStep::Investigate);
    QCOMPARE(same->text, u"Checked route (5f3a) again: you asked for nothing; Mailgun now has nothing."_s);
    QCOMPARE(same->result, ReportAction::Result::Done);
}

QTEST_GUILESS_MAIN(TestReportProofs)
#include "tst_reportproofs.moc"
