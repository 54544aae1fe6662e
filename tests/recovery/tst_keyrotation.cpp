// Step 2 against the practice server and the real keychain: the new key is created,
// stored, read back and verified before any old key is deleted, and every interruption
// (lost answer, no keychain, a crash between two steps, a failing delete) ends with one
// working new key and an exact account of what is still alive.
#include "FastPracticeClient.h"
#include "MissingKeychain.h"
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/ExtraKeyRegeneration.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A keychain that never answers: the process "dies" while it waits.
class SilentKeychain : public SecretStore
{
public:
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString&, const Secret&, const QObject*, Callback) override {}
    void read(const QString&, const QObject*, Callback) override {}
    void remove(const QString&, const QObject*, Callback) override {}
};

int keysMadeByUs(const PracticeAccount& account)
{
    int count = 0;
    for (const PracticeKey& key : account.keys())
        count += key.description.startsWith(u"Mailgun Recovery Assistant "_s) ? 1 : 0;
    return count;
}

bool accountHasKey(const PracticeAccount& account, const QString& id)
{
    return account.findKeyById(id) != nullptr;
}

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void planSelectsEveryWayBackIn();
    void replacesTheKeyAndDeletesTheOldOnes();
    void everyFaultOnEveryKeyCallEndsWithOneWorkingKey_data();
    void everyFaultOnEveryKeyCallEndsWithOneWorkingKey();
    void extraKeysAreReplacedAndRefusalsExplained();
    void noKeychainWaitsForTheAdminBeforeDeleting();
    void lostCreateAnswerLeavesNoOrphan();
    void crashBeforeStoringReplacesTheUnkeptKey();
    void crashDuringDeletesResumesWithTheNewKey();
    void failingDeleteIsReportedExactly();
    void keyThatDoesNotVerifyDeletesNothing();
    void keyLimitIsExplained();

private:
    KeyRotationController* makeController(SecretStore* store);
    void loadPlan(KeyRotationController* controller);
    void waitForPhase(KeyRotationController* controller, KeyRotationController::Phase phase);
    QString leakedId() const { return PracticeAccount::keyIdFromSecret(m_server->practiceKey()); }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
    KeychainSecretStore* m_keychain = nullptr;
};

void TestKeyRotation::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server);
    m_journal = new Journal(QString{});
    m_keychain =
        new KeychainSecretStore(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(10));
}

void TestKeyRotation::cleanup()
{
    delete m_keychain;
    delete m_journal;
    delete m_client;
    delete m_server;
}

KeyRotationController* TestKeyRotation::makeController(SecretStore* store)
{
    return new KeyRotationController(m_client, store, m_journal, this);
}

void TestKeyRotation::waitForPhase(KeyRotationController* controller, KeyRotationController::Phase phase)
{
    QTRY_VERIFY2_WITH_TIMEOUT(controller->phase() == phase ||
                                  controller->phase() == KeyRotationController::Phase::Failed,
                              qPrintable(controller->failureMessage()), 20000);
    QVERIFY2(controller->phase() == phase, qPrintable(controller->failureMessage()));
}

void TestKeyRotation::loadPlan(KeyRotationController* controller)
{
    controller->load(leakedId(), QDateTime::currentDateTimeUtc().addDays(-14));
    waitForPhase(controller, KeyRotationController::Phase::Ready);
}

void TestKeyRotation::planSelectsEveryWayBackIn()
{
    KeyRotationController* controller = makeController(m_keychain);
    loadPlan(controller);
    const KeyRotationPlan& plan = controller->plan();
    QCOMPARE(plan.inUseId, leakedId());
    QCOMPARE(plan.newKeyRole, u"admin"_s);
    const PracticeAccount& account = m_server->account();
    const QString developer = PracticeAccount::keyIdFromSecret(account.seededSecret(u"developer"_s));
    const QString attacker = PracticeAccount::keyIdFromSecret(account.seededSecret(u"attacker"_s));
    const QString sending = PracticeAccount::keyIdFromSecret(account.seededSecret(u"sending"_s));
    const QString web = PracticeAccount::keyIdFromSecret(account.seededSecret(u"web"_s));
    QVERIFY(plan.selected.contains(leakedId()));
    QVERIFY(plan.selected.contains(developer));
    QVERIFY(plan.selected.contains(attacker));
    QVERIFY(!plan.selected.contains(sending)); // listed with advice, not selected
    QVERIFY(!plan.selected.contains(web));
    QStringList recent;
    for (const KeyRotationCandidate& candidate : plan.candidates) {
        QVERIFY2(!candidate.advice.isEmpty(), qPrintable(candidate.key.id));
        if (candidate.recent)
            recent.append(candidate.key.id);
    }
    // Made after the spike began 40 hours ago: the browser key (4 hours ago), the attacker's
    // (31 hours) and the one forged in a colleague's name (27 hours); PracticeSeed*.cpp.
    const QString forged = PracticeAccount::keyIdFromSecret(account.seededSecret(u"forged"_s));
    recent.sort();
    QStringList expectedRecent{web, attacker, forged};
    expectedRecent.sort();
    QCOMPARE(recent, expectedRecent);
    QCOMPARE(keysMadeByUs(account), 0); // loading changes nothing
}

