// Step 1's automatic mode in the real wizard, against the practice account: the folder scan
// finds a key of the account and step 2 then proposes deleting it; the website probe finds
// the exposed files of a loopback website; the account review finds the intruder's work and
// draws the sending spike; without the API, files and website still work.
#include "../investigate/TestWebsite.h"
#include "AccountReviewPanel.h"
#include "AccountSummaryView.h"
#include "FindingsTable.h"
#include "FolderScanPanel.h"
#include "IncidentStartEdit.h"
#include "InvestigatePage.h"
#include "InvestigatePanel.h"
#include "SendingChart.h"
#include "WebsiteProbePanel.h"
#include "WizardHarness.h"
#include "identity/Translations.h"
#include "practice/PracticeAccount.h"
#include "recovery/RecordedFindings.h"
#include "report/MarkdownReportWriter.h"
#include "report/SupportReport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInvestigatePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanFindsAnAccountKeyAndStepTwoProposesIt();
    void probeFindsTheExposedFilesOfAWebsite();
    void reviewFindsTheIntrudersWorkAndTheSpike();
    void removesTheCatchAllRouteAndRecordsWhatItDid();
    void withoutTheApiFilesAndWebsiteStillWork();

private:
    void connectPracticeAndOpenPage();
    InvestigatePanel* panel() const;
    PracticeAccount& account() const { return m_h->practiceServer()->account(); }
    QString journalText() const;
    void render(const QString& name);

    QDir m_dir;
    std::unique_ptr<WizardHarness> m_h;
};

void TestInvestigatePage::initTestCase()
{
    QVERIFY(Translations::use(u"en"_s)); // as the program does: English plural forms, "27 hours"
    const QString buildDir = qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath());
    m_dir = QDir(buildDir + u"/screenshots"_s);
    QVERIFY(m_dir.mkpath(u"."_s));
}

void TestInvestigatePage::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestInvestigatePage::cleanup()
{
    m_h.reset();
}

void TestInvestigatePage::render(const QString& name)
{
    settleLayouts();
    QVERIFY(m_h->wizard->grab().toImage().save(m_dir.filePath(name + u".png"_s)));
}

InvestigatePanel* TestInvestigatePage::panel() const
{
    return m_h->find<InvestigatePanel>(u"investigatePanel"_s);
}

QString TestInvestigatePage::journalText() const
{
    QString text;
    for (const Journal::Entry& entry : m_h->session->journal()->entries())
        text += QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact)) + u'\n';
    return text;
}

void TestInvestigatePage::connectPracticeAndOpenPage()
{
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QTRY_VERIFY(m_h->nextEnabled());
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
    QVERIFY(panel());
    QVERIFY(panel()->isVisible());
}

