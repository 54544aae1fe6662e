// No key reaches a log line, even with every category of the program turned on: a real key
// rotation (step 2) against the practice server, with a retried list and a rate-limited
// create on the way, and every message the process logs is searched for the leaked key and
// for the new one. The test also proves it saw the lines it searched: without messages of
// mra.mailgun and mra.recovery it would pass for nothing.
#include "FastPracticeClient.h"
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"
#include "recovery/SecretEntries.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct LoggedMessage
{
    QtMsgType type = QtDebugMsg;
    QString category;
    QString text;
};

// Every message the process logs, from any thread.
QMutex logMutex;
QList<LoggedMessage> logged;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        logged.append({type, QString::fromUtf8(context.category ? context.category : ""), message});
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QList<LoggedMessage> loggedSoFar()
{
    QMutexLocker lock(&logMutex);
    return logged;
}

// A keychain in memory, so the test needs no Secret Service. It answers later, on the
// event loop, as the real one does.
class MemoryKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;

    QString serviceName() const override { return u"Mailgun Recovery Assistant (test)"_s; }

    void write(const QString& entry, const Secret& value, const QObject* context, Callback done) override
    {
        m_values.insert(entry, value);
        answer(context, std::move(done), Status::Ok);
    }
    void read(const QString& entry, const QObject* context, Callback done) override
    {
        answer(context, std::move(done), m_values.contains(entry) ? Status::Ok : Status::NotFound,
               m_values.value(entry));
    }
    void remove(const QString& entry, const QObject* context, Callback done) override
    {
        answer(context, std::move(done), m_values.remove(entry) ? Status::Ok : Status::NotFound);
    }

    Secret value(const QString& entry) const { return m_values.value(entry); }

private:
    void answer(const QObject* context, Callback done, Status status, const Secret& value = {})
    {
        Result result;
        result.status = status;
        result.value = value;
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), result] { done(result); });
    }

    QHash<QString, Secret> m_values;
};

// The forms a key could take in a log line: as it is, its secret part without the key id
// (the id may be logged: it is what the Keys API lists), and inside an Authorization header.
QStringList leakedForms(const QString& key)
{
    QStringList forms{key, QString::fromLatin1((u"api:"_s + key).toUtf8().toBase64())};
    const QString id = KeyFormat::keyIdOf(key);
    if (!id.isEmpty())
        forms.append(key.left(key.size() - id.size()));
    return forms;
}

} // namespace

class TestNoSecretsInLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keyRotationLogsNoKey();
};

void TestNoSecretsInLogs::initTestCase()
{
    previousHandler = qInstallMessageHandler(recordMessage);
    // Everything the program can log, debug included, as support would turn it on.
    QLoggingCategory::setFilterRules(u"mra.*=true"_s);
}

void TestNoSecretsInLogs::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previousHandler);
}

void TestNoSecretsInLogs::keyRotationLogsNoKey()
{
    PracticeServer server;
    QVERIFY(server.start());
    const QString practiceKey = server.practiceKey();
    QVERIFY(!practiceKey.isEmpty());
    // One retried list and one rate-limited create: the retry lines are searched too.
    PracticeFault serverError;
    serverError.kind = PracticeFault::Kind::ServerError;
    serverError.method = "GET";
    serverError.path = QRegularExpression(u"^/v1/keys$"_s);
    server.addFault(serverError);
    PracticeFault rateLimit;
    rateLimit.kind = PracticeFault::Kind::RateLimit;
    rateLimit.method = "POST";
    rateLimit.path = QRegularExpression(u"^/v1/keys$"_s);
    server.addFault(rateLimit);

    std::unique_ptr<MailgunClient> client(newFastPracticeClient(server));
    MemoryKeychain keychain;
    Journal journal{QString()};
    KeyRotationController controller(client.get(), &keychain, &journal);
    QSignalSpy planReady(&controller, &KeyRotationController::planReady);
    QSignalSpy finished(&controller, &KeyRotationController::finished);
    QSignalSpy failed(&controller, &KeyRotationController::failed);

    controller.load(PracticeAccount::keyIdFromSecret(practiceKey),
                    QDateTime::currentDateTimeUtc().addDays(-14));
    QTRY_VERIFY_WITH_TIMEOUT(planReady.count() == 1 || failed.count() == 1, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(controller.failureMessage()));
    QVERIFY(!controller.plan().selected.isEmpty());

    controller.start(controller.plan().selected);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || failed.count() == 1, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(controller.failureMessage()));
    QCOMPARE(controller.phase(), KeyRotationController::Phase::Finished);

    const QString newId = controller.newKeyId();
    QVERIFY(!newId.isEmpty());
    const QString newKey = keychain.value(SecretEntries::apiKey(newId)).reveal();
    QVERIFY(!newKey.isEmpty());
    QCOMPARE(newKey, client->apiKey().reveal());
    QVERIFY(newKey != practiceKey);

    const QList<LoggedMessage> messages = loggedSoFar();
    int mailgunLines = 0;
    int recoveryLines = 0;
    int retryLines = 0;
    for (const LoggedMessage& message : messages) {
        if (message.category == u"mra.mailgun"_s) {
            ++mailgunLines;
            retryLines += message.text.contains(u"attempt 2 of"_s) ? 1 : 0;
        }
        recoveryLines += message.category == u"mra.recovery"_s ? 1 : 0;
    }
    // The test saw what it searches: requests, retries and the rotation's phases.
    QVERIFY2(mailgunLines > 0, "no message of mra.mailgun was captured");
    QVERIFY2(recoveryLines > 0, "no message of mra.recovery was captured");
    QVERIFY2(retryLines >= 2, "the retries were not logged");

    for (const QString& key : {practiceKey, newKey}) {
        const QStringList forms = leakedForms(key);
        for (const LoggedMessage& message : messages) {
            for (const QString& form : forms)
                QVERIFY2(!message.text.contains(form),
                         qPrintable(u"a key reached the log of %1"_s.arg(message.category)));
            QVERIFY2(!message.text.contains(u"Authorization"_s, Qt::CaseInsensitive),
                     qPrintable(message.category));
        }
    }
}

QTEST_GUILESS_MAIN(TestNoSecretsInLogs)
#include "tst_nosecretsinlogs.moc"
