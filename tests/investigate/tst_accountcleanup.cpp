// Removing what copies mail out of the account, against the practice server: each kind the
// review can find (route, account webhook, domain webhook, archive address) goes, with what
// it did written to the journal first; a refusal or a dropped answer leaves a plain message
// and a journal entry; an item already gone counts as removed; an unknown webhook address
// leaves every event while the admin's own addresses stay. After each change the program
// reads back what Mailgun holds and says so (docs/mailgun-behaviour.md, point 8).
#include "FastPracticeClient.h"
#include "investigate/AccountReview.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeFault.h"
#include "recovery/AccountCleanup.h"
#include "recovery/Journal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccountCleanup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void removesTheCatchAllRoute();
    void removesAnOutsideAccountWebhook();
    void removesTheUnknownDomainWebhookOnly();
    void clearsTheArchiveAddress();
    void aRefusalIsReportedAndJournaled();
    void anItemAlreadyGoneCountsAsRemoved();
    void aSharedWebhookEventKeepsTheAdminsOwnAddress();
    void aWebhookAddressWithACommaIsLeftForTheControlPanel();
    void aWebhookAddressWithACommaGoesEventByEvent();
    void otherFindingsCannotBeRemoved();

private:
    bool review();
    const AccountFinding* finding(const QString& kind) const;
    bool removeAndWait(const AccountFinding& finding, bool* ok, QString* message);
    QStringList journalTypes() const;

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    AccountReview* m_review = nullptr;
    Journal* m_journal = nullptr;
};

void TestAccountCleanup::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server, 2);
    m_journal = new Journal(QString());
    m_review = new AccountReview(m_client);
    QVERIFY(review());
}

void TestAccountCleanup::cleanup()
{
    delete m_review;
    delete m_journal;
    delete m_client;
    delete m_server;
}

bool TestAccountCleanup::review()
{
    QSignalSpy done(m_review, &AccountReview::finished);
    m_review->start(m_server->account().seededAt().addDays(-14), QString());
    return done.wait(60000);
}

const AccountFinding* TestAccountCleanup::finding(const QString& kind) const
{
    for (const AccountFinding& candidate : m_review->findings()) {
        if (candidate.kindId == kind)
            return &candidate;
    }
    return nullptr;
}

bool TestAccountCleanup::removeAndWait(const AccountFinding& finding, bool* ok, QString* message)
{
    AccountCleanup cleanup(m_client, m_journal);
    QSignalSpy done(&cleanup, &AccountCleanup::finished);
    cleanup.remove(finding, m_review->inventory());
    if (!done.wait(30000))
        return false;
    *ok = done.first().at(0).toBool();
    *message = done.first().at(1).toString();
    return true;
}

QStringList TestAccountCleanup::journalTypes() const
{
    QStringList types;
    for (const Journal::Entry& entry : m_journal->entries())
        types << entry.type;
    return types;
}

