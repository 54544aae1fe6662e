// Disabling a subaccount nobody recognises (SubaccountDisableController, shared by the wizard
// and `disable-subaccount`): journaled before and after, the outcome read back from Mailgun, and
// the support report's "Subaccounts" section listing what it holds and what was done.
#include "FastPracticeClient.h"
#include "investigate/AccountReview.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/SubaccountDisableController.h"
#include "recovery/SubaccountJournal.h"
#include "report/MarkdownReportWriter.h"
#include "report/ReportSubaccounts.h"
#include "report/SupportReport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSubaccountDisable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void disableIsJournaledAndReadBack();
    void alreadyDisabledEndsWithWhatMailgunHolds();
    void unknownSubaccountIsNotReportedAsDisabled();
    void reportListsWhatItHoldsAndWhatWasDone();

private:
    // Runs the controller to its end; returns the finished() arguments.
    QList<QVariant> disable(const QString& id, const QString& name);
    QStringList journalTypes() const;
    QString subaccountId() { return m_server->account().subaccounts().constFirst().id; }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
};

void TestSubaccountDisable::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server, 2);
    m_journal = new Journal(QString{});
}

void TestSubaccountDisable::cleanup()
{
    delete m_journal;
    delete m_client;
    delete m_server;
}

QList<QVariant> TestSubaccountDisable::disable(const QString& id, const QString& name)
{
    SubaccountDisableController controller(m_client, m_journal);
    QSignalSpy finished(&controller, &SubaccountDisableController::finished);
    if (!controller.disable(id, name))
        return {};
    if (finished.isEmpty() && !finished.wait(15000))
        return {};
    return finished.constFirst();
}

QStringList TestSubaccountDisable::journalTypes() const
{
    QStringList types;
    for (const Journal::Entry& entry : m_journal->entries())
        types.append(entry.type);
    return types;
}

void TestSubaccountDisable::disableIsJournaledAndReadBack()
{
    const QList<QVariant> result = disable(subaccountId(), u"Billing notices"_s);
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(0).toString(), subaccountId());
    QCOMPARE(result.at(1).toBool(), true);
    QCOMPARE(result.at(2).toString(), u"The subaccount \u201cBilling notices\u201d is disabled."_s);
    QCOMPARE(m_server->account().subaccounts().constFirst().status, u"disabled"_s);
    QCOMPARE(journalTypes(), (QStringList{u"subaccount-disable-sent"_s, u"subaccount-disabled"_s}));
    // Never closed or deleted: the evidence stays.
    for (const PracticeRequestRecord& request : m_server->requests())
        QVERIFY(request.method != "DELETE");
}

void TestSubaccountDisable::alreadyDisabledEndsWithWhatMailgunHolds()
{
    m_server->account().subaccounts().first().status = u"disabled"_s;
    const QList<QVariant> result = disable(subaccountId(), u"Billing notices"_s);
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(1).toBool(), true);
    QCOMPARE(journalTypes().constLast(), u"subaccount-disabled"_s);
}

void TestSubaccountDisable::unknownSubaccountIsNotReportedAsDisabled()
{
    const QList<QVariant> result = disable(u"0000aaaa1111bbbb2222cccc"_s, u"Nobody"_s);
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(1).toBool(), false);
    QCOMPARE(result.at(2).toString(), u"Mailgun no longer lists the subaccount \u201cNobody\u201d."_s);
    QCOMPARE(journalTypes().constLast(), u"subaccount-disable-failed"_s);
}

void TestSubaccountDisable::reportListsWhatItHoldsAndWhatWasDone()
{
    AccountReview review(m_client);
    review.setNow(m_server->account().now());
    QSignalSpy reviewed(&review, &AccountReview::finished);
    review.start(m_server->account().seededAt().addDays(-3), {});
    QVERIFY(reviewed.wait(30000));
    QVERIFY(SubaccountJournal::record(m_journal, review.inventory()));
    QCOMPARE(disable(subaccountId(), u"Billing notices"_s).value(1).toBool(), true);

    const SupportReport report = SupportReport::build(m_journal->entries(), m_server->account().seededAt());
    QCOMPARE(report.subaccounts.size(), 1);
    const QString paragraph = ReportSubaccounts::describe(report.subaccounts.constFirst());
    QVERIFY2(paragraph.contains(u"invoices@mg.billing-notices-mail.com (US)"_s), qPrintable(paragraph));
    QVERIFY(paragraph.contains(u"Disabled by the program on"_s));
    const QString markdown = MarkdownReportWriter::write(report);
    QVERIFY(markdown.contains(u"\n## Subaccounts\n"_s));
    QVERIFY(markdown.contains(u"Disabled the subaccount"_s)); // the timeline
}

QTEST_GUILESS_MAIN(TestSubaccountDisable)
#include "tst_subaccountdisable.moc"
