// The `audit` command: step 1's account review of the seeded practice account as JSON and
// as text, with no secret of the account in either, and its exit codes for an unknown key,
// a key that may read only part of the account, the leaked admin key and --practice.
#include "AccountReviewFixture.h"
#include "SessionPractice.h"
#include "cli/AuditCommand.h"
#include "cli/CommandLineApp.h"
#include "cli/CommandLineOptions.h"
#include "investigate/AccountReview.h"
#include "investigate/SendingVolume.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditCommand : public AccountReviewFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void auditCommandResultJson();
    void auditCommandExitCodes();

private:
    int runAudit(CommandLineOptions options);
};

void TestAuditCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditCommand::init()
{
    startPracticeServer();
}

void TestAuditCommand::cleanup()
{
    stopPracticeServer();
}

void TestAuditCommand::auditCommandResultJson()
{
    AccountReview* review = makeReview();
    const QDateTime start = seededAt().addDays(-14);
    QVERIFY(run(review, start));
    const QStringList problems{u"Could not read the IP allowlist. Try again."_s};
    const QJsonObject json = AuditCommand::resultJson(start, review->findings(), review->volume(), problems);
    QCOMPARE(json.value(u"incident_start"_s).toString(), start.toUTC().toString(Qt::ISODate));
    const QJsonArray findings = json.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), review->findings().size());
    QJsonObject attacker;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const QString& field : {u"kind"_s, u"severity"_s, u"region"_s, u"title"_s, u"detail"_s,
                                     u"advice"_s, u"object_id"_s, u"created_at"_s, u"key_id"_s})
            QVERIFY2(finding.contains(field), qPrintable(field));
        if (finding.value(u"kind"_s).toString() == u"recent-key"_s &&
            finding.value(u"key_id"_s).toString() == keyId(u"attacker"_s))
            attacker = finding;
    }
    QCOMPARE(findings.first().toObject().value(u"severity"_s).toString(), u"critical"_s);
    QCOMPARE(attacker.value(u"key_id"_s).toString(), keyId(u"attacker"_s));
    QCOMPARE(attacker.value(u"region"_s).toString(), u"us"_s);
    QVERIFY(QDateTime::fromString(attacker.value(u"created_at"_s).toString(), Qt::ISODate).isValid());
    const QJsonObject volume = json.value(u"volume"_s).toObject();
    const QJsonArray days = volume.value(u"days"_s).toArray();
    QCOMPARE(days.size(), 30);
    const QJsonObject lastDay = days.last().toObject();
    QCOMPARE(lastDay.value(u"date"_s).toString(), seededAt().toUTC().date().toString(Qt::ISODate));
    QVERIFY(lastDay.value(u"us"_s).toInteger() > lastDay.value(u"eu"_s).toInteger());
    QVERIFY(volume.value(u"typical_per_day"_s).toDouble() > 0);
    QVERIFY(QDateTime::fromString(volume.value(u"spike_start"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(!volume.value(u"spike_first_day"_s).toString().isEmpty());
    QCOMPARE(volume.value(u"spike_last_day"_s).toString(), lastDay.value(u"date"_s).toString());
    QCOMPARE(json.value(u"problems"_s).toArray(), QJsonArray::fromStringList(problems));
    // No secret of the account reaches the output.
    const QByteArray text = QJsonDocument(json).toJson();
    for (const QString& label : {u"admin-leaked"_s, u"attacker"_s, u"developer"_s, u"web"_s})
        QVERIFY(!text.contains(account().seededSecret(label).toUtf8()));

    const QString plain = AuditCommand::resultText(start, review->findings(), review->volume(), problems);
    QVERIFY(plain.contains(u"[CRITICAL]"_s));
    QVERIFY(plain.contains(u"<- spike"_s));
    QVERIFY(plain.contains(u"Could not read the IP allowlist"_s));
    QVERIFY(plain.indexOf(u"[CRITICAL]"_s) < plain.indexOf(u"[INFO]"_s));
    QCOMPARE(AuditCommand::volumeBars(review->volume()).count(u'\n'), 30);
}

int TestAuditCommand::runAudit(CommandLineOptions options)
{
    options.command = u"audit"_s;
    options.json = true;
    AuditCommand command(options);
    QSignalSpy finished(&command, &AuditCommand::finished);
    command.start();
    if (!finished.wait(60000))
        return -1;
    return finished.constFirst().constFirst().toInt();
}

void TestAuditCommand::auditCommandExitCodes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyFile = dir.filePath(u"key"_s);
    const auto writeKey = [&keyFile](const QString& key) {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(key.toUtf8());
    };
    CommandLineOptions options;
    options.endpoints = apiEndpointsOf(*m_server);
    options.keyFile = keyFile;
    options.incidentStart = seededAt().addDays(-14);

    // A key Mailgun does not know: 401 everywhere, nothing read.
    writeKey(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s);
    QCOMPARE(runAudit(options), int(ExitFailed));
    // A developer key: some parts refused, the review still ran.
    writeKey(account().seededSecret(u"developer"_s));
    QCOMPARE(runAudit(options), int(ExitDone));
    // The leaked admin key.
    writeKey(m_server->practiceKey());
    QCOMPARE(runAudit(options), int(ExitDone));
    // The practice account of its own.
    CommandLineOptions practice;
    practice.practice = true;
    QCOMPARE(runAudit(practice), int(ExitDone));
}

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
