#include "AccountReviewFixture.h"
#include "investigate/SubaccountHoldings.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Step 1's review of what each subaccount holds, read through X-Mailgun-On-Behalf-Of: an
// answer that could be the parent account's is never shown as the subaccount's, however empty
// (docs/mailgun-behaviour.md, point 6).
class TestSubaccountReview : public AccountReviewFixture
{
    Q_OBJECT

private slots:
    void init() { startPracticeServer(); }
    void cleanup() { stopPracticeServer(); }
    void judgeRules_data();
    void judgeRules();
    void seededSubaccountHoldingsAreListed();
    void anIgnoredHeaderIsNotShownAsClean();
    void domainsComeFromTheAccountsListWhenTheSubaccountsAnswerIsWrong();
    void aFailedListIsNamed();
    void accountWebhooksMentionSubaccounts();

private:
    const SubaccountHoldings& holdings(const AccountReview* review)
    {
        return review->inventory().subaccountHoldings.constFirst();
    }
    // A copy: the list it comes from is gone when this returns.
    AccountFinding subaccountFinding(const AccountReview* review)
    {
        const QList<AccountFinding> found = ofKind(review, u"subaccount"_s);
        return found.isEmpty() ? AccountFinding() : found.constFirst();
    }
};

void TestSubaccountReview::judgeRules_data()
{
    QTest::addColumn<QStringList>("answer");
    QTest::addColumn<QStringList>("parent");
    QTest::addColumn<bool>("parentRead");
    QTest::addColumn<int>("expected");
    const int listed = int(SubaccountListState::Listed);
    const int notItsOwn = int(SubaccountListState::NotItsOwn);
    const int unconfirmed = int(SubaccountListState::Unconfirmed);
    QTest::newRow("own items") << QStringList{u"a"_s} << QStringList{u"b"_s} << true << listed;
    QTest::newRow("empty, parent has some") << QStringList{} << QStringList{u"b"_s} << true << listed;
    QTest::newRow("the parent's") << QStringList{u"b"_s} << QStringList{u"b"_s} << true << notItsOwn;
    QTest::newRow("mixed") << QStringList{u"a"_s, u"B"_s} << QStringList{u"b"_s} << true << notItsOwn;
    QTest::newRow("both empty") << QStringList{} << QStringList{} << true << unconfirmed;
    QTest::newRow("parent unread") << QStringList{u"a"_s} << QStringList{} << false << unconfirmed;
}

void TestSubaccountReview::judgeRules()
{
    QFETCH(QStringList, answer);
    QFETCH(QStringList, parent);
    QFETCH(bool, parentRead);
    QFETCH(int, expected);
    QCOMPARE(int(SubaccountCheck::judge(answer, parent, parentRead)), expected);
    // The account's own list of the subaccount's domains settles an empty answer.
    QCOMPARE(SubaccountCheck::judgeDomains({}, {}, true, {}, true), SubaccountListState::Listed);
    QCOMPARE(SubaccountCheck::judgeDomains({}, {}, true, {u"x"_s}, true), SubaccountListState::NotItsOwn);
}

void TestSubaccountReview::seededSubaccountHoldingsAreListed()
{
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-3)));
    const SubaccountHoldings& held = holdings(review);
    QCOMPARE(held.subaccountId, account().subaccounts().constFirst().id);
    QCOMPARE(held.keys.state, SubaccountListState::Listed);
    QCOMPARE(held.keys.items.size(), 1);
    QCOMPARE(held.us.domains.state, SubaccountListState::Listed);
    QCOMPARE(held.us.domains.items.size(), 1);
    QCOMPARE(held.us.credentials.value(u"mg.billing-notices-mail.com"_s).items.size(), 2);
    QCOMPARE(held.us.routes.state, SubaccountListState::Listed);
    QCOMPARE(held.us.routes.items.size(), 1);
    // No EU domains, as the account's own list confirms.
    QCOMPARE(held.eu.domains.state, SubaccountListState::Listed);
    QVERIFY(held.eu.domains.items.isEmpty());
    // Every one of these went out with the header.
    int onBehalf = 0;
    for (const PracticeRequestRecord& request : m_server->requests())
        onBehalf += request.onBehalfOf == held.subaccountId ? 1 : 0;
    QCOMPARE(onBehalf, 9); // keys; per region domains, routes, account webhooks; 2 for its domain

    const AccountFinding finding = subaccountFinding(review);
    QCOMPARE(finding.severity, u"high"_s);
    QVERIFY2(finding.detail.contains(u"invoices@mg.billing-notices-mail.com (US)"_s),
             qPrintable(finding.detail));
    QVERIFY(finding.detail.contains(u"catch_all() \u2192 forward(\"copies@bn-mail-archive.example.net\")"_s));
    QVERIFY(finding.detail.contains(u"https://bn-events.example.net/collect (US)"_s));
    QVERIFY2(finding.detail.contains(u"It has 1 API key(s): \u201cbilling\u201d"_s),
             qPrintable(finding.detail));
}

