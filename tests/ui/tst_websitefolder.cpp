// Issue 18 in the wizard: the website tab's "Folder of your website" field leads the same
// probe into the folder the admin names (the command line's --folder), a key found there is
// shown masked with what the file looked like, and a folder that is not one is explained
// before anything is sent.
#include "../investigate/StaticSite.h"
#include "FindingsTable.h"
#include "InvestigatePanel.h"
#include "WebsiteProbePanel.h"
#include "WizardHarness.h"
#include "recovery/RecordedFindings.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWebsiteFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void folderFieldLeadsTheProbeIntoTheFolder();
    void folderThatIsNotOneIsExplained();

private:
    std::unique_ptr<WizardHarness> m_h;
};

void TestWebsiteFolder::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestWebsiteFolder::cleanup()
{
    m_h.reset();
}

void TestWebsiteFolder::folderFieldLeadsTheProbeIntoTheFolder()
{
    // A synthetic key, in a copied .env saved under a wp-config.php backup name in /shop/.
    const QString key = u"0f1e2d3c4b5a69788796a5b4c3d2e1f0-1a2b3c4d-5e6f7a8b"_s;
    StaticSite site;
    QVERIFY(site.listen());
    site.serve("/shop/wp-config.php.bak", "text/plain",
               "APP_NAME=Shop\nMAILGUN_DOMAIN=mg.shop.example\nMAILGUN_SECRET=" + key.toLatin1() + "\n");

    InvestigatePanel investigate(m_h->session.get());
    investigate.reset();
    WebsiteProbePanel* probe = investigate.websiteProbe();
    probe->setRequestsPerSecond(500); // a loopback test site; the real default is gentle
    probe->setAddresses(site.url().toString());
    auto* folder = investigate.findChild<QLineEdit*>(u"websiteFolderEdit"_s);
    QVERIFY(folder);
    QVERIFY(folder->isEnabled());
    QTest::keyClicks(folder, u"/shop/"_s);
    probe->setOwnershipConfirmed(true);
    probe->startProbe();
    QVERIFY(probe->isRunning());
    QVERIFY(!folder->isEnabled()); // not changed while the check runs
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isRunning(), 60000);
    QVERIFY(folder->isEnabled());

    QCOMPARE(site.requestsFor("/shop/wp-config.php.bak"), 1);
    QCOMPARE(site.requestsFor("/shop/.env"), 1);
    QCOMPARE(int(site.requests().size()), 3 + 131 + 1);
    const QList<FindingRecord> rows = probe->table()->findings();
    QCOMPARE(rows.size(), 2); // the file and the key in it
    QCOMPARE(rows.at(0).kind, u"key-in-file"_s);
    QCOMPARE(rows.at(0).location, site.url().toString() + u"shop/wp-config.php.bak"_s);
    QVERIFY2(rows.at(0).advice.contains(u"Its content looks like a settings file (.env)."_s),
             qPrintable(rows.at(0).advice));
    QCOMPARE(rows.at(1).kind, u"api-key"_s);
    QCOMPARE(rows.at(1).masked, Secret::mask(key));
    // Kept for the report, masked, like every other finding of the website check.
    const QList<FindingRecord> recorded = RecordedFindings::all(m_h->session->journal());
    QCOMPARE(recorded.size(), 2);
    for (const FindingRecord& record : recorded)
        QVERIFY(!record.masked.contains(key));

    const QString buildDir = qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath());
    QDir shots(buildDir + u"/screenshots"_s);
    QVERIFY(shots.mkpath(u"."_s));
    investigate.resize(1000, 700);
    QVERIFY(probe->grab().toImage().save(shots.filePath(u"step1-website-folder.png"_s)));
}

void TestWebsiteFolder::folderThatIsNotOneIsExplained()
{
    StaticSite site;
    QVERIFY(site.listen());
    InvestigatePanel investigate(m_h->session.get());
    investigate.reset();
    WebsiteProbePanel* probe = investigate.websiteProbe();
    probe->setAddresses(site.url().toString());
    probe->setFolder(u"../private"_s);
    probe->setOwnershipConfirmed(true);
    probe->startProbe();
    QVERIFY(!probe->isRunning());
    const QString status = investigate.findChild<QLabel*>(u"probeStatus"_s)->text();
    QCOMPARE(status, u"\"../private\" is not a folder inside your website. Give the folder's name as it "
                     "appears in the address, such as shop."_s);
    QVERIFY(site.requests().isEmpty());
    QVERIFY(probe->table()->findings().isEmpty());
}

QTEST_MAIN(TestWebsiteFolder)
#include "tst_websitefolder.moc"
