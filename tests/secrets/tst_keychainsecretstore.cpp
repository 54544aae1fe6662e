// KeychainSecretStore against a real keychain: the GNOME Keyring that
// scripts/with-test-keyring.sh starts in a private D-Bus session with a throw-away HOME.
//
// QtKeychain chooses its backend and libsecret its session bus once per process, so the
// "no keychain answers" cases run this same binary again as a child process
// (`--probe MODE TIMEOUT_MS`) with another DBUS_SESSION_BUS_ADDRESS, and read its one-line
// report from stdout.

#include "recovery/SecretEntries.h"
#include "secrets/KeychainJobWatch.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <chrono>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Every message the process logs, so tests can prove that no secret reaches a log.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

bool logContains(const QString& text)
{
    QMutexLocker lock(&logMutex);
    for (const QString& line : std::as_const(logLines)) {
        if (line.contains(text))
            return true;
    }
    return false;
}

QString uniqueId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What one store call answered, and how often.
struct Answer
{
    int calls = 0;
    SecretStore::Result result;
};

SecretStore::Callback recordInto(const std::shared_ptr<Answer>& answer)
{
    return [answer](const SecretStore::Result& result) {
        ++answer->calls;
        answer->result.status = result.status;
        answer->result.value = result.value;
        answer->result.detail = result.detail;
    };
}

// Whether the store still has a watch that could answer a caller.
bool hasWatch(const KeychainSecretStore& store)
{
    return !store.findChildren<KeychainJobWatch*>().isEmpty();
}

// The child side of the "no keychain answers" tests. Modes:
//   env         use the DBUS_SESSION_BUS_ADDRESS the parent set
//   silent-bus  serve a bus socket that accepts connections and never says a word; once the
//               store has given up, close it, so the keychain's late answer arrives and
//               must be ignored
// Prints "status=<id> calls=<n> elapsedMs=<n> liveJobs=<n> detailHasSecret=<0|1>
// logHasSecret=<0|1>".
int runProbe(const QString& mode, std::chrono::milliseconds timeout)
{
    previousHandler = qInstallMessageHandler(recordMessage);
    QTemporaryDir scratch;
    QLocalServer silentBus;
    QList<QLocalSocket*> connections;
    if (mode == u"silent-bus"_s) {
        const QString path = scratch.filePath(u"bus"_s);
        if (!silentBus.listen(path)) {
            std::fprintf(stderr, "cannot listen on %s\n", qPrintable(path));
            return 2;
        }
        QObject::connect(&silentBus, &QLocalServer::newConnection, &silentBus, [&] {
            while (QLocalSocket* socket = silentBus.nextPendingConnection())
                connections.append(socket);
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path));
    } else if (mode != u"env"_s) {
        std::fprintf(stderr, "unknown probe mode\n");
        return 2;
    }

    const QString secret = u"probe-secret-"_s + uniqueId();
    KeychainSecretStore store(u"Mailgun Recovery Assistant"_s, timeout);
    auto answer = std::make_shared<Answer>();
    QElapsedTimer clock;
    clock.start();
    store.write(SecretEntries::apiKey(uniqueId()), Secret(secret), nullptr, recordInto(answer));
    // A hard limit well above the store's own, so a store that never answers fails the test
    // instead of hanging it.
    const int limit = int(timeout.count()) + 10000;
    if (!QTest::qWaitFor([&] { return answer->calls > 0; }, limit))
        std::fprintf(stderr, "the store did not answer\n");
    const qint64 elapsed = clock.elapsed();

    silentBus.close();
    for (QLocalSocket* socket : std::as_const(connections))
        socket->abort();
    // The job the store gave up on must delete itself once the keychain answers, and that
    // late answer must not reach the caller a second time.
    if (!QTest::qWaitFor([&] { return store.liveJobCount() == 0; }, 10000))
        std::fprintf(stderr, "a keychain job is still alive\n");
    // Once no watch is left, nothing can answer the caller any more.
    if (!QTest::qWaitFor([&] { return !hasWatch(store); }, 10000))
        std::fprintf(stderr, "a keychain job watch is still alive\n");

    const QString report = u"status=%1 calls=%2 elapsedMs=%3 liveJobs=%4 detailHasSecret=%5 logHasSecret=%6"_s
                               .arg(SecretStore::statusId(answer->result.status))
                               .arg(answer->calls)
                               .arg(elapsed)
                               .arg(store.liveJobCount())
                               .arg(answer->result.detail.contains(secret) ? 1 : 0)
                               .arg(logContains(secret) ? 1 : 0);
    std::printf("%s\n", qPrintable(report));
    std::fflush(stdout);
    return 0;
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void entriesAreSeparate();
    void storedUnderServiceName();
    void answersLaterAndOnce();
    void noAnswerAfterContextDestroyed();
    void unavailableWhenNothingListens();
    void unavailableWhenBusHasNoSecretService();
    void timedOutWhenBusNeverAnswers();

private:
    SecretStore::Result call(const std::function<void(SecretStore::Callback)>& start);
    QMap<QString, QString> probe(const QString& mode, int timeoutMs, const QString& busAddress = {});

    KeychainSecretStore m_store{u"Mailgun Recovery Assistant"_s, 10s};
};

