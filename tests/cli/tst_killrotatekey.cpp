// `rotate-key` killed at every journal boundary: the real binary against a practice server in
// another process, its journal on disk, SIGKILLed right after its N-th journal entry
// (MRA_KILL_AFTER_JOURNAL_APPEND, build option MRA_FAULT_INJECTION) for N = 1, 2, ... until
// a run gets through, with and without --print-secrets, with the keychain and without one.
// After each kill the command is run again, as the admin would, and then: a key the admin
// holds (the old one, one printed on the terminal, or one in the keychain) still works
// against the server, no second new key was made while one was kept, and the run finishes.
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// What the journal on disk says, read with the test's own parser.
struct JournalView
{
    QStringList created;  // ids of every "key-created", in order
    QString keptId;       // the last created key that was stored or shown (held by someone)
    QStringList toDelete; // the ids the rotation was started to delete
    bool finished = false;
};

const QString ourDescription = u"Mailgun Recovery Assistant "_s;

} // namespace

class TestKillRotateKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtEveryJournalBoundary_data();
    void killedAtEveryJournalBoundary();
    void unwritableJournalStopsTheCommand();

private:
    Run run(const QStringList& arguments, const QString& key, bool keychain, int killAfter);
    JournalView readJournal() const;
    // The account's keys as the server lists them to `key`; empty when `key` does not work.
    std::optional<QJsonArray> listKeys(const QString& key);
    QString readKeychain(const QString& entry);

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_base;
    QNetworkAccessManager m_network;
    KeychainSecretStore m_keychain{QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(10)};
};

Run TestKillRotateKey::run(const QStringList& arguments, const QString& key, bool keychain, int killAfter)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
    environment.insert(u"MAILGUN_API_KEY"_s, key);
    environment.remove(u"MRA_KILL_AFTER_JOURNAL_APPEND"_s);
    if (killAfter > 0)
        environment.insert(u"MRA_KILL_AFTER_JOURNAL_APPEND"_s, QString::number(killAfter));
    // No Secret Service on the bus: the keychain is missing, as on a bare desktop.
    if (!keychain)
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(MRA_BINARY), arguments + QStringList{u"--api-base-us"_s, m_base});
    Run result;
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.killed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.killed ? -2 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

