// Step 2's patience with a brand-new key (docs/mailgun-behaviour.md, point 4): a new key that
// Mailgun refuses (401) or does not list yet (404) is checked again a bounded number of times,
// each wait told to the admin, and when it never works the rotation fails with the old keys
// all still there. The practice server refuses each new key a set number of times.
#include "ApiCapture.h"
#include "FastPracticeClient.h"
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/KeysApi.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNewKeyPatience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void practiceRefusesANewKeyTheSetNumberOfTimes();
    void practiceCanAcceptNewKeysAtOnce();
    void practiceDefaultIsShortAndCanBeSet();
    void refusedNewKeyIsCheckedAgainVisiblyThenUsed();
    void newKeyNotListedYetIsCheckedAgain();
    void newKeyThatNeverWorksFailsAndKeepsTheOldKeys();

private:
    KeyRotationController* startRotation();
    void waitForEnd(KeyRotationController* controller);
    QString leakedId() const { return PracticeAccount::keyIdFromSecret(m_server->practiceKey()); }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
    KeychainSecretStore* m_keychain = nullptr;
    QStringList m_notices;
    QString m_newId;
};

void TestNewKeyPatience::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server);
    m_journal = new Journal(QString{});
    m_keychain =
        new KeychainSecretStore(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(10));
    m_notices.clear();
    m_newId.clear();
}

void TestNewKeyPatience::cleanup()
{
    if (!m_newId.isEmpty())
        m_keychain->remove(SecretEntries::apiKey(m_newId), this, [](const SecretStore::Result&) {});
    delete m_keychain;
    delete m_journal;
    delete m_client;
    delete m_server;
}

KeyRotationController* TestNewKeyPatience::startRotation()
{
    auto* controller = new KeyRotationController(m_client, m_keychain, m_journal, this);
    controller->setVerifyRetryDelays({10, 10, 10});
    connect(controller, &KeyRotationController::notice, this, [this](const QString& text) {
        if (!text.startsWith(u"Trying the old keys once more"_s)) // KeyRetest's, after the deletes
            m_notices.append(text);
    });
    connect(controller, &KeyRotationController::keyCreated, this,
            [this](const QString& id) { m_newId = id; });
    controller->load(leakedId(), QDateTime::currentDateTimeUtc().addDays(-14));
    // A plan that never comes leaves the phase short of Finished: the callers' checks fail.
    if (QTest::qWaitFor([&] { return controller->phase() == KeyRotationController::Phase::Ready; }, 10000))
        controller->start(controller->plan().selected);
    return controller;
}

void TestNewKeyPatience::waitForEnd(KeyRotationController* controller)
{
    QTRY_VERIFY_WITH_TIMEOUT(controller->phase() == KeyRotationController::Phase::Finished ||
                                 controller->phase() == KeyRotationController::Phase::Failed,
                             20000);
}

void TestNewKeyPatience::practiceRefusesANewKeyTheSetNumberOfTimes()
{
    m_server->account().setNewKeyRefusals(2);
    Capture<CreatedKey> created;
    KeysApi(*m_client).create(NewKeySpec{}, this, created.callback());
    QTRY_VERIFY(created.done());
    QVERIFY(created.get().ok());
    std::unique_ptr<MailgunClient> withNewKey(newFastPracticeClient(*m_server, 1));
    withNewKey->setApiKey(created.value().secret);
    const auto readStatus = [this](MailgunClient& client) {
        Capture<Domain> read;
        DomainsApi(client).get(Region::Us, u"mg.northwind-outfitters.com"_s, this, read.callback());
        if (!QTest::qWaitFor([&] { return read.done(); }, 10000))
            return -1;
        return read.get().ok() ? 200 : read.get().error.httpStatus;
    };
    QCOMPARE(readStatus(*withNewKey), 401);
    QCOMPARE(readStatus(*withNewKey), 401);
    QCOMPARE(readStatus(*withNewKey), 200);
    QCOMPARE(readStatus(*withNewKey), 200);
    QCOMPARE(readStatus(*m_client), 200); // keys that were there before are not touched
}

void TestNewKeyPatience::practiceCanAcceptNewKeysAtOnce()
{
    m_server->account().setNewKeyRefusals(0);
    m_server->account().reseed(QDateTime::currentDateTimeUtc()); // kept across a reseed
    QCOMPARE(m_server->account().newKeyRefusals(), 0);
    m_client->setApiKey(Secret(m_server->practiceKey())); // the reseed made new secrets
    KeyRotationController* controller = startRotation();
    waitForEnd(controller);
    QVERIFY2(controller->phase() == KeyRotationController::Phase::Finished,
             qPrintable(controller->failureMessage()));
    QVERIFY(m_notices.isEmpty());
}