void TestInvestigatePage::scanFindsAnAccountKeyAndStepTwoProposesIt()
{
    connectPracticeAndOpenPage();
    // The shop's sending key, written into a website's .env: step 2 would normally keep it.
    QString sendingSecret;
    QString sendingId;
    for (const PracticeKey& key : account().keys()) {
        if (key.kind == u"domain"_s) {
            sendingSecret = key.secret;
            sendingId = key.id;
        }
    }
    QVERIFY(!sendingSecret.isEmpty());
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QDir(site.path()).mkpath(u"public"_s);
    QFile env(site.filePath(u"public/.env"_s));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write(
        "APP_NAME=Shop\nAPP_DEBUG=true\nMAIL_MAILER=mailgun\nMAILGUN_DOMAIN=mg.example.com\nMAILGUN_SECRET=" +
        sendingSecret.toUtf8() + "\n");
    env.close();

    FolderScanPanel* scan = panel()->folderScan();
    panel()->tabs()->setCurrentIndex(0);
    scan->addFolder(site.path());
    m_h->click(m_h->find<QPushButton>(u"startScanButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!scan->isRunning(), 30000);

    const QList<FindingRecord>& rows = scan->table()->findings();
    QVERIFY2(rows.size() >= 2, qPrintable(QString::number(rows.size())));
    const auto keyRow = std::find_if(rows.cbegin(), rows.cend(),
                                     [](const FindingRecord& row) { return row.kind == u"api-key"_s; });
    QVERIFY(keyRow != rows.cend());
    QCOMPARE(keyRow->keyId, sendingId);
    QCOMPARE(keyRow->match, u"sending-key"_s); // its tail is the domain's sending key (point 2)
    QVERIFY(!keyRow->masked.contains(sendingSecret));
    QVERIFY(panel()->tabs()->tabText(0).contains(QString::number(rows.size())));
    render(u"step1-folder-scan"_s);
    QVERIFY(scan->grab().toImage().save(m_dir.filePath(u"step1-folder-scan-panel.png"_s)));

    // Recorded once, masked, for the report; the secret itself never reaches the journal.
    const QList<FindingRecord> recorded = RecordedFindings::all(m_h->session->journal());
    QCOMPARE(recorded.size(), rows.size());
    QVERIFY(!journalText().contains(sendingSecret));
    // Held in memory for step 2's re-test after the deletes: a sending key, not tested by a read.
    QCOMPARE(m_h->session->foundKeys().size(), 1);
    QCOMPARE(m_h->session->foundKeys().constFirst().keyId, sendingId);
    QCOMPARE(m_h->session->foundKeys().constFirst().origin, u"found"_s);
    QVERIFY(m_h->session->foundKeys().constFirst().sendingKey);

    // Step 2 proposes deleting the found key and says why.
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::ApiKey));
    auto* show = m_h->find<QPushButton>(u"apiKeyShowKeysButton"_s);
    QVERIFY(show && show->isVisible());
    m_h->click(show);
    QTableView* keys = m_h->find<QTableView>(u"apiKeyPlanTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(keys->isVisible() && keys->model()->rowCount() > 0, 30000);
    bool found = false;
    for (int row = 0; row < keys->model()->rowCount(); ++row) {
        const QString text = [&] {
            QString all;
            for (int column = 0; column < keys->model()->columnCount(); ++column)
                all += keys->model()->index(row, column).data().toString() + u'|';
            return all;
        }();
        if (!text.contains(u"Shop order confirmations"_s))
            continue;
        found = true;
        QVERIFY2(text.contains(u"found exposed in step 1"_s), qPrintable(text));
        QCOMPARE(keys->model()->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }
    QVERIFY(found);
    render(u"step2-key-found-in-step1"_s);
}

void TestInvestigatePage::probeFindsTheExposedFilesOfAWebsite()
{
    TestWebsite site(TestWebsite::Mode::Exposed);
    QVERIFY(site.listen());
    connectPracticeAndOpenPage();
    panel()->tabs()->setCurrentIndex(1);
    WebsiteProbePanel* probe = panel()->websiteProbe();
    probe->setRequestsPerSecond(200); // a loopback test site; the real default is gentle
    probe->setAddresses(site.url().toString());
    QPushButton* start = m_h->find<QPushButton>(u"startProbeButton"_s);
    QVERIFY(!start->isEnabled()); // not before the admin says the site is theirs
    probe->setOwnershipConfirmed(true);
    QVERIFY(start->isEnabled());
    m_h->click(start);
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isRunning(), 60000);

    QSet<QString> kinds;
    for (const FindingRecord& row : probe->table()->findings()) {
        kinds.insert(row.kind);
        QVERIFY(!row.masked.contains(site.accountKey()));
    }
    for (const QString& expected : TestWebsite::exposedTargets())
        QVERIFY2(kinds.contains(expected), qPrintable(expected));
    QVERIFY(kinds.contains(u"api-key"_s)); // the key inside the public .env
    const QString status = m_h->find<QLabel>(u"probeStatus"_s)->text();
    QVERIFY2(status.contains(u"Files anyone can open: %1."_s.arg(TestWebsite::exposedTargets().size())),
             qPrintable(status));
    QVERIFY(panel()->tabs()->tabText(1).contains(QString::number(probe->table()->findings().size())));
    render(u"step1-website-probe"_s);
    QVERIFY(probe->grab().toImage().save(m_dir.filePath(u"step1-website-probe-panel.png"_s)));

    // Each finding is kept for the report, masked; every request was a GET.
    const QList<FindingRecord> recorded = RecordedFindings::all(m_h->session->journal());
    QCOMPARE(recorded.size(), probe->table()->findings().size());
    QVERIFY(!journalText().contains(site.accountKey()));
    QVERIFY(!journalText().contains(site.smtpPassword()));
    for (const TestWebsite::Request& request : site.requests())
        QCOMPARE(request.method, QByteArray("GET"));
    // Something was found, so the website item stays for the admin to tick after fixing it.
    QVERIFY(!m_h->session->isItemConfirmed(RecoveryStep::Investigate, u"investigate-website-files"_s));
}

void TestInvestigatePage::reviewFindsTheIntrudersWorkAndTheSpike()
{
    connectPracticeAndOpenPage();
    AccountReviewPanel* review = panel()->accountReview();
    panel()->tabs()->setCurrentIndex(2);
    QPushButton* start = m_h->find<QPushButton>(u"startReviewButton"_s);
    QVERIFY(start->isEnabled());
    m_h->click(start);
    QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 60000);

    QStringList kinds;
    for (const FindingRecord& row : review->table()->findings())
        kinds << row.kind;
    for (const QString& expected :
         {u"recent-key"_s, u"recent-smtp-login"_s, u"catch-all-route"_s, u"unknown-webhook"_s,
          u"archive-to"_s, u"subaccount"_s, u"sending-spike"_s})
        QVERIFY2(kinds.contains(expected), qPrintable(expected + u" not in "_s + kinds.join(u", "_s)));

    SendingChart* chart = review->chart();
    QVERIFY(chart->isVisible());
    QCOMPARE(chart->volume().days.size(), 30);
    QVERIFY(chart->volume().hasSpike());
    // The chart is drawn: the spike's colour is on it.
    const QImage image = chart->grab().toImage();
    bool red = false;
    for (int y = 0; y < image.height() && !red; y += 2) {
        for (int x = 0; x < image.width() && !red; x += 2)
            red = image.pixelColor(x, y) == QColor(0xd9, 0x48, 0x3b);
    }
    QVERIFY(red);

    // The items the review proves are ticked; forwarding was found, so that one stays open.
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::Investigate, u"investigate-api-keys"_s));
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::Investigate, u"investigate-smtp-logins"_s));
    QVERIFY(!m_h->session->isItemConfirmed(RecoveryStep::Investigate, u"investigate-routes-webhooks"_s));
    render(u"step1-account-review"_s);
    QVERIFY(review->grab().toImage().save(m_dir.filePath(u"step1-account-review-panel.png"_s)));

    // The spike suggests when the trouble started; one click takes it.
    QPushButton* useSpike = m_h->find<QPushButton>(u"useSpikeStartButton"_s);
    QVERIFY(useSpike->isVisible());
    m_h->click(useSpike);
    const QDateTime spikeStart = chart->volume().spikeStart;
    QCOMPARE(m_h->session->incidentStart(), spikeStart.toUTC());
    QVERIFY(std::abs(spikeStart.secsTo(account().seededAt().addSecs(-40 * 3600))) <= 2 * 3600);

    // Every finding is in the journal, for the report; the attacker's key is flagged for step 2.
    QCOMPARE(RecordedFindings::all(m_h->session->journal()).size(), review->table()->findings().size());
    QString attackerId;
    for (const PracticeKey& key : account().keys()) {
        if (key.requestor == u"mailops.backup@proton.me"_s)
            attackerId = key.id;
    }
    QVERIFY(RecordedFindings::flaggedKeys(m_h->session->journal()).value(attackerId).suspicious);
}