void TestAccountCleanup::removesTheCatchAllRoute()
{
    const AccountFinding* route = finding(u"catch-all-route"_s);
    QVERIFY(route);
    QVERIFY(AccountCleanup::canRemove(*route, m_review->inventory()));
    QVERIFY(AccountCleanup::question(*route, m_review->inventory()).contains(u"catch_all()"_s));
    bool ok = false;
    QString message;
    QVERIFY(removeAndWait(*route, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    const QList<PracticeRoute>& routes = m_server->account().region(PracticeRegion::Us).routes;
    QCOMPARE(routes.size(), 1);
    QVERIFY(routes.first().expression.contains(u"support@"_s)); // the helpdesk route stays
    QCOMPARE(journalTypes(),
             (QStringList{u"route-delete-sent"_s, u"route-deleted"_s, u"cleanup-read-back"_s}));
    const QJsonObject removed = m_journal->entries().at(1).data.value(u"route"_s).toObject();
    QCOMPARE(removed.value(u"expression"_s).toString(), u"catch_all()"_s);
    QCOMPARE(message, u"The route is deleted. Read back from Mailgun: the route is gone."_s);
    QCOMPARE(m_journal->entries().last().data.value(u"matches"_s).toBool(), true);
}

void TestAccountCleanup::removesAnOutsideAccountWebhook()
{
    // An intruder's account webhook, added after the seed.
    PracticeAccountWebhook hook;
    hook.id = PracticeAccount::randomHex(24);
    hook.url = u"https://collector.example.net/all"_s;
    hook.eventTypes = {u"delivered"_s, u"opened"_s};
    hook.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_server->account().region(PracticeRegion::Eu).accountWebhooks.append(hook);
    QVERIFY(review());
    const AccountFinding* found = finding(u"unknown-account-webhook"_s);
    QVERIFY(found);
    QCOMPARE(found->region, Region::Eu);
    bool ok = false;
    QString message;
    QVERIFY(removeAndWait(*found, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QVERIFY(m_server->account().region(PracticeRegion::Eu).accountWebhooks.isEmpty());
    QCOMPARE(m_server->account().region(PracticeRegion::Us).accountWebhooks.size(), 1); // the company's own
    const QList<Journal::Entry> entries = m_journal->entries();
    QCOMPARE(entries.at(entries.size() - 2).type, u"account-webhook-deleted"_s);
    QCOMPARE(entries.at(entries.size() - 2).data.value(u"webhook"_s).toObject().value(u"url"_s).toString(),
             hook.url);
    QCOMPARE(entries.last().type, u"cleanup-read-back"_s);
    QCOMPARE(message,
             u"The account webhook is deleted. Read back from Mailgun: the account webhook is gone."_s);
}

void TestAccountCleanup::removesTheUnknownDomainWebhookOnly()
{
    const AccountFinding* found = finding(u"unknown-webhook"_s);
    QVERIFY(found);
    bool ok = false;
    QString message;
    QVERIFY(removeAndWait(*found, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    for (const PracticeDomain& domain : m_server->account().region(PracticeRegion::Us).domains) {
        if (!domain.name.startsWith(u"mg."_s))
            continue;
        QVERIFY(!domain.webhooks.contains(u"opened"_s));
        QVERIFY(domain.webhooks.contains(u"delivered"_s)); // the company's own hook stays
    }
    const QList<Journal::Entry> entries = m_journal->entries();
    const Journal::Entry& deleted = entries.at(entries.size() - 2);
    QCOMPARE(deleted.type, u"webhook-deleted"_s);
    QCOMPARE(deleted.data.value(u"event"_s).toString(), u"opened"_s);
    QCOMPARE(deleted.data.value(u"url"_s).toString(), found->objectId);
    // One v4 delete takes the address out of every event (OAS DELETE /v4/domains/{domain}/webhooks).
    bool v4Delete = false;
    for (const PracticeRequestRecord& request : m_server->requests())
        v4Delete = v4Delete || (request.method == "DELETE" && request.path.startsWith(u"/v4/domains/"_s) &&
                                request.query.contains(u"mg-events-relay.example.org"_s));
    QVERIFY(v4Delete);
    QCOMPARE(entries.last().type, u"cleanup-read-back"_s);
    QVERIFY(entries.last().data.value(u"matches"_s).toBool());
    QVERIFY2(message.startsWith(
                 u"Mailgun accepted the change. Read back from Mailgun: no webhook sends to "
                 "\"https://mg-events-relay.example.org/collect\" any more. These webhooks stay: "_s),
             qPrintable(message));
    QVERIFY2(message.contains(u": delivered: https://hooks.northwind-outfitters.com/mailgun"_s),
             qPrintable(message));
}

void TestAccountCleanup::clearsTheArchiveAddress()
{
    // Nothing public says how to clear archive_to: the practice server, like some readings of
    // Mailgun, answers 200 to an empty value and keeps the address. The read-back shows it.
    const AccountFinding* found = finding(u"archive-to"_s);
    QVERIFY(found);
    bool ok = true;
    QString message;
    QVERIFY(removeAndWait(*found, &ok, &message));
    QVERIFY(!ok);
    QCOMPARE(message,
             u"Asked for: no archive address for \"eu.northwind-outfitters.com\". Mailgun now holds: "
             "\"https://mail-archive-sync.example.com/hook/7f3a\". Mailgun did not clear it. Clear it "
             "yourself in the Control Panel: open Sending, then Domain settings of "
             "\"eu.northwind-outfitters.com\", and empty \"Archive to\"."_s);
    QCOMPARE(journalTypes(),
             (QStringList{u"archive-to-clear-sent"_s, u"archive-to-cleared"_s, u"cleanup-read-back"_s}));
    const QJsonObject readBack = m_journal->entries().last().data;
    QCOMPARE(readBack.value(u"check"_s).toString(), u"archive-to"_s);
    QCOMPARE(readBack.value(u"expected"_s).toString(), QString());
    QCOMPARE(readBack.value(u"found"_s).toString(), u"https://mail-archive-sync.example.com/hook/7f3a"_s);
    QCOMPARE(readBack.value(u"matches"_s).toBool(), false);

    // Where Mailgun does clear it, the read-back says so.
    m_server->account().findDomain(PracticeRegion::Eu, u"eu.northwind-outfitters.com"_s)->archiveTo.clear();
    QVERIFY(removeAndWait(*found, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(message,
             u"Mailgun accepted the change. Read back from Mailgun: \"eu.northwind-outfitters.com\" has "
             "no archive address now."_s);
}

void TestAccountCleanup::aRefusalIsReportedAndJournaled()
{
    const AccountFinding* route = finding(u"catch-all-route"_s);
    QVERIFY(route);
    PracticeFault refuse;
    refuse.kind = PracticeFault::Kind::ServerError;
    refuse.status = 503;
    refuse.method = "DELETE";
    refuse.path = QRegularExpression(u"^/v3/routes/"_s);
    refuse.times = 100;
    m_server->addFault(refuse);
    bool ok = true;
    QString message;
    QVERIFY(removeAndWait(*route, &ok, &message));
    QVERIFY(!ok);
    QVERIFY(message.startsWith(u"It could not be removed"_s));
    QCOMPARE(m_server->account().region(PracticeRegion::Us).routes.size(), 2); // nothing changed
    QCOMPARE(journalTypes(), (QStringList{u"route-delete-sent"_s, u"cleanup-failed"_s}));
    QVERIFY(!m_journal->entries().last().data.value(u"error"_s).toString().isEmpty());

    // Once Mailgun answers again, the same removal goes through.
    m_server->clearFaults();
    QVERIFY(removeAndWait(*route, &ok, &message));
    QVERIFY(ok);
    QCOMPARE(m_server->account().region(PracticeRegion::Us).routes.size(), 1);
}

void TestAccountCleanup::anItemAlreadyGoneCountsAsRemoved()
{
    // The answer to an earlier removal was lost: the route is gone, the finding is not.
    const AccountFinding* route = finding(u"catch-all-route"_s);
    QVERIFY(route);
    PracticeFault drop;
    drop.kind = PracticeFault::Kind::DropAfterApply;
    drop.method = "DELETE";
    drop.path = QRegularExpression(u"^/v3/routes/"_s);
    drop.times = 1;
    m_server->addFault(drop);
    bool ok = false;
    QString message;
    QVERIFY(removeAndWait(*route, &ok, &message));
    // Whether the client resent it (and got 404) or reported the loss, the route is gone and
    // trying again ends as removed.
    QCOMPARE(m_server->account().region(PracticeRegion::Us).routes.size(), 1);
    if (!ok)
        QVERIFY(removeAndWait(*route, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    const QList<Journal::Entry> entries = m_journal->entries();
    QCOMPARE(entries.at(entries.size() - 2).type, u"route-deleted"_s);
}

void TestAccountCleanup::aSharedWebhookEventKeepsTheAdminsOwnAddress()
{
    // The unknown address shares the "opened" event with the company's own address.
    const QString own = u"https://hooks.northwind-outfitters.com/opened"_s;
    for (PracticeDomain& domain : m_server->account().region(PracticeRegion::Us).domains) {
        if (domain.name.startsWith(u"mg."_s))
            domain.webhooks[u"opened"_s].append(own);
    }
    QVERIFY(review());
    const AccountFinding* found = finding(u"unknown-webhook"_s);
    QVERIFY(found);
    QVERIFY(AccountCleanup::canRemove(*found, m_review->inventory()));
    bool ok = false;
    QString message;
    QVERIFY(removeAndWait(*found, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    for (const PracticeDomain& domain : m_server->account().region(PracticeRegion::Us).domains) {
        if (domain.name.startsWith(u"mg."_s))
            QCOMPARE(domain.webhooks.value(u"opened"_s), QStringList{own});
    }
    QVERIFY2(message.contains(u": opened: https://hooks.northwind-outfitters.com/opened"_s),
             qPrintable(message));
}

void TestAccountCleanup::aWebhookAddressWithACommaIsLeftForTheControlPanel()
{
    // Mailgun reads `url` as a comma-separated list: this address would take the company's own
    // with it. Only the events it alone receives could go; a shared one is for the Control Panel.
    const QString hostile = u"https://evil.example.net/a,https://hooks.northwind-outfitters.com/mailgun"_s;
    for (PracticeDomain& domain : m_server->account().region(PracticeRegion::Us).domains) {
        if (domain.name.startsWith(u"mg."_s)) {
            domain.webhooks[u"opened"_s] = QStringList{hostile};
            domain.webhooks[u"delivered"_s].append(hostile);
        }
    }
    QVERIFY(review());
    const AccountFinding* found = nullptr;
    for (const AccountFinding& candidate : m_review->findings()) {
        if (candidate.kindId == u"unknown-webhook"_s && candidate.objectId == hostile)
            found = &candidate;
    }
    QVERIFY(found);
    QString whyNot;
    QVERIFY(!AccountCleanup::canRemove(*found, m_review->inventory(), &whyNot));
    QVERIFY(whyNot.contains(u"Control Panel"_s));
    AccountCleanup cleanup(m_client, m_journal);
    cleanup.remove(*found, m_review->inventory());
    QVERIFY(!cleanup.isRunning());
    QVERIFY(m_journal->entries().isEmpty());
}

// An address with a comma that is an event's only address: that event's webhook goes with the
// v3 per-event delete, never with the v4 `url` list, and the other events stay.
void TestAccountCleanup::aWebhookAddressWithACommaGoesEventByEvent()
{
    const QString hostile = u"https://evil.example.net/a,b"_s;
    for (PracticeDomain& domain : m_server->account().region(PracticeRegion::Us).domains) {
        if (domain.name.startsWith(u"mg."_s))
            domain.webhooks[u"opened"_s] = QStringList{hostile};
    }
    QVERIFY(review());
    const AccountFinding* found = nullptr;
    for (const AccountFinding& candidate : m_review->findings()) {
        if (candidate.kindId == u"unknown-webhook"_s && candidate.objectId == hostile)
            found = &candidate;
    }
    QVERIFY(found);
    QVERIFY(AccountCleanup::canRemove(*found, m_review->inventory()));
    bool ok = false;
    QString message;
    QVERIFY(removeAndWait(*found, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    for (const PracticeDomain& domain : m_server->account().region(PracticeRegion::Us).domains) {
        if (!domain.name.startsWith(u"mg."_s))
            continue;
        QVERIFY(!domain.webhooks.contains(u"opened"_s));
        QCOMPARE(domain.webhooks.value(u"delivered"_s),
                 QStringList{u"https://hooks.northwind-outfitters.com/mailgun"_s});
    }
    int perEvent = 0;
    for (const PracticeRequestRecord& request : m_server->requests()) {
        QVERIFY(!(request.method == "DELETE" && request.path.startsWith(u"/v4/"_s)));
        if (request.method == "DELETE" && request.path.endsWith(u"/webhooks/opened"_s))
            ++perEvent;
    }
    QCOMPARE(perEvent, 1);
    QVERIFY2(message.startsWith(u"The webhooks are deleted."_s), qPrintable(message));
}

void TestAccountCleanup::otherFindingsCannotBeRemoved()
{
    for (const QString& kind :
         {u"subaccount"_s, u"recent-key"_s, u"sending-spike"_s, u"recent-smtp-login"_s, u"ip-allowlist"_s}) {
        const AccountFinding* found = finding(kind);
        QVERIFY2(found, qPrintable(kind));
        QString whyNot;
        QVERIFY(!AccountCleanup::canRemove(*found, m_review->inventory(), &whyNot));
        QVERIFY(whyNot.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAccountCleanup)
#include "tst_accountcleanup.moc"