void TestKeyRotation::replacesTheKeyAndDeletesTheOldOnes()
{
    KeyRotationController* controller = makeController(m_keychain);
    loadPlan(controller);
    const QSet<QString> selected = controller->plan().selected;
    controller->start(selected);
    waitForPhase(controller, KeyRotationController::Phase::Finished);

    const QString newId = controller->newKeyId();
    QVERIFY(!newId.isEmpty());
    QVERIFY(controller->storedInKeychain());
    QVERIFY(controller->remainingIds().isEmpty());
    const QStringList deleted = controller->deletedIds();
    QCOMPARE(QSet<QString>(deleted.cbegin(), deleted.cend()), selected);
    for (const QString& id : selected)
        QVERIFY2(!accountHasKey(m_server->account(), id), qPrintable(id));
    QCOMPARE(keysMadeByUs(m_server->account()), 1);
    // The client now uses the new key, and the keychain holds exactly it.
    QCOMPARE(KeyFormat::keyIdOf(m_client->apiKey().reveal()), newId);
    SecretStore::Result stored;
    bool read = false;
    m_keychain->read(SecretEntries::apiKey(newId), this, [&](const SecretStore::Result& r) {
        stored = r;
        read = true;
    });
    QTRY_VERIFY(read);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value, m_client->apiKey());
    // The journal holds ids, never the secret.
    for (const Journal::Entry& entry : m_journal->entries())
        QVERIFY(!QJsonDocument(entry.data).toJson().contains(stored.value.reveal().toUtf8()));
    m_keychain->remove(SecretEntries::apiKey(newId), this, [](const SecretStore::Result&) {});
}

void TestKeyRotation::everyFaultOnEveryKeyCallEndsWithOneWorkingKey_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("kind");
    const QList<std::pair<const char*, PracticeFault::Kind>> kinds{
        {"429", PracticeFault::Kind::RateLimit},
        {"5xx", PracticeFault::Kind::ServerError},
        {"timeout", PracticeFault::Kind::Hang},
        {"drop before apply", PracticeFault::Kind::DropBeforeApply},
        {"drop after apply", PracticeFault::Kind::DropAfterApply}};
    for (const QByteArray& method : {QByteArray("POST"), QByteArray("DELETE")}) {
        for (const auto& [name, kind] : kinds)
            QTest::newRow(QByteArray(method + ' ' + name).constData()) << method << int(kind);
    }
}

// Two faults in a row on the create or on the deletes: the rotation still ends with exactly
// one new key, stored and in use, and every selected old key gone.
void TestKeyRotation::everyFaultOnEveryKeyCallEndsWithOneWorkingKey()
{
    QFETCH(QByteArray, method);
    QFETCH(int, kind);
    MailgunClient::Options options = m_client->options();
    options.timeoutMs = 800;
    m_client->setOptions(options);
    KeyRotationController* controller = makeController(m_keychain);
    loadPlan(controller);
    PracticeFault fault;
    fault.kind = PracticeFault::Kind(kind);
    fault.method = method;
    fault.path = QRegularExpression(method == "POST" ? u"^/v1/keys$"_s : u"^/v1/keys/"_s);
    fault.times = 2;
    fault.retryAfterSeconds = 0;
    m_server->addFault(fault);
    const QSet<QString> selected = controller->plan().selected;
    controller->start(selected);
    waitForPhase(controller, KeyRotationController::Phase::Finished);

    QCOMPARE(keysMadeByUs(m_server->account()), 1);
    QVERIFY(accountHasKey(m_server->account(), controller->newKeyId()));
    QVERIFY2(controller->remainingIds().isEmpty(), qPrintable(controller->remainingIds().join(u", "_s)));
    for (const QString& id : selected)
        QVERIFY2(!accountHasKey(m_server->account(), id), qPrintable(id));
    QCOMPARE(KeyFormat::keyIdOf(m_client->apiKey().reveal()), controller->newKeyId());
    m_keychain->remove(SecretEntries::apiKey(controller->newKeyId()), this,
                       [](const SecretStore::Result&) {});
}