void TestNewKeyPatience::practiceDefaultIsShortAndCanBeSet()
{
    const bool wasSet = qEnvironmentVariableIsSet("MRA_PRACTICE_NEW_KEY_REFUSALS");
    const QByteArray before = qgetenv("MRA_PRACTICE_NEW_KEY_REFUSALS");
    qunsetenv("MRA_PRACTICE_NEW_KEY_REFUSALS");
    const int byDefault = PracticeAccount().newKeyRefusals();
    qputenv("MRA_PRACTICE_NEW_KEY_REFUSALS", "3");
    const int set = PracticeAccount().newKeyRefusals();
    qputenv("MRA_PRACTICE_NEW_KEY_REFUSALS", "-2"); // not a count: the default
    const int invalid = PracticeAccount().newKeyRefusals();
    if (wasSet)
        qputenv("MRA_PRACTICE_NEW_KEY_REFUSALS", before);
    else
        qunsetenv("MRA_PRACTICE_NEW_KEY_REFUSALS");
    QCOMPARE(byDefault, 1);
    QCOMPARE(set, 3);
    QCOMPARE(invalid, 1);
}

void TestNewKeyPatience::refusedNewKeyIsCheckedAgainVisiblyThenUsed()
{
    m_server->account().setNewKeyRefusals(2);
    KeyRotationController* controller = startRotation();
    waitForEnd(controller);
    QVERIFY2(controller->phase() == KeyRotationController::Phase::Finished,
             qPrintable(controller->failureMessage()));
    QCOMPARE(
        m_notices,
        QStringList(
            {u"Mailgun has not accepted the new key yet, trying again in 1 seconds (attempt 2 of 4)."_s,
             u"Mailgun has not accepted the new key yet, trying again in 1 seconds (attempt 3 of 4)."_s}));
    QCOMPARE(KeyFormat::keyIdOf(m_client->apiKey().reveal()), m_newId);
    QVERIFY(m_server->account().findKeyById(leakedId()) == nullptr);
}

void TestNewKeyPatience::newKeyNotListedYetIsCheckedAgain()
{
    m_server->account().setNewKeyRefusals(0);
    KeyRotationController* controller = new KeyRotationController(m_client, m_keychain, m_journal, this);
    controller->setVerifyRetryDelays({10, 10, 10});
    connect(controller, &KeyRotationController::notice, this, [this](const QString& text) {
        if (!text.startsWith(u"Trying the old keys once more"_s)) // KeyRetest's, after the deletes
            m_notices.append(text);
    });
    connect(controller, &KeyRotationController::keyCreated, this, [this](const QString& id) {
        m_newId = id;
        PracticeFault notYet; // "404 … can be temporal": Mailgun's own words
        notYet.kind = PracticeFault::Kind::ServerError;
        notYet.status = 404;
        notYet.method = "GET";
        notYet.path = QRegularExpression(u"^/v1/keys$"_s);
        notYet.times = 1;
        m_server->addFault(notYet);
    });
    controller->load(leakedId(), QDateTime::currentDateTimeUtc().addDays(-14));
    QTRY_VERIFY(controller->phase() == KeyRotationController::Phase::Ready);
    controller->start(controller->plan().selected);
    waitForEnd(controller);
    QVERIFY2(controller->phase() == KeyRotationController::Phase::Finished,
             qPrintable(controller->failureMessage()));
    QCOMPARE(m_notices.size(), 1);
    QVERIFY(m_notices.first().contains(u"(attempt 2 of 4)"_s));
}

void TestNewKeyPatience::newKeyThatNeverWorksFailsAndKeepsTheOldKeys()
{
    m_server->account().setNewKeyRefusals(100);
    const qsizetype keysBefore = m_server->account().keys().size();
    KeyRotationController* controller = startRotation();
    waitForEnd(controller);
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Failed);
    QCOMPARE(m_notices.size(), 3); // four attempts: the first and three more
    QVERIFY(m_notices.last().contains(u"(attempt 4 of 4)"_s));
    QVERIFY2(
        controller->failureMessage().startsWith(
            u"Mailgun did not accept the new key %1 after 4 attempts. No old key was deleted: your old key "
            "still works."_s.arg(m_newId)),
        qPrintable(controller->failureMessage()));
    QCOMPARE(m_server->account().keys().size(), keysBefore + 1);
    QVERIFY(controller->deletedIds().isEmpty());
    QCOMPARE(m_client->apiKey().reveal(), m_server->practiceKey());
}

QTEST_GUILESS_MAIN(TestNewKeyPatience)
#include "tst_newkeypatience.moc"