JournalView TestKillRotateKey::readJournal() const
{
    JournalView view;
    QDirIterator it(m_home->filePath(u"data"_s), {u"journal.jsonl"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    if (!it.hasNext())
        return view;
    QFile file(it.next());
    if (!file.open(QIODevice::ReadOnly))
        return view;
    QString last;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        const QString type = entry.value(u"type"_s).toString();
        const QJsonObject data = entry.value(u"data"_s).toObject();
        if (type == u"key-rotation-started"_s) {
            view = JournalView();
            for (const QJsonValue& id : data.value(u"delete"_s).toArray())
                view.toDelete << id.toString();
        } else if (type == u"key-created"_s) {
            last = data.value(u"id"_s).toString();
            view.created << last;
        } else if (type == u"key-stored"_s || type == u"key-shown"_s) {
            view.keptId = last;
        } else if (type == u"key-rotation-finished"_s) {
            view.finished = true;
        }
    }
    return view;
}

std::optional<QJsonArray> TestKillRotateKey::listKeys(const QString& key)
{
    QNetworkRequest request(QUrl(m_base + u"/v1/keys"_s));
    request.setRawHeader("Authorization", "Basic " + (u"api:"_s + key).toUtf8().toBase64());
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!done.wait(10000) || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return std::nullopt;
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray();
}

QString TestKillRotateKey::readKeychain(const QString& entry)
{
    QString value;
    bool answered = false;
    m_keychain.read(entry, this, [&](const SecretStore::Result& result) {
        answered = true;
        if (result.ok())
            value = result.value.reveal();
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    }();
    return value;
}

void TestKillRotateKey::killedAtEveryJournalBoundary_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<bool>("printSecrets");
    QTest::newRow("keychain") << true << false;
    QTest::newRow("keychain, --print-secrets") << true << true;
    QTest::newRow("no keychain") << false << false;
    QTest::newRow("no keychain, --print-secrets") << false << true;
}

void TestKillRotateKey::killedAtEveryJournalBoundary()
{
    QFETCH(bool, keychain);
    QFETCH(bool, printSecrets);
    QStringList arguments{u"rotate-key"_s, u"--yes"_s};
    if (printSecrets)
        arguments << u"--print-secrets"_s;
    // Without a keychain and without --print-secrets nobody can hold a new key: the command
    // refuses to delete and says why, every time.
    const bool canFinish = keychain || printSecrets;
    const QRegularExpression printedKey(u"\\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}\\b"_s);

    bool completed = false;
    int boundaries = 0;
    for (int killAfter = 1; killAfter < 40 && !completed; ++killAfter) {
        const QByteArray row = "kill after entry " + QByteArray::number(killAfter);
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        QProcess server;
        server.start(QStringLiteral(MRA_BINARY), {u"practice-server"_s, u"--json"_s});
        QVERIFY(server.waitForReadyRead(30000));
        const QJsonObject info = QJsonDocument::fromJson(server.readLine()).object();
        const QString oldKey = info.value(u"key"_s).toString();
        m_base = info.value(u"us"_s).toString();
        QVERIFY(!oldKey.isEmpty());

        const Run first = run(arguments, oldKey, keychain, killAfter);
        QVERIFY2(first.exitCode != -1, row.constData());
        const JournalView atKill = readJournal();
        QStringList held{oldKey};
        Run last = first;
        if (first.killed) {
            ++boundaries;
            last = run(arguments, oldKey, keychain, 0); // the admin runs it again
            QVERIFY2(!last.killed && last.exitCode != -1, row.constData());
        } else {
            completed = true; // this N is past the last entry: the run went through
        }
        const JournalView after = readJournal();
        for (const Run& each : {first, last}) {
            for (auto match = printedKey.globalMatch(QString::fromUtf8(each.out)); match.hasNext();)
                held << match.next().captured(0);
        }
        if (keychain) {
            for (const QString& id : after.created)
                held << readKeychain(SecretEntries::apiKey(id));
        }
        held.removeAll(QString());

        // At least one key the admin holds works.
        std::optional<QJsonArray> keys;
        for (const QString& key : std::as_const(held)) {
            if ((keys = listKeys(key)))
                break;
        }
        QVERIFY2(keys.has_value(), QByteArray(row + ": no key the admin holds works").constData());

        // Nothing done twice: one new key at most, and the one kept before the kill.
        QStringList ours;
        for (const QJsonValue& value : *keys) {
            if (value.toObject().value(u"description"_s).toString().startsWith(ourDescription))
                ours << value.toObject().value(u"id"_s).toString();
        }
        QVERIFY2(ours.size() <= 1, QByteArray(row + ": " + ours.join(u", "_s).toUtf8()).constData());
        if (!atKill.keptId.isEmpty())
            QVERIFY2(ours == QStringList{atKill.keptId},
                     QByteArray(row + ": the kept key was replaced").constData());

        // The run finishes: done with the old keys gone, or (no way to keep a key) refused
        // with every old key still there and the reason given.
        const QByteArray output = last.out + last.err;
        if (canFinish) {
            // Killed after its last entry the rotation was done; run again with the old key,
            // now deleted, the command can only say that the key does not work.
            QVERIFY2(last.exitCode == 0 || atKill.finished, QByteArray(row + ": " + output).constData());
            QVERIFY2(after.finished, row.constData());
            QCOMPARE(ours.size(), 1);
            QVERIFY2(!after.toDelete.isEmpty(), row.constData());
            for (const QJsonValue& value : *keys)
                QVERIFY2(!after.toDelete.contains(value.toObject().value(u"id"_s).toString()),
                         row.constData());
            // The new key works, and the admin holds it.
            QVERIFY2(std::any_of(held.cbegin(), held.cend(),
                                 [&](const QString& key) { return key.endsWith(u'-' + ours.first()); }),
                     row.constData());
            QVERIFY2(!output.contains("Kept in the keychain") || keychain, row.constData());
        } else {
            QCOMPARE(last.exitCode, 1);
            QVERIFY2(output.contains("--print-secrets"), QByteArray(row + ": " + output).constData());
            QVERIFY2(listKeys(oldKey).has_value(), row.constData());
        }
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
    QVERIFY2(completed, "a run without a kill was reached");
    QVERIFY2(boundaries >= 5, "the run wrote its journal entries");
    qInfo("killed at %d journal boundaries", boundaries);
}

// Item 6 of issue 13: before, the command changed the account and exited 0 with no journal.
void TestKillRotateKey::unwritableJournalStopsTheCommand()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // A file where the data folder should be: nothing can be written there, even by root.
    QFile blocker(m_home->filePath(u"data"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QProcess server;
    server.start(QStringLiteral(MRA_BINARY), {u"practice-server"_s, u"--json"_s});
    QVERIFY(server.waitForReadyRead(30000));
    const QJsonObject info = QJsonDocument::fromJson(server.readLine()).object();
    const QString oldKey = info.value(u"key"_s).toString();
    m_base = info.value(u"us"_s).toString();
    const std::optional<QJsonArray> before = listKeys(oldKey);
    QVERIFY(before.has_value());

    const Run result = run({u"rotate-key"_s, u"--yes"_s}, oldKey, true, 0);
    QVERIFY(!result.killed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QByteArray(result.out + result.err).contains("stopped before"), result.err.constData());
    const std::optional<QJsonArray> after = listKeys(oldKey);
    QVERIFY(after.has_value());
    QCOMPARE(after->size(), before->size()); // no key made, none deleted
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestKillRotateKey)
#include "tst_killrotatekey.moc"
