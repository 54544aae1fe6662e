// The wizard and the command line run the same step 1 controller and write the same journal:
// the same folder scan and account review of one practice account, once through the real
// `mailgun-recovery` binary (its journal on disk, in a throw-away data folder) and once
// through the real wizard (its journal in memory), must leave the same findings, with the
// same matches of found keys to the account's key ids.
#include "AccountReviewPanel.h"
#include "FolderScanPanel.h"
#include "InvestigatePanel.h"
#include "WizardHarness.h"
#include "WizardPageId.h"
#include "investigate/FindingRecord.h"
#include "practice/PracticeAccount.h"
#include "recovery/RecordedFindings.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What two runs must agree on; the wording of titles and advice may come from either.
QStringList comparable(const QList<FindingRecord>& findings)
{
    QStringList lines;
    for (const FindingRecord& finding : findings)
        lines << finding.identity() + u"|key="_s + finding.keyId + u"|match="_s + finding.match + u"|"_s +
                     finding.severity;
    lines.sort();
    return lines;
}

} // namespace

class TestFrontendsAgree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scanAndReviewLeaveTheSameJournal();

private:
    // Runs the binary with the event loop running, so the practice server in this process answers.
    int runCommand(const QStringList& arguments, QByteArray* err);
    QList<FindingRecord> commandLineFindings() const;
    void writeLeakySite();

    std::unique_ptr<WizardHarness> m_h;
    QTemporaryDir m_data; // the command line's HOME and data folder
    QTemporaryDir m_site; // the folder both front ends scan
    const QString m_incidentStart = u"2026-11-01T00:00:00Z"_s;
};

void TestFrontendsAgree::init()
{
    QVERIFY(m_data.isValid());
    QVERIFY(m_site.isValid());
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    writeLeakySite();
}

void TestFrontendsAgree::cleanup()
{
    m_h.reset();
}

void TestFrontendsAgree::writeLeakySite()
{
    // The leaked admin key and the shop's sending key, both keys of the account.
    QString leaked;
    QString sending;
    for (const PracticeKey& key : m_h->server.account().keys()) {
        if (key.kind == u"domain"_s)
            sending = key.secret;
        else if (key.secret == m_h->server.account().seededSecret(u"admin-leaked"_s))
            leaked = key.secret;
    }
    QVERIFY(!leaked.isEmpty());
    QVERIFY(!sending.isEmpty());
    QDir(m_site.path()).mkpath(u"public"_s);
    QFile env(m_site.filePath(u"public/.env"_s));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("APP_DEBUG=true\nMAILGUN_SECRET=" + leaked.toUtf8() + "\n");
    env.close();
    QFile config(m_site.filePath(u"config.php"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<?php\n$mailgun_key = '" + sending.toUtf8() + "';\n");
    config.close();
}

int TestFrontendsAgree::runCommand(const QStringList& arguments, QByteArray* err)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_data.path());
    environment.insert(u"XDG_DATA_HOME"_s, m_data.filePath(u"data"_s));
    environment.insert(u"MAILGUN_API_KEY"_s, m_h->server.practiceKey());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    const ApiEndpoints endpoints = apiEndpointsOf(m_h->server);
    process.start(QStringLiteral(MRA_BINARY),
                  arguments + QStringList{u"--api-base-us"_s, endpoints.us.toString(), u"--api-base-eu"_s,
                                          endpoints.eu.toString(), u"--incident-start"_s, m_incidentStart});
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QList<FindingRecord> TestFrontendsAgree::commandLineFindings() const
{
    QDirIterator it(m_data.path(), {u"journal.jsonl"_s}, QDir::Files, QDirIterator::Subdirectories);
    if (!it.hasNext())
        return {};
    QFile file(it.next());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<FindingRecord> findings;
    // Read as an outsider would: one JSON object a line, after the header line.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(u"type"_s).toString() == u"finding"_s)
            findings << FindingRecord::fromJson(object.value(u"data"_s).toObject());
    }
    return findings;
}

void TestFrontendsAgree::scanAndReviewLeaveTheSameJournal()
{
    // The command line: a scan, then the account review, as a helpdesk would run them.
    QByteArray err;
    QCOMPARE(runCommand({u"scan"_s, m_site.path()}, &err), 0);
    QVERIFY2(err.isEmpty() || !err.contains("could not be saved"), err.constData());
    QCOMPARE(runCommand({u"audit"_s}, &err), 0);
    const QList<FindingRecord> fromCommandLine = commandLineFindings();
    QVERIFY(!fromCommandLine.isEmpty());

    // The wizard: the same account, the same incident start, the same folder.
    m_h->session->setIncidentStart(QDateTime::fromString(m_incidentStart, Qt::ISODate));
    m_h->clickNext();
    m_h->find<QLineEdit>(u"connectKeyEdit"_s)->setText(m_h->server.practiceKey());
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->nextEnabled(), 30000);
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
    auto* panel = m_h->find<InvestigatePanel>(u"investigatePanel"_s);
    QVERIFY(panel);
    panel->tabs()->setCurrentIndex(0);
    panel->folderScan()->addFolder(m_site.path());
    m_h->click(m_h->find<QPushButton>(u"startScanButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->folderScan()->isRunning(), 60000);
    panel->tabs()->setCurrentIndex(2);
    m_h->click(m_h->find<QPushButton>(u"startReviewButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->accountReview()->isRunning(), 60000);
    const QList<FindingRecord> fromWizard = RecordedFindings::all(m_h->session->journal());

    // Both found the leaked keys as keys of this account (the shop's as its domain's sending key,
    // docs/mailgun-behaviour.md point 2), and agree on everything else.
    const QStringList wizardLines = comparable(fromWizard);
    QVERIFY(std::any_of(wizardLines.cbegin(), wizardLines.cend(),
                        [](const QString& line) { return line.contains(u"match=sending-key"_s); }));
    QCOMPARE(comparable(fromCommandLine), wizardLines);
}

QTEST_MAIN(TestFrontendsAgree)
#include "tst_frontendsagree.moc"
