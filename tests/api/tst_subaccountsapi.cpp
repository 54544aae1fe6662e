#include "ApiTestSupport.h"
#include "mailgun/SubaccountClients.h"
#include "mailgun/api/CredentialsApi.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/KeysApi.h"
#include "mailgun/api/RoutesApi.h"
#include "mailgun/api/SubaccountsApi.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Subaccounts: the list's page size, disabling one, and requests made on its behalf
// (X-Mailgun-On-Behalf-Of), against the practice server's seeded attacker subaccount.
class TestSubaccountsApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pageSizeStaysWithinTheSpecsLimit();
    void listAsksForThePageSizeAsLimit();
    void disableChangesStatusAndRepeatingIsRefused();
    void disableUnknownSubaccountIsNotFound();
    void subaccountClientSendsTheHeaderAndReadsTheSubaccountsHoldings();
    void accountClientSendsNoHeader();
    void idThatCouldInjectAHeaderIsNeverSent();
    void domainsWithSubaccountsCarryTheirId();

private:
    QString subaccountId() { return m_fixture.account().subaccounts().constFirst().id; }
    PracticeFixture m_fixture;
};

void TestSubaccountsApi::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSubaccountsApi::pageSizeStaysWithinTheSpecsLimit()
{
    SubaccountsApi api(*m_fixture.client);
    api.setPageSize(5000);
    QCOMPARE(api.pageSize(), 1000);
    api.setPageSize(0);
    QCOMPARE(api.pageSize(), 1);
}

void TestSubaccountsApi::listAsksForThePageSizeAsLimit()
{
    SubaccountsApi api(*m_fixture.client);
    api.setPageSize(1000);
    Capture<QList<Subaccount>> listed;
    api.list(this, listed.callback());
    MRA_AWAIT_OK(listed);
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().constFirst().name, u"Billing notices"_s);
    const PracticeRequestRecord* request = m_fixture.lastRequest("GET", u"/v5/accounts/subaccounts"_s);
    QVERIFY(request);
    QVERIFY2(request->query.contains(u"limit=1000"_s), qPrintable(request->query));
}

void TestSubaccountsApi::disableChangesStatusAndRepeatingIsRefused()
{
    SubaccountsApi api(*m_fixture.client);
    Capture<Subaccount> first;
    api.disable(subaccountId(), u"compromised"_s, this, first.callback());
    MRA_AWAIT_OK(first);
    QCOMPARE(first.value().id, subaccountId());
    QCOMPARE(first.value().status, u"disabled"_s);
    QCOMPARE(m_fixture.account().subaccounts().constFirst().status, u"disabled"_s);
    const PracticeRequestRecord* request =
        m_fixture.lastRequest("POST", u"/v5/accounts/subaccounts/"_s + subaccountId() + u"/disable"_s);
    QVERIFY(request);
    QCOMPARE(request->query, u"reason=compromised"_s);

    Capture<Subaccount> again;
    api.disable(subaccountId(), {}, this, again.callback());
    MRA_AWAIT(again);
    QCOMPARE(again.get().error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(again.get().error.serverMessage, u"subaccount is already disabled"_s);
}

void TestSubaccountsApi::disableUnknownSubaccountIsNotFound()
{
    Capture<Subaccount> result;
    SubaccountsApi(*m_fixture.client).disable(u"0123456789abcdef01234567"_s, {}, this, result.callback());
    MRA_AWAIT(result);
    QCOMPARE(result.get().error.kind, ApiError::Kind::NotFound);
}

void TestSubaccountsApi::subaccountClientSendsTheHeaderAndReadsTheSubaccountsHoldings()
{
    SubaccountClients clients(m_fixture.client.get());
    MailgunClient* client = clients.client(subaccountId());
    QVERIFY(client);
    QCOMPARE(clients.client(subaccountId()), client); // one per subaccount

    Capture<QList<KeyInfo>> keys;
    KeysApi(*client).list({}, {}, this, keys.callback());
    MRA_AWAIT_OK(keys);
    QCOMPARE(keys.value().size(), 1);
    QCOMPARE(keys.value().constFirst().description, u"billing"_s);
    QCOMPARE(m_fixture.lastRequest("GET", u"/v1/keys"_s)->onBehalfOf, subaccountId());

    Capture<QList<SmtpCredential>> logins;
    CredentialsApi(*client).list(Region::Us, u"mg.billing-notices-mail.com"_s, this, logins.callback());
    MRA_AWAIT_OK(logins);
    QCOMPARE(logins.value().size(), 2);
    QCOMPARE(m_fixture.lastRequest("GET", u"/v3/domains/mg.billing-notices-mail.com"_s)->onBehalfOf,
             subaccountId());

    Capture<QList<Route>> routes;
    RoutesApi(*client).list(Region::Us, this, routes.callback());
    MRA_AWAIT_OK(routes);
    QCOMPARE(routes.value().size(), 1);
    QCOMPARE(routes.value().constFirst().expression, u"catch_all()"_s);
}

void TestSubaccountsApi::accountClientSendsNoHeader()
{
    SubaccountClients clients(m_fixture.client.get());
    QCOMPARE(clients.client({}), m_fixture.client.get());
    Capture<QList<KeyInfo>> keys;
    KeysApi(*m_fixture.client).list({}, {}, this, keys.callback());
    MRA_AWAIT_OK(keys);
    QVERIFY(m_fixture.lastRequest("GET", u"/v1/keys"_s)->onBehalfOf.isEmpty());
    // The subaccount's key is not among the account's own.
    for (const KeyInfo& key : keys.value())
        QVERIFY(key.description != u"billing"_s);
}

void TestSubaccountsApi::idThatCouldInjectAHeaderIsNeverSent()
{
    SubaccountClients clients(m_fixture.client.get());
    QVERIFY(!clients.client(u"abc\r\nX-Evil: 1"_s));
    QVERIFY(!clients.client(u"abc def"_s));

    // A request naming such an id itself is refused before it leaves, never sent without it.
    m_fixture.server->clearRequests();
    ApiRequest request = ApiRequest::get(Region::Us, u"/v1/keys"_s);
    request.onBehalfOf = u"abc\ndef"_s;
    std::optional<ApiResponse> response;
    m_fixture.client->send(request, this, [&response](const ApiResponse& answer) { response = answer; });
    QTRY_VERIFY(response.has_value());
    QCOMPARE(response->error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(m_fixture.server->requests().size(), 0);
}

void TestSubaccountsApi::domainsWithSubaccountsCarryTheirId()
{
    DomainFilter filter;
    filter.includeSubaccounts = true;
    Capture<QList<Domain>> all;
    DomainsApi(*m_fixture.client).list(Region::Us, filter, this, all.callback());
    MRA_AWAIT_OK(all);
    QStringList ofSubaccount;
    int own = 0;
    for (const Domain& domain : all.value()) {
        if (domain.subaccountId.isEmpty())
            ++own;
        else if (domain.subaccountId == subaccountId())
            ofSubaccount.append(domain.name);
    }
    QCOMPARE(ofSubaccount, QStringList{u"mg.billing-notices-mail.com"_s});
    QCOMPARE(own, 3); // alerts, news and mg of the seeded company

    Capture<QList<Domain>> ownOnly;
    DomainsApi(*m_fixture.client).list(Region::Us, {}, this, ownOnly.callback());
    MRA_AWAIT_OK(ownOnly);
    QCOMPARE(ownOnly.value().size(), 3);
}

QTEST_GUILESS_MAIN(TestSubaccountsApi)
#include "tst_subaccountsapi.moc"
