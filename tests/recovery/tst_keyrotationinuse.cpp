// Which listed key is the one in use (docs/mailgun-behaviour.md, point 3), in step 2's
// controller against the practice server: a current key is named by its tail, a "key-" key by
// nothing, so only the admin's choice marks it; the choice is journaled without the key and
// counts again in a later run with the same key.
#include "FastPracticeClient.h"
#include "MissingKeychain.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/InUseKeyChoice.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyRotationInUse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void currentKeyIsNamedByItsTail();
    void legacyKeyIsMarkedByNobodyUntilTheAdminChooses();
    void choiceIsRecordedWithoutTheKeyAndCountsNextTime();
    void choiceCannotOverrideATailOrNameAnUnlistedKey();
    void choiceCountsOnlyForTheSameKey();

private:
    KeyRotationController* loaded(const QString& callerInUseId = {});
    QString id(const QString& label) const
    {
        return m_server->account().findKeyBySecret(m_server->account().seededSecret(label))->id;
    }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
    MissingKeychain m_keychain;
};

void TestKeyRotationInUse::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server);
    m_journal = new Journal(QString{});
}

void TestKeyRotationInUse::cleanup()
{
    delete m_journal;
    delete m_client;
    delete m_server;
}

KeyRotationController* TestKeyRotationInUse::loaded(const QString& callerInUseId)
{
    auto* controller = new KeyRotationController(m_client, &m_keychain, m_journal, this);
    QSignalSpy ready(controller, &KeyRotationController::planReady);
    controller->load(callerInUseId, QDateTime::currentDateTimeUtc().addDays(-14));
    if (!ready.wait(10000))
        qWarning("plan not ready: %s", qPrintable(controller->failureMessage()));
    return controller;
}

void TestKeyRotationInUse::currentKeyIsNamedByItsTail()
{
    // No id from the caller: the key's own tail names its entry.
    KeyRotationController* controller = loaded();
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Ready);
    QCOMPARE(controller->plan().inUseId, m_server->practiceKey().right(17));
    QVERIFY(!controller->plan().inUseChosen);
}

void TestKeyRotationInUse::legacyKeyIsMarkedByNobodyUntilTheAdminChooses()
{
    const QString legacy = m_server->account().seededSecret(u"legacy"_s);
    QVERIFY(legacy.startsWith(u"key-"_s));
    m_client->setApiKey(Secret(legacy));
    KeyRotationController* controller = loaded();
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Ready);
    const KeyRotationPlan& plan = controller->plan();
    QVERIFY(plan.inUseId.isEmpty());
    QVERIFY(!plan.inUseChosen);
    for (const KeyRotationCandidate& candidate : plan.candidates)
        QVERIFY2(!candidate.inUse, qPrintable(candidate.key.id));

    QSignalSpy ready(controller, &KeyRotationController::planReady);
    QVERIFY(controller->chooseInUse(id(u"legacy"_s)));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(controller->plan().inUseId, id(u"legacy"_s));
    QVERIFY(controller->plan().inUseChosen);
    QCOMPARE(controller->plan().newKeyRole, u"admin"_s);
    int inUse = 0;
    for (const KeyRotationCandidate& candidate : controller->plan().candidates) {
        inUse += candidate.inUse ? 1 : 0;
        if (candidate.inUse)
            QVERIFY(candidate.advice.startsWith(u"You said this is the key you gave this program."_s));
    }
    QCOMPARE(inUse, 1);
    QVERIFY(controller->plan().selected.contains(id(u"legacy"_s)));
}

void TestKeyRotationInUse::choiceIsRecordedWithoutTheKeyAndCountsNextTime()
{
    const QString legacy = m_server->account().seededSecret(u"legacy"_s);
    m_client->setApiKey(Secret(legacy));
    QVERIFY(loaded()->chooseInUse(id(u"legacy"_s)));

    QVERIFY(!m_journal->entries().isEmpty());
    const Journal::Entry& entry = m_journal->entries().constLast();
    QCOMPARE(entry.type, u"key-in-use-chosen"_s);
    QCOMPARE(entry.data.value(u"id"_s).toString(), id(u"legacy"_s));
    QCOMPARE(entry.data.value(u"key"_s).toString(), legacy.left(4) + u"…"_s + legacy.right(4));
    const QByteArray json = QJsonDocument(entry.data).toJson();
    QVERIFY(!json.contains(legacy.mid(4, 24).toUtf8()));

    // A later run with the same key: the recorded choice marks it, as the admin's.
    KeyRotationController* again = loaded();
    QCOMPARE(again->plan().inUseId, id(u"legacy"_s));
    QVERIFY(again->plan().inUseChosen);
}

void TestKeyRotationInUse::choiceCannotOverrideATailOrNameAnUnlistedKey()
{
    KeyRotationController* byTail = loaded();
    QVERIFY(!byTail->chooseInUse(id(u"developer"_s)));
    QCOMPARE(byTail->plan().inUseId, m_server->practiceKey().right(17));

    m_client->setApiKey(Secret(m_server->account().seededSecret(u"legacy"_s)));
    KeyRotationController* legacy = loaded();
    QVERIFY(!legacy->chooseInUse(u"00000000-00000000"_s));
    QVERIFY(!legacy->chooseInUse(QString()));
    QVERIFY(legacy->plan().inUseId.isEmpty());
    for (const Journal::Entry& entry : m_journal->entries())
        QVERIFY(entry.type != u"key-in-use-chosen"_s);
}

void TestKeyRotationInUse::choiceCountsOnlyForTheSameKey()
{
    m_client->setApiKey(Secret(m_server->account().seededSecret(u"legacy"_s)));
    QVERIFY(loaded()->chooseInUse(id(u"legacy"_s)));
    // Another older key (not of this account, other ending): nothing recorded is its.
    m_client->setApiKey(Secret(u"key-0123456789abcdef0123456789abcdef"_s));
    QCOMPARE(InUseKeyChoice::recorded(m_journal->entries(), m_client->apiKey()), QString());
    QCOMPARE(
        InUseKeyChoice::recorded(m_journal->entries(), Secret(m_server->account().seededSecret(u"legacy"_s))),
        id(u"legacy"_s));
}

QTEST_GUILESS_MAIN(TestKeyRotationInUse)
#include "tst_keyrotationinuse.moc"
