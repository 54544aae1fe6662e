// `rotate-key` and `reset-smtp` through the real binary: they ask first (or take --yes),
// change the practice account, keep every new secret in the keychain, print a secret only
// with --print-secrets, and leave no secret in their output or in any file they wrote.
#include "CliProcess.h"
#include "mailgun/KeyFormat.h"
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

} // namespace

class TestRecoveryCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rotateKeyOnThePracticeAccount();
    void rotateKeyPrintsTheKeyOnlyWhenAsked();
    void resetSmtpOnThePracticeAccount();
    void resetSmtpRefusesToDeletePostmaster();
    void withoutYesAndWithoutTerminalNothingChanges();
    void fullRunLeavesNoSecretInFilesOrOutput();
    void auditOnThePracticeAccount();

private:
    Run run(const QStringList& arguments, const QString& key = {});
    // Reads an entry where the practice account keeps its secrets (`real`: where the
    // program keeps the admin's real ones).
    QString keychain(const QString& entry, bool real = false);

    std::unique_ptr<QTemporaryDir> m_home;
    KeychainSecretStore m_keychain{QStringLiteral("Mailgun Recovery Assistant (practice)"),
                                   std::chrono::seconds(10)};
    KeychainSecretStore m_realKeychain{QStringLiteral("Mailgun Recovery Assistant"),
                                       std::chrono::seconds(10)};
};

void TestRecoveryCommands::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestRecoveryCommands::cleanup()
{
    m_home.reset();
}

Run TestRecoveryCommands::run(const QStringList& arguments, const QString& key)
{
    // The program's journal goes to a throw-away data folder; the keychain stays the test's.
    QProcessEnvironment environment = cliEnvironment(*m_home);
    if (!key.isEmpty())
        environment.insert(u"MAILGUN_API_KEY"_s, key);
    return runCli(arguments, environment);
}

