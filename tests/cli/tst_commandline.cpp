// The command line: option parsing, and the real binary's check and practice-server
// subcommands with their exit codes. The key never travels as an argument.
#include "CliProcess.h"
#include "cli/CommandLineOptions.h"
#include "practice/PracticeServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

Run runBinary(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    return runCli(arguments, environment);
}

QProcessEnvironment environmentWithKey(const QString& key)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MAILGUN_API_KEY"_s, key);
    return environment;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOptions();
    void refusesTheKeyAsAnArgument();
    void rejectsInsecureApiBase();
    void rejectsUnknownThings();
    void helpAndVersion();
    void checkOnThePracticeAccountAsJson();
    void checkWithAKeyFromTheEnvironment();
    void checkWithAWrongKeyFails();
    void checkWithoutAKeyIsBadUsage();
    void practiceServerPrintsItsAddresses();
};

void TestCommandLine::parsesOptions()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {u"mailgun-recovery"_s, u"check"_s, u"--json"_s, u"--api-base-eu=http://127.0.0.1:9"_s,
         u"--incident-start"_s, u"2026-11-01"_s, u"--key-file"_s, u"/tmp/k"_s});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.command, u"check"_s);
    QVERIFY(options.json);
    QCOMPARE(options.endpoints.eu, QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(options.endpoints.us, ApiEndpoints::production().us);
    QCOMPARE(options.incidentStart, QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(options.keyFile, u"/tmp/k"_s);

    const CommandLineOptions wizard = CommandLineOptions::parse({u"mailgun-recovery"_s, u"--practice"_s});
    QVERIFY(wizard.error.isEmpty());
    QVERIFY(wizard.command.isEmpty());
    QVERIFY(wizard.practice);
}

void TestCommandLine::refusesTheKeyAsAnArgument()
{
    for (const QString& form : {u"--key=abc"_s, u"--key"_s, u"--api-key"_s}) {
        const CommandLineOptions options =
            CommandLineOptions::parse({u"mailgun-recovery"_s, u"check"_s, form});
        QVERIFY(options.error.contains(u"MAILGUN_API_KEY"_s));
    }
    const Run run = runBinary({u"check"_s, u"--key=0123456789abcdef0123456789abcdef-01234567-89abcdef"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.contains("0123456789abcdef"));
    QVERIFY(!run.out.contains("0123456789abcdef"));
}

void TestCommandLine::rejectsInsecureApiBase()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {u"mailgun-recovery"_s, u"check"_s, u"--api-base"_s, u"http://example.com"_s});
    QVERIFY(options.error.contains(u"https://"_s));
}

void TestCommandLine::rejectsUnknownThings()
{
    QVERIFY(!CommandLineOptions::parse({u"mailgun-recovery"_s, u"frobnicate"_s}).error.isEmpty());
    QVERIFY(!CommandLineOptions::parse({u"mailgun-recovery"_s, u"--frobnicate"_s}).error.isEmpty());
    QVERIFY(
        !CommandLineOptions::parse({u"mailgun-recovery"_s, u"check"_s, u"--incident-start"_s, u"yesterday"_s})
             .error.isEmpty());
    QVERIFY(!CommandLineOptions::parse({u"mailgun-recovery"_s, u"check"_s, u"--key-file"_s}).error.isEmpty());
    QCOMPARE(runBinary({u"frobnicate"_s}).exitCode, 2);
}

void TestCommandLine::helpAndVersion()
{
    const Run help = runBinary({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("practice-server"));
    const Run version = runBinary({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("mailgun-recovery " MRA_VERSION));
}

void TestCommandLine::checkOnThePracticeAccountAsJson()
{
    const Run run = runBinary({u"check"_s, u"--practice"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"outcome"_s).toString(), u"valid"_s);
    QVERIFY(json.value(u"domains"_s).toObject().value(u"us"_s).toInt() > 0);
    QVERIFY(json.value(u"domains"_s).toObject().value(u"eu"_s).toInt() > 0);
    QCOMPARE(json.value(u"key_role"_s).toString(), u"admin"_s);
}

void TestCommandLine::checkWithAKeyFromTheEnvironment()
{
    PracticeServer server;
    QVERIFY(server.start());
    const Run run = runBinary({u"check"_s, u"--api-base-us"_s, server.baseUrl(PracticeRegion::Us).toString(),
                               u"--api-base-eu"_s, server.baseUrl(PracticeRegion::Eu).toString()},
                              environmentWithKey(server.practiceKey()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Domains in the EU"));
    // The key is never printed, not even partly beyond its masked form.
    QVERIFY(!run.out.contains(server.practiceKey().toUtf8()));
    QVERIFY(!run.err.contains(server.practiceKey().toUtf8()));
}

void TestCommandLine::checkWithAWrongKeyFails()
{
    PracticeServer server;
    QVERIFY(server.start());
    const Run run =
        runBinary({u"check"_s, u"--json"_s, u"--api-base"_s, server.baseUrl(PracticeRegion::Us).toString()},
                  environmentWithKey(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"outcome"_s).toString(), u"key-refused"_s);
}

void TestCommandLine::checkWithoutAKeyIsBadUsage()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"MAILGUN_API_KEY"_s);
    const Run run = runBinary({u"check"_s}, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("MAILGUN_API_KEY"));
}

void TestCommandLine::practiceServerPrintsItsAddresses()
{
    QProcess process;
    process.start(QStringLiteral(MRA_BINARY), {u"practice-server"_s, u"--json"_s});
    QVERIFY(process.waitForReadyRead(30000));
    const QJsonObject info = QJsonDocument::fromJson(process.readLine()).object();
    QVERIFY(info.value(u"us"_s).toString().startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(info.value(u"eu"_s).toString().startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(!info.value(u"key"_s).toString().isEmpty());

    // The printed key works against the printed addresses.
    const Run run = runBinary({u"check"_s, u"--json"_s, u"--api-base-us"_s, info.value(u"us"_s).toString(),
                               u"--api-base-eu"_s, info.value(u"eu"_s).toString()},
                              environmentWithKey(info.value(u"key"_s).toString()));
    QCOMPARE(run.exitCode, 0);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
