#include "ApiTestSupport.h"
#include "SessionPractice.h"
#include "mailgun/api/RoutesApi.h"
#include "mailgun/api/WebhooksApi.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Routes and webhooks: where an attacker sends copies of mail and events.
class TestForwardingApis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void routesListInBothRegions();
    void routesListFetchesEveryPage();
    void routesRemove();
    void domainWebhooksListAndRemoveEvent();
    void domainWebhooksOfUnknownDomainIsNotFound();
    void accountWebhooksListAndRemove();

private:
    PracticeFixture m_fixture;
};

void TestForwardingApis::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestForwardingApis::routesListInBothRegions()
{
    RoutesApi routes(*m_fixture.client);
    for (const Region region : allRegions) {
        Capture<QList<Route>> listed;
        routes.list(region, this, listed.callback());
        MRA_AWAIT_OK(listed);
        const QList<PracticeRoute>& seeded = m_fixture.account().region(practiceRegionOf(region)).routes;
        QCOMPARE(listed.value().size(), seeded.size());
        for (const Route& route : listed.value()) {
            const auto expected = std::find_if(seeded.cbegin(), seeded.cend(),
                                               [&](const PracticeRoute& r) { return r.id == route.id; });
            QVERIFY(expected != seeded.cend());
            QCOMPARE(route.expression, expected->expression);
            QCOMPARE(route.actions, expected->actions);
            QCOMPARE(route.priority, expected->priority);
            QVERIFY2(route.createdAt.isValid(), "created_at is RFC 1123 and must parse");
            QCOMPARE(route.createdAt.toSecsSinceEpoch(), expected->createdAt.toSecsSinceEpoch());
        }
    }
}

void TestForwardingApis::routesListFetchesEveryPage()
{
    QList<PracticeRoute>& seeded = m_fixture.account().region(PracticeRegion::Eu).routes;
    for (int i = 0; i < 120; ++i) {
        PracticeRoute route;
        route.id = PracticeAccount::newObjectId();
        route.expression = u"match_recipient(\"r%1@example.com\")"_s.arg(i);
        route.actions = {u"stop()"_s};
        route.createdAt = QDateTime::currentDateTimeUtc().addDays(-i);
        seeded.append(route);
    }
    RoutesApi routes(*m_fixture.client);
    routes.setPageSize(50);
    m_fixture.server->clearRequests();
    Capture<QList<Route>> listed;
    routes.list(Region::Eu, this, listed.callback());
    MRA_AWAIT_OK(listed);
    QCOMPARE(listed.value().size(), seeded.size());
    QCOMPARE(m_fixture.countRequests("GET", u"/v3/routes"_s), int((seeded.size() + 49) / 50));
}

void TestForwardingApis::routesRemove()
{
    const QString id = m_fixture.account().region(PracticeRegion::Us).routes.constLast().id;
    RoutesApi routes(*m_fixture.client);
    Capture<QString> removed;
    routes.remove(Region::Us, id, this, removed.callback());
    MRA_AWAIT_OK(removed);
    const QList<PracticeRoute>& left = m_fixture.account().region(PracticeRegion::Us).routes;
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [&](const PracticeRoute& r) { return r.id == id; }));

    Capture<QString> again;
    routes.remove(Region::Us, id, this, again.callback());
    MRA_AWAIT(again);
    QCOMPARE(again.get().error.kind, ApiError::Kind::NotFound);
}

void TestForwardingApis::domainWebhooksListAndRemoveEvent()
{
    const PracticeDomain* hooked = nullptr;
    for (const PracticeDomain& domain : m_fixture.account().region(PracticeRegion::Us).domains) {
        if (!domain.webhooks.isEmpty())
            hooked = &domain;
    }
    QVERIFY(hooked);
    const QString name = hooked->name;

    WebhooksApi webhooks(*m_fixture.client);
    Capture<DomainWebhooks> listed;
    webhooks.listDomain(Region::Us, name, this, listed.callback());
    MRA_AWAIT_OK(listed);
    QCOMPARE(listed.value().urlsByEvent, hooked->webhooks);
    const QString event = listed.value().urlsByEvent.firstKey();

    Capture<QString> removed;
    webhooks.removeDomainEvent(Region::Us, name, event, this, removed.callback());
    MRA_AWAIT_OK(removed);
    QVERIFY(!m_fixture.account().findDomain(PracticeRegion::Us, name)->webhooks.contains(event));

    Capture<DomainWebhooks> after;
    webhooks.listDomain(Region::Us, name, this, after.callback());
    MRA_AWAIT_OK(after);
    QVERIFY(!after.value().urlsByEvent.contains(event));
}

void TestForwardingApis::domainWebhooksOfUnknownDomainIsNotFound()
{
    WebhooksApi webhooks(*m_fixture.client);
    Capture<DomainWebhooks> listed;
    webhooks.listDomain(Region::Eu, u"no-such.example.com"_s, this, listed.callback());
    MRA_AWAIT(listed);
    QCOMPARE(listed.get().error.kind, ApiError::Kind::NotFound);
}

void TestForwardingApis::accountWebhooksListAndRemove()
{
    WebhooksApi webhooks(*m_fixture.client);
    Capture<QList<AccountWebhook>> us;
    webhooks.listAccount(Region::Us, this, us.callback());
    MRA_AWAIT_OK(us);
    const QList<PracticeAccountWebhook>& seeded =
        m_fixture.account().region(PracticeRegion::Us).accountWebhooks;
    QCOMPARE(us.value().size(), seeded.size());
    QVERIFY(!us.value().isEmpty());
    const AccountWebhook& hook = us.value().constFirst();
    QCOMPARE(hook.id, seeded.constFirst().id);
    QCOMPARE(hook.url, seeded.constFirst().url);
    QCOMPARE(hook.eventTypes, seeded.constFirst().eventTypes);
    QVERIFY2(hook.createdAt.isValid(), "created_at is RFC 3339 and must parse");
    QCOMPARE(hook.createdAt.toSecsSinceEpoch(), seeded.constFirst().createdAt.toSecsSinceEpoch());

    Capture<QList<AccountWebhook>> eu;
    webhooks.listAccount(Region::Eu, this, eu.callback());
    MRA_AWAIT_OK(eu);
    QCOMPARE(eu.value().size(), m_fixture.account().region(PracticeRegion::Eu).accountWebhooks.size());

    Capture<QString> removed;
    webhooks.removeAccount(Region::Us, hook.id, this, removed.callback());
    MRA_AWAIT_OK(removed);
    QVERIFY(m_fixture.account().region(PracticeRegion::Us).accountWebhooks.isEmpty());
    QCOMPARE(m_fixture.lastRequest("DELETE", u"/v1/webhooks/"_s)->path, u"/v1/webhooks/"_s + hook.id);

    Capture<QString> again;
    webhooks.removeAccount(Region::Us, hook.id, this, again.callback());
    MRA_AWAIT(again);
    QCOMPARE(again.get().error.kind, ApiError::Kind::NotFound);
    QCOMPARE(again.get().error.serverMessage, u"Webhook not found"_s);
}

QTEST_GUILESS_MAIN(TestForwardingApis)
#include "tst_forwardingapis.moc"
