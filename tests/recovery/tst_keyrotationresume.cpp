// Step 2 continued after an interruption, and stopped when its record cannot be written:
// the stored new key is read back and checked with Mailgun before any delete (and checked
// again while Mailgun is still catching up), a resume with another account's key changes
// nothing, and a journal that cannot be written stops the rotation before its next change.
#include "FastPracticeClient.h"
#include "MissingKeychain.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/KeysApi.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/ExtraKeyRegeneration.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A keychain in memory that answers later, as the real one does.
class MemoryKeychain : public SecretStore
{
public:
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString& entry, const Secret& value, const QObject* context, Callback done) override
    {
        values.insert(entry, value.reveal());
        answer(context, done, Status::Ok, {});
    }
    void read(const QString& entry, const QObject* context, Callback done) override
    {
        answer(context, done, values.contains(entry) ? Status::Ok : Status::NotFound, values.value(entry));
    }
    void remove(const QString& entry, const QObject* context, Callback done) override
    {
        values.remove(entry);
        answer(context, done, Status::Ok, {});
    }
    QHash<QString, QString> values;

private:
    static void answer(const QObject* context, const Callback& done, Status status, const QString& value)
    {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context),
            [done, status, value] {
                Result result;
                result.status = status;
                result.value = Secret(value);
                done(result);
            },
            Qt::QueuedConnection);
    }
};

QString idOf(const QString& secret)
{
    return PracticeAccount::keyIdFromSecret(secret);
}

int keysMadeByUs(const PracticeAccount& account)
{
    int count = 0;
    for (const PracticeKey& key : account.keys())
        count += key.description.startsWith(u"Mailgun Recovery Assistant "_s) ? 1 : 0;
    return count;
}

} // namespace

class TestKeyRotationResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unreadableStoredKeyDeletesNothing();
    void storedKeyThatNoLongerWorksDeletesNothing();
    void newKeyRefusedAtFirstIsCheckedAgain();
    void anotherAccountsKeyChangesNothing();
    void unknownKeyThatCannotListChangesNothing();
    void unwritableJournalStopsBeforeAnyChange_data();
    void unwritableJournalStopsBeforeAnyChange();
    void unrecordedRegenerationStopsTheNext();

private:
    // A journal as a rotation leaves it when stopped right after "key-verified": the new key
    // exists on the account and its secret went to `keychain`.
    QString interruptedAfterVerify(MemoryKeychain* keychain);
    KeyRotationController* makeController(SecretStore* store, Journal* journal = nullptr);
    void waitForEnd(KeyRotationController* controller);

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
};

void TestKeyRotationResume::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server);
    m_journal = new Journal(QString{});
}

void TestKeyRotationResume::cleanup()
{
    delete m_journal;
    delete m_client;
    delete m_server;
}

KeyRotationController* TestKeyRotationResume::makeController(SecretStore* store, Journal* journal)
{
    auto* controller = new KeyRotationController(m_client, store, journal ? journal : m_journal, this);
    controller->setVerifyRetryDelays({20, 20, 20});
    return controller;
}

void TestKeyRotationResume::waitForEnd(KeyRotationController* controller)
{
    using Phase = KeyRotationController::Phase;
    QTRY_VERIFY_WITH_TIMEOUT(controller->phase() == Phase::Finished || controller->phase() == Phase::Failed ||
                                 controller->phase() == Phase::AwaitingManualSave,
                             20000);
}

QString TestKeyRotationResume::interruptedAfterVerify(MemoryKeychain* keychain)
{
    QString secret;
    bool done = false;
    NewKeySpec spec;
    spec.description = u"Mailgun Recovery Assistant 2026-01-01 mra-000000000001"_s;
    KeysApi(*m_client).create(spec, this, [&](ApiResult<CreatedKey> result) {
        done = true;
        secret = result.ok() ? result.value.secret.reveal() : QString();
    });
    [&] {
        QTRY_VERIFY(done);
    }();
    const PracticeAccount& account = m_server->account();
    const QString leaked = idOf(m_server->practiceKey());
    const QString developer = idOf(account.seededSecret(u"developer"_s));
    const QString newId = idOf(secret);
    QJsonArray all;
    for (const PracticeKey& key : account.keys())
        all.append(idOf(key.secret));
    m_journal->append(u"key-rotation-started"_s, {{u"delete"_s, QJsonArray{developer, leaked}},
                                                  {u"role"_s, u"admin"_s},
                                                  {u"in_use"_s, leaked},
                                                  {u"account_keys"_s, all}});
    m_journal->append(u"key-create-sent"_s, {{u"marker"_s, u"mra-000000000001"_s}});
    m_journal->append(u"key-created"_s, {{u"id"_s, newId}, {u"marker"_s, u"mra-000000000001"_s}});
    m_journal->append(u"key-stored"_s, {{u"id"_s, newId}});
    m_journal->append(u"key-verified"_s, {{u"id"_s, newId}});
    if (keychain)
        keychain->values.insert(u"api-key:"_s + newId, secret);
    return newId;
}

