// The real binary against a practice account the attacker wrote into (HostileAccount.h):
// `audit` prints every finding (a NUL in a route description cut the output short before),
// nothing a terminal would act on reaches stdout or stderr, the JSON output escapes it, and
// no credential of a webhook, archive or forwarding URL reaches the output, the journal or
// the report. `users` and the plan of `rotate-key` keep hostile names harmless too.
#include "CliProcess.h"
#include "HostileAccount.h"
#include "SessionPractice.h"
#include "practice/PracticeServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

} // namespace

class TestHostileAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void auditPrintsEveryFindingHarmlessly();
    void auditJsonEscapesAndMasks();
    void journalAndReportHoldNoCredential();
    void usersShowsHostileNamesHarmlessly();
    void rotateKeyPlanShowsEveryKey();

private:
    Run run(const QStringList& arguments);
    QByteArray journal() const;
    static void verifyNoSecret(const QByteArray& bytes, const char* where);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<PracticeServer> m_server;
};

void TestHostileAccount::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<PracticeServer>();
    QVERIFY(m_server->start());
    HostileAccount::seed(m_server->account());
}

void TestHostileAccount::cleanup()
{
    m_server.reset();
    m_home.reset();
}

Run TestHostileAccount::run(const QStringList& arguments)
{
    QProcessEnvironment environment = cliEnvironment(*m_home);
    environment.insert(u"MAILGUN_API_KEY"_s, m_server->practiceKey());
    const ApiEndpoints endpoints = apiEndpointsOf(*m_server);
    const QString start = m_server->account().now().addDays(-14).toUTC().toString(Qt::ISODate);
    return runCli(arguments + QStringList{u"--api-base-us"_s, endpoints.us.toString(), u"--api-base-eu"_s,
                                          endpoints.eu.toString(), u"--incident-start"_s, start},
                  environment);
}

QByteArray TestHostileAccount::journal() const
{
    QDirIterator it(m_home->filePath(u"data"_s), {u"journal*"_s}, QDir::Files, QDirIterator::Subdirectories);
    QByteArray all;
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestHostileAccount::verifyNoSecret(const QByteArray& bytes, const char* where)
{
    for (const QString& secret : HostileAccount::secrets)
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret + u" in "_s + QLatin1StringView(where)));
}

void TestHostileAccount::auditPrintsEveryFindingHarmlessly()
{
    const Run result = run({u"audit"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QString why;
    QVERIFY2(HostileAccount::terminalSafe(result.out, &why), qPrintable(why));
    QVERIFY2(HostileAccount::terminalSafe(result.err, &why), qPrintable(why));
    verifyNoSecret(result.out, "stdout");
    verifyNoSecret(result.err, "stderr");
    const QString text = QString::fromUtf8(result.out);
    // What was there is shown replaced, not silently dropped.
    QVERIFY2(text.contains(u"\u201cBackup\uFFFD\uFFFD[2J\uFFFD[H\uFFFDAll clear\uFFFDtxt.exe\u201d"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"forward(\"https://***@evil-relay.example.net/in?token=***&x=1\")"_s));
    QVERIFY(text.contains(u"to https://***@collector.example.org/h?api_key=***."_s));
    QVERIFY(
        text.contains(u"Subaccount \u201c<b>Billing</b>\uFFFD]0;pwned\uFFFD\uFFFDnotices\uFFFD\u201d"_s) ||
        text.contains(u"\u201c<b>Billing</b>\uFFFD]0;pwned\uFFFD\uFFFDnotices\uFFFD\u201d was created"_s));
    // Every finding after the route is there, down to the end of the output: the seeded
    // account's own findings (the unknown SMTP login, the IP allowlist, the spike) and the
    // sending chart that closes the review.
    QVERIFY(text.contains(u"mailer-7731"_s));
    QVERIFY(text.contains(u"Your account has no IP allowlist"_s));
    QVERIFY(text.contains(u"Messages sent per day"_s));
    static const QRegularExpression heading(u"^\\[(CRITICAL|HIGH|MEDIUM|LOW|INFO)\\] "_s,
                                            QRegularExpression::MultilineOption);
    qsizetype headings = 0;
    for (auto it = heading.globalMatch(text); it.hasNext(); it.next())
        ++headings;
    const Run json = run({u"audit"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(headings, QJsonDocument::fromJson(json.out).object().value(u"findings"_s).toArray().size());
    QVERIFY(headings >= 10);
}

void TestHostileAccount::auditJsonEscapesAndMasks()
{
    const Run result = run({u"audit"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QString why;
    QVERIFY2(HostileAccount::terminalSafe(result.out, &why), qPrintable(why));
    verifyNoSecret(result.out, "JSON");
    QJsonParseError error;
    const QJsonArray findings =
        QJsonDocument::fromJson(result.out, &error).object().value(u"findings"_s).toArray();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList objectIds;
    QString routeDetail;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        objectIds << finding.value(u"object_id"_s).toString();
        if (finding.value(u"detail"_s).toString().contains(u"evil-relay"_s))
            routeDetail = finding.value(u"detail"_s).toString();
    }
    QVERIFY(objectIds.contains(HostileAccount::maskedDomainWebhookUrl));
    QVERIFY2(routeDetail.contains(u"\u201cBackup\uFFFD\uFFFD[2J\uFFFD[H\uFFFDAll clear\uFFFDtxt.exe\u201d"_s),
             qPrintable(routeDetail));
    QVERIFY(routeDetail.contains(HostileAccount::maskedForwardUrl));
}

void TestHostileAccount::journalAndReportHoldNoCredential()
{
    const Run audit = run({u"audit"_s});
    QCOMPARE(audit.exitCode, 0);
    const QByteArray recorded = journal();
    QVERIFY(recorded.contains("finding"));
    verifyNoSecret(recorded, "journal");
    QVERIFY(recorded.contains(HostileAccount::maskedDomainWebhookUrl.toUtf8()));
    QVERIFY(recorded.contains(HostileAccount::maskedForwardUrl.toUtf8()));
    for (const QString& format : {u"md"_s, u"html"_s}) {
        const Run report = run({u"report"_s, u"--format"_s, format});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QString why;
        QVERIFY2(HostileAccount::terminalSafe(report.out, &why), qPrintable(why));
        verifyNoSecret(report.out, "report");
        QVERIFY2(report.out.contains("collector2.example.org/c?sig=***"), report.out.constData());
    }
}

void TestHostileAccount::usersShowsHostileNamesHarmlessly()
{
    const Run result = run({u"users"_s});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    QString why;
    QVERIFY2(HostileAccount::terminalSafe(result.out, &why), qPrintable(why));
    QVERIFY2(result.out.contains(u"Eve\uFFFD\uFFFD[1A\uFFFD[2KAdmin\uFFFDnimda"_s.toUtf8()),
             result.out.constData());
}

void TestHostileAccount::rotateKeyPlanShowsEveryKey()
{
    // Without --yes and without a terminal the plan is shown and nothing changes.
    const Run result = run({u"rotate-key"_s});
    QVERIFY(result.exitCode != 0);
    QString why;
    QVERIFY2(HostileAccount::terminalSafe(result.err, &why), qPrintable(why));
    QVERIFY(!m_server->account().keys().isEmpty());
    for (const PracticeKey& key : m_server->account().keys())
        QVERIFY2(result.err.contains(key.id.toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains("ops\xEF\xBF\xBD\xEF\xBF\xBD[2J\xEF\xBF\xBD"), result.err.constData());
    QVERIFY(result.err.contains("Nothing was changed"));
}

QTEST_GUILESS_MAIN(TestHostileAccount)
#include "tst_hostileaccount.moc"