void tst_KeychainSecretStore::initTestCase()
{
    // Outside the throw-away session these tests would write to the user's own keyring.
    if (qgetenv("MRA_INSIDE_TEST_SESSION") != "1")
        QFAIL("Run this test through scripts/with-test-keyring.sh (test.sh does): it needs a "
              "throw-away keyring and must never touch a real one.");
    previousHandler = qInstallMessageHandler(recordMessage);
}

SecretStore::Result tst_KeychainSecretStore::call(const std::function<void(SecretStore::Callback)>& start)
{
    auto answer = std::make_shared<Answer>();
    start(recordInto(answer));
    if (!QTest::qWaitFor([&] { return answer->calls > 0; }, 20000))
        qWarning("the store did not answer");
    return answer->result;
}

void tst_KeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("api key") << SecretEntries::apiKey(uniqueId());
    QTest::newRow("smtp us") << SecretEntries::smtp(Region::Us,
                                                    u"postmaster-%1@mg.example.com"_s.arg(uniqueId()));
    QTest::newRow("smtp eu") << SecretEntries::smtp(Region::Eu,
                                                    u"billing-%1@mg.example.eu"_s.arg(uniqueId()));
}

void tst_KeychainSecretStore::roundTrip()
{
    QFETCH(QString, entry);
    const QString first = u"first-"_s + uniqueId();
    const QString second = u"second-ünïcödé-"_s + uniqueId();

    QCOMPARE(call([&](auto done) { m_store.write(entry, Secret(first), this, done); }).status,
             SecretStore::Status::Ok);
    SecretStore::Result read = call([&](auto done) { m_store.read(entry, this, done); });
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.value.reveal(), first);

    QCOMPARE(call([&](auto done) { m_store.write(entry, Secret(second), this, done); }).status,
             SecretStore::Status::Ok);
    read = call([&](auto done) { m_store.read(entry, this, done); });
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.value.reveal(), second);

    QCOMPARE(call([&](auto done) { m_store.remove(entry, this, done); }).status, SecretStore::Status::Ok);
    read = call([&](auto done) { m_store.read(entry, this, done); });
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.value.isEmpty());
    QVERIFY(!read.userMessage().isEmpty());

    QVERIFY(!logContains(first));
    QVERIFY(!logContains(second));
    QTRY_COMPARE(m_store.liveJobCount(), 0);
}

void tst_KeychainSecretStore::entriesAreSeparate()
{
    const QString id = uniqueId();
    const QString login = u"postmaster-%1@mg.example.com"_s.arg(id);
    const QList<std::pair<QString, QString>> entries{
        {SecretEntries::apiKey(id), u"api-"_s + uniqueId()},
        {SecretEntries::smtp(Region::Us, login), u"us-"_s + uniqueId()},
        {SecretEntries::smtp(Region::Eu, login), u"eu-"_s + uniqueId()},
    };
    for (const auto& [entry, value] : entries)
        QCOMPARE(call([&](auto done) { m_store.write(entry, Secret(value), this, done); }).status,
                 SecretStore::Status::Ok);
    for (const auto& [entry, value] : entries) {
        const SecretStore::Result read = call([&](auto done) { m_store.read(entry, this, done); });
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.value.reveal(), value);
    }
    for (const auto& [entry, value] : entries)
        QCOMPARE(call([&](auto done) { m_store.remove(entry, this, done); }).status, SecretStore::Status::Ok);
}

void tst_KeychainSecretStore::storedUnderServiceName()
{
    // What another program (a password manager, the user) sees in the keychain.
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        QSKIP("secret-tool (Debian package libsecret-tools) is not installed");
    const QString entry = SecretEntries::apiKey(uniqueId());
    const QString value = u"visible-"_s + uniqueId();
    QCOMPARE(call([&](auto done) { m_store.write(entry, Secret(value), this, done); }).status,
             SecretStore::Status::Ok);

    QProcess lookup;
    lookup.start(secretTool,
                 {u"lookup"_s, u"user"_s, entry, u"server"_s, QStringLiteral("Mailgun Recovery Assistant")});
    QVERIFY(lookup.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), value);

    QCOMPARE(call([&](auto done) { m_store.remove(entry, this, done); }).status, SecretStore::Status::Ok);
}

void tst_KeychainSecretStore::answersLaterAndOnce()
{
    auto answer = std::make_shared<Answer>();
    m_store.read(SecretEntries::apiKey(uniqueId()), this, recordInto(answer));
    QCOMPARE(answer->calls, 0); // never from inside the call
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->result.status, SecretStore::Status::NotFound);
    QTRY_COMPARE(m_store.liveJobCount(), 0);
    QTRY_VERIFY(!hasWatch(m_store)); // nothing left that could answer again
    QCOMPARE(answer->calls, 1);
}

