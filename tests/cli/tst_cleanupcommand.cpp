// `cleanup` through the real binary on the practice account: it removes what copies mail out
// only after a yes, with the wizard's AccountCleanup, and reads back what Mailgun holds: the
// practice server keeps an archive address it was asked to clear, and the command says so
// and fails (docs/mailgun-behaviour.md, point 8).
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCleanupCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void withoutYesNothingIsRemoved();
    void removesAndReadsBack();

private:
    using Run = CliRun;
    Run run(const QStringList& arguments);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCleanupCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

TestCleanupCommand::Run TestCleanupCommand::run(const QStringList& arguments)
{
    return runCli(arguments, cliEnvironment(*m_home));
}

void TestCleanupCommand::withoutYesNothingIsRemoved()
{
    const Run result = run({u"cleanup"_s, u"--practice"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 3); // no terminal to ask on: the answer is no
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QVERIFY(json.value(u"results"_s).toArray().isEmpty());
    QVERIFY(json.value(u"declined"_s).toInt() > 0);
}

void TestCleanupCommand::removesAndReadsBack()
{
    const Run result = run({u"cleanup"_s, u"--practice"_s, u"--yes"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 1); // the archive address did not go
    const QJsonArray results = QJsonDocument::fromJson(result.out).object().value(u"results"_s).toArray();
    QHash<QString, QJsonObject> byKind;
    for (const QJsonValue& value : results)
        byKind.insert(value[u"kind"_s].toString(), value.toObject());
    QVERIFY2(byKind.contains(u"archive-to"_s), result.out.constData());
    QCOMPARE(byKind.value(u"archive-to"_s).value(u"done"_s).toBool(), false);
    QVERIFY(byKind.value(u"archive-to"_s)
                .value(u"message"_s)
                .toString()
                .startsWith(
                    u"Asked for: no archive address for \"eu.northwind-outfitters.com\". Mailgun now holds: "
                    "\"https://mail-archive-sync.example.com/hook/7f3a\"."_s));
    QVERIFY(byKind.contains(u"catch-all-route"_s));
    QCOMPARE(byKind.value(u"catch-all-route"_s).value(u"done"_s).toBool(), true);
    QCOMPARE(byKind.value(u"catch-all-route"_s).value(u"message"_s).toString(),
             u"The route is deleted. Read back from Mailgun: the route is gone."_s);
    QVERIFY(byKind.contains(u"unknown-webhook"_s));
    QCOMPARE(byKind.value(u"unknown-webhook"_s).value(u"done"_s).toBool(), true);
}

QTEST_GUILESS_MAIN(TestCleanupCommand)
#include "tst_cleanupcommand.moc"