void TestKeyRotation::extraKeysAreReplacedAndRefusalsExplained()
{
    using Kind = ExtraKeyRegeneration::Kind;
    ExtraKeyRegeneration regeneration(m_client, m_keychain, m_journal);
    QSignalSpy finished(&regeneration, &ExtraKeyRegeneration::finished);
    const QString oldSigning = m_server->account().httpSigningKey();
    regeneration.regenerate(Kind::WebhookSigningKey);
    QVERIFY(finished.wait(10000));
    auto result = finished.takeFirst().first().value<ExtraKeyRegeneration::Result>();
    QVERIFY(result.ok && result.stored);
    QVERIFY(m_server->account().httpSigningKey() != oldSigning);
    QCOMPARE(result.value.reveal(), m_server->account().httpSigningKey());
    QCOMPARE(m_journal->entries().constLast().type,
             ExtraKeyRegeneration::journalType(Kind::WebhookSigningKey));

    // A read-only key may not replace it: nothing changes and the reason is plain.
    m_client->setApiKey(Secret(m_server->account().seededSecret(u"basic"_s)));
    const QString current = m_server->account().publicKey();
    regeneration.regenerate(Kind::PublicKey);
    QVERIFY(finished.wait(10000));
    result = finished.takeFirst().first().value<ExtraKeyRegeneration::Result>();
    QVERIFY(!result.ok);
    QVERIFY(!result.failure.isEmpty());
    QCOMPARE(result.error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(m_server->account().publicKey(), current);
    m_keychain->remove(ExtraKeyRegeneration::keychainEntry(Kind::WebhookSigningKey), this,
                       [](const SecretStore::Result&) {});
}

void TestKeyRotation::noKeychainWaitsForTheAdminBeforeDeleting()
{
    MissingKeychain missing;
    KeyRotationController* controller = makeController(&missing);
    QSignalSpy manualSave(controller, &KeyRotationController::manualSaveNeeded);
    loadPlan(controller);
    controller->start(controller->plan().selected);
    waitForPhase(controller, KeyRotationController::Phase::AwaitingManualSave);
    QCOMPARE(manualSave.size(), 1);
    QVERIFY(!manualSave.first().first().toString().isEmpty()); // says what is wrong
    QVERIFY(!controller->newKey().isEmpty());                  // to show once
    QVERIFY(accountHasKey(m_server->account(), leakedId()));   // nothing deleted yet
    QVERIFY(controller->deletedIds().isEmpty());

    controller->confirmSavedByHand();
    waitForPhase(controller, KeyRotationController::Phase::Finished);
    QVERIFY(!accountHasKey(m_server->account(), leakedId()));
    QVERIFY(!controller->storedInKeychain());
}

void TestKeyRotation::lostCreateAnswerLeavesNoOrphan()
{
    PracticeFault drop;
    drop.kind = PracticeFault::Kind::DropAfterApply;
    drop.method = "POST";
    drop.path = QRegularExpression(u"^/v1/keys$"_s);
    m_server->addFault(drop);
    KeyRotationController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start(controller->plan().selected);
    waitForPhase(controller, KeyRotationController::Phase::Finished);
    // The first key exists on Mailgun without anyone knowing its secret: it was found by its
    // marker and deleted, and exactly one new key is left.
    QCOMPARE(keysMadeByUs(m_server->account()), 1);
    QVERIFY(accountHasKey(m_server->account(), controller->newKeyId()));
    bool orphanDeleted = false;
    for (const Journal::Entry& entry : m_journal->entries())
        orphanDeleted |= entry.type == KeyRotationEntry::orphanDeleted;
    QVERIFY(orphanDeleted);
    m_keychain->remove(SecretEntries::apiKey(controller->newKeyId()), this,
                       [](const SecretStore::Result&) {});
}

void TestKeyRotation::crashBeforeStoringReplacesTheUnkeptKey()
{
    SilentKeychain silent;
    auto* first = makeController(&silent);
    QSignalSpy created(first, &KeyRotationController::keyCreated);
    loadPlan(first);
    first->start(first->plan().selected);
    QVERIFY(created.wait(10000));
    const QString lostId = created.first().first().toString();
    delete first; // the process dies while the keychain is still busy

    auto* second = makeController(m_keychain);
    loadPlan(second);
    QVERIFY(second->progress().isUnfinished());
    QCOMPARE(second->progress().createdId, lostId);
    second->resume();
    waitForPhase(second, KeyRotationController::Phase::Finished);
    QVERIFY(!accountHasKey(m_server->account(), lostId)); // its secret was never kept
    QVERIFY(second->newKeyId() != lostId);
    QCOMPARE(keysMadeByUs(m_server->account()), 1);
    QVERIFY(!accountHasKey(m_server->account(), leakedId()));
    m_keychain->remove(SecretEntries::apiKey(second->newKeyId()), this, [](const SecretStore::Result&) {});
}

void TestKeyRotation::crashDuringDeletesResumesWithTheNewKey()
{
    auto* first = makeController(m_keychain);
    QSignalSpy deleted(first, &KeyRotationController::keyDeleted);
    loadPlan(first);
    const QSet<QString> selected = first->plan().selected;
    QVERIFY(selected.size() >= 3);
    first->start(selected);
    QVERIFY(deleted.wait(15000));
    const QString newId = first->newKeyId();
    delete first; // killed after the first delete

    // The restarted program only knows the old key, which is already gone: the journal and
    // the keychain alone must be enough to go on.
    m_client->setApiKey(Secret(m_server->practiceKey()));
    auto* second = makeController(m_keychain);
    second->resume();
    waitForPhase(second, KeyRotationController::Phase::Finished);
    QCOMPARE(second->newKeyId(), newId);
    for (const QString& id : selected)
        QVERIFY2(!accountHasKey(m_server->account(), id), qPrintable(id));
    QCOMPARE(KeyFormat::keyIdOf(m_client->apiKey().reveal()), newId); // read back from the keychain
    QCOMPARE(keysMadeByUs(m_server->account()), 1);
    m_keychain->remove(SecretEntries::apiKey(newId), this, [](const SecretStore::Result&) {});
}

void TestKeyRotation::failingDeleteIsReportedExactly()
{
    const QString developer =
        PracticeAccount::keyIdFromSecret(m_server->account().seededSecret(u"developer"_s));
    PracticeFault broken;
    broken.kind = PracticeFault::Kind::ServerError;
    broken.method = "DELETE";
    broken.path = QRegularExpression(u"^/v1/keys/"_s + QRegularExpression::escape(developer) + u"$"_s);
    broken.times = 100;
    m_server->addFault(broken);
    KeyRotationController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start(controller->plan().selected);
    waitForPhase(controller, KeyRotationController::Phase::Finished);
    QCOMPARE(controller->remainingIds(), QStringList{developer});
    QVERIFY(accountHasKey(m_server->account(), developer));
    QVERIFY(!accountHasKey(m_server->account(), leakedId()));
    m_keychain->remove(SecretEntries::apiKey(controller->newKeyId()), this,
                       [](const SecretStore::Result&) {});
}

void TestKeyRotation::keyThatDoesNotVerifyDeletesNothing()
{
    KeyRotationController* controller = makeController(m_keychain);
    loadPlan(controller);
    QSignalSpy created(controller, &KeyRotationController::keyCreated);
    connect(controller, &KeyRotationController::keyCreated, this, [this] {
        PracticeFault down;
        down.kind = PracticeFault::Kind::ServerError;
        down.method = "GET";
        down.path = QRegularExpression(u"^/v1/keys$"_s);
        down.times = 100;
        m_server->addFault(down);
    });
    const int keysBefore = static_cast<int>(m_server->account().keys().size());
    controller->start(controller->plan().selected);
    waitForPhase(controller, KeyRotationController::Phase::Failed);
    QCOMPARE(m_server->account().keys().size(), keysBefore + 1); // only the new one added
    QVERIFY(controller->deletedIds().isEmpty());
    QCOMPARE(m_client->apiKey().reveal(), m_server->practiceKey()); // still the working key
    QVERIFY(controller->failureMessage().contains(u"No old key was deleted"_s));
    m_keychain->remove(SecretEntries::apiKey(controller->newKeyId()), this,
                       [](const SecretStore::Result&) {});
}

void TestKeyRotation::keyLimitIsExplained()
{
    int liveKeys = 0; // web (session) keys do not count towards Mailgun's limit
    for (const PracticeKey& key : m_server->account().keys())
        liveKeys += key.kind == u"web"_s ? 0 : 1;
    m_server->account().setKeyLimit(liveKeys);
    KeyRotationController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start(controller->plan().selected);
    waitForPhase(controller, KeyRotationController::Phase::Failed);
    QCOMPARE(controller->lastError().kind, ApiError::Kind::Forbidden);
    QVERIFY(controller->failureMessage().contains(u"No old key was deleted"_s));
    QVERIFY(accountHasKey(m_server->account(), leakedId()));
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