void tst_KeychainSecretStore::noAnswerAfterContextDestroyed()
{
    const QString entry = SecretEntries::apiKey(uniqueId());
    auto answer = std::make_shared<Answer>();
    auto context = std::make_unique<QObject>();
    m_store.write(entry, Secret(u"orphan-"_s + uniqueId()), context.get(), recordInto(answer));
    context.reset();
    QTRY_COMPARE(m_store.liveJobCount(), 0);
    QTRY_VERIFY(!hasWatch(m_store)); // nothing left that could answer
    QCOMPARE(answer->calls, 0);
    // The job itself still ran to completion: only the answer was dropped.
    QCOMPARE(call([&](auto done) { m_store.remove(entry, this, done); }).status, SecretStore::Status::Ok);
}

QMap<QString, QString> tst_KeychainSecretStore::probe(const QString& mode, int timeoutMs,
                                                      const QString& busAddress)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!busAddress.isEmpty())
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--probe"_s, mode, QString::number(timeoutMs)});
    if (!child.waitForFinished(timeoutMs + 30000)) {
        child.kill();
        child.waitForFinished();
        qWarning("the probe did not finish");
        return {};
    }
    const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    qInfo("probe %s: %s (exit code %d)", qPrintable(mode), qPrintable(output), child.exitCode());
    QMap<QString, QString> report;
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return report;
    const QStringList fields = output.split(u' ', Qt::SkipEmptyParts);
    for (const QString& field : fields)
        report.insert(field.section(u'=', 0, 0), field.section(u'=', 1));
    return report;
}

void tst_KeychainSecretStore::unavailableWhenNothingListens()
{
    QTemporaryDir scratch;
    const int timeoutMs = 5000;
    const auto report = probe(u"env"_s, timeoutMs, u"unix:path="_s + scratch.filePath(u"nobody-here"_s));
    QCOMPARE(report.value(u"status"_s), u"unavailable"_s);
    QCOMPARE(report.value(u"calls"_s), u"1"_s);
    // "unavailable", not "timed-out": the store answered before its own time limit.
    QCOMPARE(report.value(u"liveJobs"_s), u"0"_s);
    QCOMPARE(report.value(u"detailHasSecret"_s), u"0"_s);
    QCOMPARE(report.value(u"logHasSecret"_s), u"0"_s);
}

void tst_KeychainSecretStore::unavailableWhenBusHasNoSecretService()
{
    // The common headless case: a session bus, but no keyring daemon on it and none that
    // can be started (the configuration lists no service directories).
    const QString dbusDaemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (dbusDaemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    QTemporaryDir scratch;
    QFile config(scratch.filePath(u"bus.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=)" +
                 QFile::encodeName(scratch.path()) + R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    config.close();

    QProcess bus;
    bus.start(dbusDaemon, {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(bus.waitForStarted());
    QTRY_VERIFY(bus.canReadLine());
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    QVERIFY(address.startsWith(u"unix:"_s));

    const int timeoutMs = 5000;
    const auto report = probe(u"env"_s, timeoutMs, address);
    bus.terminate();
    QVERIFY(bus.waitForFinished(5000));

    QCOMPARE(report.value(u"status"_s), u"unavailable"_s);
    QCOMPARE(report.value(u"calls"_s), u"1"_s);
    // "unavailable", not "timed-out": the store answered before its own time limit.
    QCOMPARE(report.value(u"liveJobs"_s), u"0"_s);
    QCOMPARE(report.value(u"detailHasSecret"_s), u"0"_s);
    QCOMPARE(report.value(u"logHasSecret"_s), u"0"_s);
}

void tst_KeychainSecretStore::timedOutWhenBusNeverAnswers()
{
    const int timeoutMs = 500;
    const auto report = probe(u"silent-bus"_s, timeoutMs);
    QCOMPARE(report.value(u"status"_s), u"timed-out"_s);
    // Exactly one answer, although the keychain's own (late) answer came afterwards.
    QCOMPARE(report.value(u"calls"_s), u"1"_s);
    // Not before the limit (QTimer's default, coarse, timers may fire up to 5 % early). No upper
    // bound: a loaded machine may answer late, and "timed-out" already says the limit fired.
    const int elapsed = report.value(u"elapsedMs"_s).toInt();
    QVERIFY2(elapsed >= timeoutMs * 9 / 10, qPrintable(QString::number(elapsed)));
    // The abandoned job deleted itself once the keychain finally answered.
    QCOMPARE(report.value(u"liveJobs"_s), u"0"_s);
    QCOMPARE(report.value(u"detailHasSecret"_s), u"0"_s);
    QCOMPARE(report.value(u"logHasSecret"_s), u"0"_s);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--probe") == 0)
        return runProbe(QString::fromLocal8Bit(argv[2]), std::chrono::milliseconds(atoi(argv[3])));
    tst_KeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