// Item 2: the keychain does not answer at the restart. Before, the old keys were deleted
// anyway, and the admin was left with a new key nobody could read.
void TestKeyRotationResume::unreadableStoredKeyDeletesNothing()
{
    const QString newId = interruptedAfterVerify(nullptr);
    const int keysBefore = int(m_server->account().keys().size());
    MissingKeychain missing;
    KeyRotationController* controller = makeController(&missing);
    controller->resume();
    waitForEnd(controller);
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Failed);
    QCOMPARE(int(m_server->account().keys().size()), keysBefore);
    QVERIFY(m_server->account().findKeyById(idOf(m_server->practiceKey())));
    QVERIFY(controller->deletedIds().isEmpty());
    QVERIFY(!controller->storedInKeychain()); // nothing may say "kept in the keychain"
    QVERIFY2(controller->failureMessage().contains(u"keychain"_s), qPrintable(controller->failureMessage()));
    QVERIFY(controller->failureMessage().contains(newId));
    QCOMPARE(m_client->apiKey().reveal(), m_server->practiceKey());
}

// The key read back is checked with Mailgun again: one deleted meanwhile deletes nothing.
void TestKeyRotationResume::storedKeyThatNoLongerWorksDeletesNothing()
{
    MemoryKeychain keychain;
    const QString newId = interruptedAfterVerify(&keychain);
    bool removed = false;
    KeysApi(*m_client).remove(newId, this, [&](ApiResult<QString> result) { removed = result.ok(); });
    QTRY_VERIFY(removed);
    KeyRotationController* controller = makeController(&keychain);
    QSignalSpy notices(controller, &KeyRotationController::notice);
    controller->resume();
    waitForEnd(controller);
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Failed);
    QCOMPARE(notices.size(), 3); // checked again, and the admin was told each time
    QVERIFY(controller->deletedIds().isEmpty());
    QVERIFY(m_server->account().findKeyById(idOf(m_server->practiceKey())));
    QVERIFY(controller->failureMessage().contains(u"No old key was deleted"_s));
}

// Mailgun is eventually consistent: a brand-new key refused twice is accepted the third time.
void TestKeyRotationResume::newKeyRefusedAtFirstIsCheckedAgain()
{
    MemoryKeychain keychain;
    KeyRotationController* controller = makeController(&keychain);
    connect(controller, &KeyRotationController::keyCreated, this, [this] {
        PracticeFault refused;
        refused.kind = PracticeFault::Kind::ServerError;
        refused.status = 401;
        refused.method = "GET";
        refused.path = QRegularExpression(u"^/v1/keys$"_s);
        refused.times = 2;
        m_server->addFault(refused);
    });
    m_server->account().setNewKeyRefusals(0); // only the two refusals below
    QSignalSpy notices(controller, &KeyRotationController::notice);
    controller->load(idOf(m_server->practiceKey()), QDateTime::currentDateTimeUtc().addDays(-14));
    QTRY_COMPARE_WITH_TIMEOUT(controller->phase(), KeyRotationController::Phase::Ready, 10000);
    controller->start(controller->plan().selected);
    waitForEnd(controller);
    QVERIFY2(controller->phase() == KeyRotationController::Phase::Finished,
             qPrintable(controller->failureMessage()));
    QCOMPARE(notices.size(), 3); // two checks again, then the old keys tried once more (KeyRetest)
    QVERIFY(notices.constLast().constFirst().toString().startsWith(u"Trying the old keys once more"_s));
    QVERIFY(!m_server->account().findKeyById(idOf(m_server->practiceKey())));
}