void TestInvestigatePage::removesTheCatchAllRouteAndRecordsWhatItDid()
{
    connectPracticeAndOpenPage();
    AccountReviewPanel* review = panel()->accountReview();
    panel()->tabs()->setCurrentIndex(2);
    m_h->click(m_h->find<QPushButton>(u"startReviewButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 60000);

    QPushButton* remove = m_h->find<QPushButton>(u"removeFindingButton"_s);
    QVERIFY(remove->isVisible());
    FindingsTable* table = review->table();
    // The most serious finding is selected at first and written out in full below the table.
    QVERIFY(table->selectedFinding());
    QCOMPARE(table->selectedFinding()->identity(), table->findings().first().identity());
    // In the practice account that is the newest key made after the incident started: the
    // forged "deploy" key, 27 hours old.
    QCOMPARE(table->selectedFinding()->kind, u"recent-key"_s);
    const QString details = m_h->find<QLabel>(u"reviewFindingsTableDetails"_s)->text();
    QVERIFY2(details.contains(u"Someone made an API key 27 hours ago, after the incident started"_s) &&
                 details.contains(
                     u"Unless you made it yourself after the incident started, delete it in step 2."_s),
             qPrintable(details));
    table->clearSelection();
    QVERIFY(!remove->isEnabled());
    const auto rowOf = [table](const QString& kind) {
        for (int row = 0; row < table->findings().size(); ++row) {
            if (table->findings().at(row).kind == kind)
                return row;
        }
        return -1;
    };
    // A finding the program cannot remove (the subaccount) says so.
    table->selectRow(rowOf(u"subaccount"_s));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!m_h->find<QLabel>(u"removeFindingHint"_s)->text().isEmpty());

    const int catchAll = rowOf(u"catch-all-route"_s);
    QVERIFY(catchAll >= 0);
    table->selectRow(catchAll);
    QVERIFY(remove->isEnabled());

    // Declined: nothing changes.
    const qsizetype routesBefore = account().region(PracticeRegion::Us).routes.size();
    MessageBox::answerNext(false);
    m_h->click(remove);
    QCOMPARE(MessageBox::shownCount(), 1);
    const MessageBox::Shown asked = MessageBox::lastShown();
    QVERIFY2(asked.text.contains(u"catch_all()"_s), qPrintable(asked.text));
    QCOMPARE(asked.acceptButton, u"Remove it"_s);
    QCOMPARE(asked.rejectButton, u"Keep it"_s);
    QCOMPARE(asked.defaultButton, u"Keep it"_s);
    QCOMPARE(account().region(PracticeRegion::Us).routes.size(), routesBefore);

    MessageBox::answerNext(true);
    m_h->click(remove);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!review->isRemoving(), 30000);
    QCOMPARE(account().region(PracticeRegion::Us).routes.size(), routesBefore - 1);
    for (const PracticeRoute& route : account().region(PracticeRegion::Us).routes)
        QVERIFY(route.expression != u"catch_all()"_s);
    QVERIFY(m_h->nextEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(table->model()
                ->index(catchAll, FindingsTable::SeverityColumn)
                .data()
                .toString()
                .contains(u"Removed"_s));
    QCOMPARE(m_h->find<QLabel>(u"removeFindingHint"_s)->text(),
             u"The route is deleted. Read back from Mailgun: the route is gone."_s);

    // What the route did is written down, so it could be set up again.
    bool recorded = false;
    for (const Journal::Entry& entry : m_h->session->journal()->entries()) {
        if (entry.type != u"route-deleted"_s)
            continue;
        recorded = true;
        const QJsonObject route = entry.data.value(u"route"_s).toObject();
        QCOMPARE(route.value(u"expression"_s).toString(), u"catch_all()"_s);
        QVERIFY(
            route.value(u"actions"_s).toArray().first().toString().contains(u"inbox-backup.example.net"_s));
    }
    QVERIFY(recorded);
    render(u"step1-route-removed"_s);

    // The report of step 6 lists the removal with what the route did, and the findings.
    const SupportReport report =
        SupportReport::build(m_h->session->journal()->entries(), m_h->session->incidentStart());
    const QString markdown = MarkdownReportWriter::write(report);
    QVERIFY2(markdown.contains(u"Removed the route"_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"catch\\_all()"_s) || markdown.contains(u"catch_all()"_s));
    QVERIFY(markdown.contains(u"mailops.backup@proton.me"_s));
}

void TestInvestigatePage::withoutTheApiFilesAndWebsiteStillWork()
{
    // Not connected: the review explains why it cannot run; folders and website need no key.
    InvestigatePanel standalone(m_h->session.get());
    standalone.reset();
    QVERIFY(!standalone.findChild<QPushButton*>(u"startReviewButton"_s)->isEnabled());
    QVERIFY(standalone.findChild<QLabel*>(u"accountReviewIntro"_s)->text().contains(u"Connect"_s));

    QTemporaryDir site;
    QVERIFY(site.isValid());
    QFile info(site.filePath(u"info.php"_s));
    QVERIFY(info.open(QIODevice::WriteOnly));
    info.write("<?php phpinfo(); ?>\n");
    info.close();
    standalone.folderScan()->addFolder(site.path());
    standalone.folderScan()->startScan();
    QTRY_VERIFY_WITH_TIMEOUT(!standalone.folderScan()->isRunning(), 30000);
    QCOMPARE(standalone.folderScan()->table()->findings().size(), 1);
    QCOMPARE(standalone.folderScan()->table()->findings().first().kind, u"phpinfo-page"_s);

    // The website check waits for the promise that the site is the admin's own.
    WebsiteProbePanel* probe = standalone.websiteProbe();
    probe->setAddresses(u"127.0.0.1:9"_s);
    QVERIFY(!standalone.findChild<QPushButton*>(u"startProbeButton"_s)->isEnabled());
    probe->setOwnershipConfirmed(true);
    QVERIFY(standalone.findChild<QPushButton*>(u"startProbeButton"_s)->isEnabled());

    // Something that is not a website address is explained, and nothing runs.
    probe->setAddresses(u"ftp://files.example.com"_s);
    probe->startProbe();
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isRunning(), 10000);
    QVERIFY2(standalone.findChild<QLabel*>(u"probeStatus"_s)->text().contains(u"website address"_s),
             qPrintable(standalone.findChild<QLabel*>(u"probeStatus"_s)->text()));
    QVERIFY(probe->table()->findings().isEmpty());
}

QTEST_MAIN(TestInvestigatePage)
#include "tst_investigatepage.moc"
