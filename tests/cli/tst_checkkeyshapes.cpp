// `check` takes every key shape Mailgun issued: an older "key-" key of 32 lower-case letters
// and digits (not only hex) is sent to Mailgun, not refused as "not a Mailgun API key".
#include "CliProcess.h"
#include "practice/PracticeServer.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCheckKeyShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void olderKeyShapes_data();
    void olderKeyShapes();
};

void TestCheckKeyShapes::olderKeyShapes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("exitCode");
    // Synthetic values. The practice account does not hold them, so a key the program sends
    // comes back refused (exit 1); a key it does not send is a bad format.
    QTest::newRow("key- and letters and digits")
        << u"key-9t2mq7xk4w8c1zp6r3bn5vh0yd7fj2sl"_s << u"key-refused"_s << 1;
    QTest::newRow("key- and hex") << u"key-8e2f4a6c1b9d3e7f5a0c2b4d6e8f1a3c"_s << u"key-refused"_s << 1;
    QTest::newRow("key- and a symbol") << u"key-9t2mq7xk4w8c1zp6r3bn5vh0yd7fj2s!"_s << u"bad-format"_s << 1;
    QTest::newRow("public key, letters and digits")
        << u"pubkey-7w3k9p2m5x8c1v4b6n0q2r7t9y3h5j8d"_s << u"bad-format"_s << 1;
}

void TestCheckKeyShapes::olderKeyShapes()
{
    QFETCH(QString, key);
    QFETCH(QString, outcome);
    QFETCH(int, exitCode);
    PracticeServer server;
    QVERIFY(server.start());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MAILGUN_API_KEY"_s, key);
    const CliRun run =
        runCli({u"check"_s, u"--json"_s, u"--api-base"_s, server.baseUrl(PracticeRegion::Us).toString()},
               environment);
    QCOMPARE(run.json().value(u"outcome"_s).toString(), outcome);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.out.contains(key.toUtf8()));
    QVERIFY(!run.err.contains(key.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCheckKeyShapes)
#include "tst_checkkeyshapes.moc"