void TestSubaccountReview::anIgnoredHeaderIsNotShownAsClean()
{
    account().subaccountHoldings().headerIgnoredOn = {u"/v3/routes"_s, u"/v1/keys"_s};
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-3)));
    const SubaccountHoldings& held = holdings(review);
    QCOMPARE(held.keys.state, SubaccountListState::NotItsOwn);
    QCOMPARE(held.us.routes.state, SubaccountListState::NotItsOwn);
    const QString detail = subaccountFinding(review).detail;
    QVERIFY2(
        detail.contains(
            u"The program could not list these for this subaccount, because Mailgun's answer was not the "
            "subaccount's own: its API keys, its routes in the United States (US)"_s),
        qPrintable(detail));
    QVERIFY(!detail.contains(u"It has no routes"_s));
    QVERIFY(!detail.contains(u"catch_all()"_s)); // the parent's catch-all is not the subaccount's
}

void TestSubaccountReview::domainsComeFromTheAccountsListWhenTheSubaccountsAnswerIsWrong()
{
    account().subaccountHoldings().headerIgnoredOn = {u"/v4/domains"_s};
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-3)));
    const SubaccountHoldings& held = holdings(review);
    QCOMPARE(held.us.domains.state, SubaccountListState::NotItsOwn);
    // /v4/domains?include_subaccounts=true still names its domain, so its logins are read.
    QCOMPARE(held.us.credentials.value(u"mg.billing-notices-mail.com"_s).state, SubaccountListState::Listed);
    QVERIFY(subaccountFinding(review).detail.contains(u"invoices@mg.billing-notices-mail.com"_s));
}

void TestSubaccountReview::aFailedListIsNamed()
{
    PracticeFault fault;
    fault.status = 500;
    fault.path = QRegularExpression(u"^/v3/domains/mg\\.billing-notices-mail\\.com/credentials$"_s);
    fault.times = 100;
    m_server->addFault(fault);
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-3)));
    QCOMPARE(holdings(review).us.credentials.value(u"mg.billing-notices-mail.com"_s).state,
             SubaccountListState::Failed);
    const QString detail = subaccountFinding(review).detail;
    QVERIFY2(detail.contains(u"because Mailgun refused or did not answer: the SMTP logins of "
                             "mg.billing-notices-mail.com"_s),
             qPrintable(detail));
}

void TestSubaccountReview::accountWebhooksMentionSubaccounts()
{
    // An unknown account webhook: it also receives the subaccount's events.
    PracticeAccountWebhook hook;
    hook.id = u"hook-x"_s;
    hook.url = u"https://collector.example.org/all"_s;
    hook.eventTypes = {u"delivered"_s};
    hook.createdAt = seededAt().addDays(-1);
    account().region(PracticeRegion::Us).accountWebhooks.append(hook);
    AccountReview* review = makeReview();
    QVERIFY(run(review, seededAt().addDays(-3)));
    const AccountFinding* finding = byObject(review, u"hook-x"_s);
    QVERIFY(finding);
    QVERIFY(finding->detail.contains(u"It also receives the events of your subaccounts' domains."_s));
}

QTEST_GUILESS_MAIN(TestSubaccountReview)
#include "tst_subaccountreview.moc"