// Item 5: the journal of account A, continued with a key of account B.
void TestKeyRotationResume::anotherAccountsKeyChangesNothing()
{
    MemoryKeychain keychain;
    interruptedAfterVerify(&keychain);
    PracticeServer other;
    QVERIFY(other.start());
    MailgunClient* otherClient = newFastPracticeClient(other);
    const int otherKeys = int(other.account().keys().size());
    const int ownKeys = int(m_server->account().keys().size());
    auto* controller = new KeyRotationController(otherClient, &keychain, m_journal, this);
    controller->resume();
    waitForEnd(controller);
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Failed);
    QVERIFY2(controller->failureMessage().contains(u"another Mailgun account"_s),
             qPrintable(controller->failureMessage()));
    QCOMPARE(int(other.account().keys().size()), otherKeys);
    QCOMPARE(keysMadeByUs(other.account()), 0);
    QCOMPARE(int(m_server->account().keys().size()), ownKeys);
    delete controller;
    delete otherClient;
}

// A key the journal does not know and that cannot list keys: nobody can tell the account.
void TestKeyRotationResume::unknownKeyThatCannotListChangesNothing()
{
    MemoryKeychain keychain;
    interruptedAfterVerify(&keychain);
    const int keys = int(m_server->account().keys().size());
    m_client->setApiKey(Secret(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    KeyRotationController* controller = makeController(&keychain);
    controller->resume();
    waitForEnd(controller);
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Failed);
    QVERIFY2(controller->failureMessage().contains(u"could not check"_s),
             qPrintable(controller->failureMessage()));
    QCOMPARE(int(m_server->account().keys().size()), keys);
}

void TestKeyRotationResume::unwritableJournalStopsBeforeAnyChange_data()
{
    QTest::addColumn<QString>("where");
    // A folder that cannot be made (a file is in the way: this holds for root too) and a
    // full disk.
    QTest::newRow("folder cannot be made") << u"file/journal.jsonl"_s;
    QTest::newRow("disk full") << u"full/journal.jsonl"_s;
}

// Item 6: with no record, a crash could not be resumed; the rotation must not begin.
void TestKeyRotationResume::unwritableJournalStopsBeforeAnyChange()
{
    QFETCH(QString, where);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(QDir(dir.path()).mkdir(u"full"_s));
    if (!QFile::link(u"/dev/full"_s, dir.filePath(u"full/journal.jsonl"_s)) && where.startsWith(u"full"_s))
        QSKIP("no /dev/full here");
    Journal journal(dir.filePath(where));
    MemoryKeychain keychain;
    KeyRotationController* controller = makeController(&keychain, &journal);
    controller->load(idOf(m_server->practiceKey()), QDateTime::currentDateTimeUtc().addDays(-14));
    QTRY_COMPARE_WITH_TIMEOUT(controller->phase(), KeyRotationController::Phase::Ready, 10000);
    const int keys = int(m_server->account().keys().size());
    QSignalSpy failed(controller, &KeyRotationController::failed);
    controller->start(controller->plan().selected);
    waitForEnd(controller);
    QCOMPARE(controller->phase(), KeyRotationController::Phase::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(controller->failureMessage().contains(u"stopped before"_s),
             qPrintable(controller->failureMessage()));
    QCOMPARE(int(m_server->account().keys().size()), keys); // no key made, none deleted
    QCOMPARE(keysMadeByUs(m_server->account()), 0);
    QVERIFY(keychain.values.isEmpty());
}

// The signing key was replaced but the journal could not say so: the admin is told, and the
// next replacement changes nothing until the missing entry can be written.
void TestKeyRotationResume::unrecordedRegenerationStopsTheNext()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Journal journal(dir.filePath(u"file/journal.jsonl"_s));
    MemoryKeychain keychain;
    ExtraKeyRegeneration regeneration(m_client, &keychain, &journal);
    QSignalSpy finished(&regeneration, &ExtraKeyRegeneration::finished);
    const QString first = m_server->account().httpSigningKey();
    regeneration.regenerate(ExtraKeyRegeneration::Kind::WebhookSigningKey);
    QVERIFY(finished.wait(10000));
    auto result = finished.takeFirst().first().value<ExtraKeyRegeneration::Result>();
    QVERIFY(result.ok && result.stored); // done on the account, and kept
    QVERIFY(!result.journalProblem.isEmpty());
    const QString second = m_server->account().httpSigningKey();
    QVERIFY(second != first);
    regeneration.regenerate(ExtraKeyRegeneration::Kind::WebhookSigningKey);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    result = finished.takeFirst().first().value<ExtraKeyRegeneration::Result>();
    QVERIFY(!result.ok);
    QVERIFY(!result.failure.isEmpty());
    QCOMPARE(m_server->account().httpSigningKey(), second);
}

QTEST_GUILESS_MAIN(TestKeyRotationResume)
#include "tst_keyrotationresume.moc"