QString TestRecoveryCommands::keychain(const QString& entry, bool real)
{
    QString value;
    bool answered = false;
    (real ? m_realKeychain : m_keychain).read(entry, this, [&](const SecretStore::Result& result) {
        answered = true;
        if (result.ok())
            value = result.value.reveal();
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    }();
    return value;
}

void TestRecoveryCommands::rotateKeyOnThePracticeAccount()
{
    const Run result = run({u"rotate-key"_s, u"--practice"_s, u"--yes"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    const QString newId = json.value(u"new_key_id"_s).toString();
    QVERIFY(!newId.isEmpty());
    QVERIFY(json.value(u"stored_in_keychain"_s).toBool());
    QCOMPARE(json.value(u"keychain_entry"_s).toString(), SecretEntries::apiKey(newId));
    QVERIFY(!json.value(u"deleted"_s).toArray().isEmpty());
    QVERIFY(json.value(u"remaining"_s).toArray().isEmpty());
    QVERIFY(!json.contains(u"new_key"_s));
    // The key the command used was tried once more after the deletes, and Mailgun refused it.
    const QJsonArray retested = json.value(u"retest"_s).toArray();
    QCOMPARE(retested.size(), 1);
    QCOMPARE(retested.first()[u"outcome"_s].toString(), u"refused"_s);
    QCOMPARE(retested.first()[u"status"_s].toInt(), 401);
    QVERIFY(QDateTime::fromString(retested.first()[u"at"_s].toString(), Qt::ISODate).isValid());
    const QString secret = keychain(SecretEntries::apiKey(newId));
    QCOMPARE(KeyFormat::keyIdOf(secret), newId);
    QVERIFY(!result.out.contains(secret.toUtf8()) && !result.err.contains(secret.toUtf8()));
    // Practice never writes where the real secrets are kept.
    QCOMPARE(keychain(SecretEntries::apiKey(newId), true), QString());
}

void TestRecoveryCommands::rotateKeyPrintsTheKeyOnlyWhenAsked()
{
    const Run result = run({u"rotate-key"_s, u"--practice"_s, u"--yes"_s, u"--json"_s, u"--print-secrets"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    const QString printed = json.value(u"new_key"_s).toString();
    QCOMPARE(KeyFormat::keyIdOf(printed), json.value(u"new_key_id"_s).toString());
    QCOMPARE(keychain(json.value(u"keychain_entry"_s).toString()), printed);
}

void TestRecoveryCommands::resetSmtpOnThePracticeAccount()
{
    const Run result = run({u"reset-smtp"_s, u"--practice"_s, u"--yes"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    QVERIFY(json.value(u"done"_s).toBool());
    const QJsonArray results = json.value(u"results"_s).toArray();
    QVERIFY(results.size() > 3);
    for (const QJsonValue& value : results) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(u"status"_s).toString(), u"new-password"_s);
        QVERIFY(!row.contains(u"password"_s));
        const QString password = keychain(row.value(u"keychain_entry"_s).toString());
        QCOMPARE(password.size(), 32);
        QVERIFY(!result.out.contains(password.toUtf8()) && !result.err.contains(password.toUtf8()));
    }
}

void TestRecoveryCommands::resetSmtpRefusesToDeletePostmaster()
{
    const Run listed = run({u"reset-smtp"_s, u"--practice"_s, u"--yes"_s, u"--json"_s});
    QString postmaster;
    for (const QJsonValue& value : listed.json().value(u"results"_s).toArray()) {
        if (value.toObject().value(u"login"_s).toString().startsWith(u"postmaster@"_s))
            postmaster = value.toObject().value(u"login"_s).toString();
    }
    QVERIFY(!postmaster.isEmpty());
    const Run refused = run({u"reset-smtp"_s, u"--practice"_s, u"--yes"_s, u"--delete"_s, postmaster});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("postmaster"));
    const Run unknown =
        run({u"reset-smtp"_s, u"--practice"_s, u"--yes"_s, u"--delete"_s, u"nobody@nowhere.test"_s});
    QCOMPARE(unknown.exitCode, 2);
}

void TestRecoveryCommands::withoutYesAndWithoutTerminalNothingChanges()
{
    const Run key = run({u"rotate-key"_s, u"--practice"_s, u"--json"_s});
    QCOMPARE(key.exitCode, 3);
    QVERIFY(key.err.contains("--yes"));
    const Run smtp = run({u"reset-smtp"_s, u"--practice"_s});
    QCOMPARE(smtp.exitCode, 3);
}

// Steps 2 and 3 against a practice server in another process, as a helpdesk would run them,
// then the report; every secret the run made or used is looked for in everything written.
void TestRecoveryCommands::fullRunLeavesNoSecretInFilesOrOutput()
{
    QProcess server;
    server.start(QStringLiteral(MRA_BINARY), {u"practice-server"_s, u"--json"_s});
    QVERIFY(server.waitForReadyRead(30000));
    const QJsonObject info = QJsonDocument::fromJson(server.readLine()).object();
    const QString oldKey = info.value(u"key"_s).toString();
    const QStringList base{u"--api-base-us"_s, info.value(u"us"_s).toString(), u"--api-base-eu"_s,
                           info.value(u"eu"_s).toString()};

    const Run rotated = run(QStringList{u"rotate-key"_s, u"--yes"_s, u"--json"_s} + base, oldKey);
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    // A real account (the practice server given as --api-base): the real keychain entry.
    const QString newKey = keychain(rotated.json().value(u"keychain_entry"_s).toString(), true);
    QVERIFY(!newKey.isEmpty());
    // The old key is gone: the next command must use the new one.
    const Run smtp = run(QStringList{u"reset-smtp"_s, u"--yes"_s} + base, newKey);
    QVERIFY2(smtp.exitCode == 0, smtp.err.constData());
    const Run smtpJson = run(QStringList{u"reset-smtp"_s, u"--yes"_s, u"--json"_s} + base, newKey);
    QVERIFY2(smtpJson.exitCode == 0, smtpJson.err.constData());
    const Run report = run({u"report"_s, u"--format"_s, u"html"_s});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY(report.out.contains("smtp") || report.out.contains("SMTP"));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));

    QStringList secrets{oldKey, newKey};
    for (const QJsonValue& value : smtpJson.json().value(u"results"_s).toArray())
        secrets << keychain(value.toObject().value(u"keychain_entry"_s).toString(), true);
    QVERIFY(secrets.size() > 5);

    QByteArray written = rotated.out + rotated.err + smtp.out + smtp.err + smtpJson.out + smtpJson.err +
                         report.out + report.err;
    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        written += file.readAll();
        ++files;
    }
    QVERIFY2(files > 0, "the journal was written");
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!written.contains(secret.toUtf8()), "a secret reached a file or the output");
    }
}

// `audit` is read-only: it lists what the intruder set up, the sending volume and no problems.
void TestRecoveryCommands::auditOnThePracticeAccount()
{
    const Run result = run({u"audit"_s, u"--practice"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    QStringList kinds;
    for (const QJsonValue& value : json.value(u"findings"_s).toArray())
        kinds.append(value.toObject().value(u"kind"_s).toString());
    for (const QString& kind : {u"recent-key"_s, u"recent-smtp-login"_s, u"catch-all-route"_s,
                                u"unknown-webhook"_s, u"archive-to"_s, u"subaccount"_s, u"sending-spike"_s})
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
    QCOMPARE(json.value(u"volume"_s).toObject().value(u"days"_s).toArray().size(), 30);
    QVERIFY(json.value(u"problems"_s).toArray().isEmpty());
    const Run text = run({u"audit"_s, u"--practice"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("<- spike"));
}

QTEST_GUILESS_MAIN(TestRecoveryCommands)
#include "tst_recoverycommands.moc"
