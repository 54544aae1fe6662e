#include "SmtpResetFixture.h"
#include "recovery/SmtpResetProgress.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Step 3 with a subaccount: its SMTP logins are reset with the account's, with the same
// safety (keychain first, read back, then Mailgun), on its behalf (X-Mailgun-On-Behalf-Of),
// and shown with its name.
class TestSmtpResetSubaccounts : public SmtpResetFixture
{
    Q_OBJECT

private slots:
    void init() { startPracticeServer(); }
    void cleanup() { stopPracticeServer(); }
    void planShowsSubaccountLoginsWithTheirName();
    void resetsSubaccountLoginsOnItsBehalf();
    void deletesASubaccountLoginOnItsBehalf();
    void journalKeepsTheSubaccountForResume();
    void disabledSubaccountIsLeftAsItIs();

private:
    QString subaccountId() { return m_server->account().subaccounts().constFirst().id; }
    PracticeAccount& subaccount() { return m_server->account().subaccountHoldings().of(subaccountId()); }
    static QList<SmtpLoginRow> subaccountRows(const SmtpResetController* controller)
    {
        QList<SmtpLoginRow> rows;
        for (const SmtpLoginRow& row : controller->plan().rows) {
            if (row.isSubaccounts())
                rows.append(row);
        }
        return rows;
    }
};

void TestSmtpResetSubaccounts::planShowsSubaccountLoginsWithTheirName()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    const QList<SmtpLoginRow> rows = subaccountRows(controller);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).login, u"invoices@mg.billing-notices-mail.com"_s);
    QCOMPARE(rows.at(1).login, u"postmaster@mg.billing-notices-mail.com"_s);
    for (const SmtpLoginRow& row : rows) {
        QCOMPARE(row.subaccountId, subaccountId());
        QCOMPARE(row.subaccountName, u"Billing notices"_s);
        QVERIFY(row.recent);
    }
    QCOMPARE(rows.at(0).shownLogin(),
             u"invoices@mg.billing-notices-mail.com (subaccount \u201cBilling notices\u201d)"_s);
    // The account's own logins come first, then the subaccount's.
    QVERIFY(controller->plan().rows.constLast().isSubaccounts());
    QVERIFY(!controller->plan().rows.constFirst().isSubaccounts());
    QVERIFY(controller->plan().unreadable.isEmpty());
}

void TestSmtpResetSubaccounts::resetsSubaccountLoginsOnItsBehalf()
{
    const QString before = subaccount().credentialPassword(
        PracticeRegion::Us, u"mg.billing-notices-mail.com"_s, u"invoices@mg.billing-notices-mail.com"_s);
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start();
    runToEnd(controller);
    QCOMPARE(controller->failedCount(), 0);
    QVERIFY(controller->isComplete());
    verifyEveryPasswordMatchesTheKeychain(*controller);
    const QString after = subaccount().credentialPassword(
        PracticeRegion::Us, u"mg.billing-notices-mail.com"_s, u"invoices@mg.billing-notices-mail.com"_s);
    QVERIFY(after != before);
    QCOMPARE(keychainPassword(Region::Us, u"invoices@mg.billing-notices-mail.com"_s), after);
    int changes = 0;
    for (const PracticeRequestRecord& request : m_server->requests()) {
        if (request.method == "PUT" && request.path.contains(u"mg.billing-notices-mail.com/credentials/"_s)) {
            QCOMPARE(request.onBehalfOf, subaccountId());
            ++changes;
        } else if (request.method == "PUT") {
            QVERIFY(request.onBehalfOf.isEmpty());
        }
    }
    QCOMPARE(changes, 2);
}

void TestSmtpResetSubaccounts::deletesASubaccountLoginOnItsBehalf()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    QVERIFY(controller->plan().setDelete(
        SmtpLoginRow::rowKey(Region::Us, u"invoices@mg.billing-notices-mail.com"_s), true));
    controller->start();
    runToEnd(controller);
    QCOMPARE(controller->failedCount(), 0);
    QVERIFY(!subaccount().findCredential(PracticeRegion::Us, u"mg.billing-notices-mail.com"_s,
                                         u"invoices@mg.billing-notices-mail.com"_s));
    QCOMPARE(subaccount().region(PracticeRegion::Us).domains.constFirst().credentials.size(), 1);
}

void TestSmtpResetSubaccounts::journalKeepsTheSubaccountForResume()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start();
    runToEnd(controller);
    const SmtpResetProgress progress = SmtpResetProgress::fromJournal(m_journal->entries());
    int fromSubaccount = 0;
    for (const SmtpLoginRow& row : progress.plan.rows) {
        if (row.domain == u"mg.billing-notices-mail.com"_s) {
            QCOMPARE(row.subaccountId, subaccountId());
            QCOMPARE(row.subaccountName, u"Billing notices"_s);
            ++fromSubaccount;
        }
    }
    QCOMPARE(fromSubaccount, 2);
}

void TestSmtpResetSubaccounts::disabledSubaccountIsLeftAsItIs()
{
    m_server->account().subaccounts().first().status = u"disabled"_s;
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    QVERIFY(subaccountRows(controller).isEmpty());
    QCOMPARE(controller->plan().unreadable,
             QStringList{
                 u"The subaccount \u201cBilling notices\u201d is disabled, so its SMTP logins were left as "
                 "they are."_s});
}

QTEST_GUILESS_MAIN(TestSmtpResetSubaccounts)
#include "tst_smtpresetsubaccounts.moc"
