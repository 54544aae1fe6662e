// The wizard started with --api-base (or any address that is not Mailgun's) names that
// address in a banner on every page, as plain text.
#include "RecoveryWizard.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString withoutBreaks(QString text)
{
    return text.remove(QChar(0x200B));
}

} // namespace

class TestServerBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailgunHasNoBanner_data();
    void mailgunHasNoBanner();
    void apiBaseIsNamed();
    void twoAddressesAreNamed();
    void bannerStaysOnEveryPage();
};

void TestServerBanner::mailgunHasNoBanner_data()
{
    QTest::addColumn<QString>("us");
    QTest::addColumn<QString>("eu");
    QTest::newRow("production") << u"https://api.mailgun.net"_s << u"https://api.eu.mailgun.net"_s;
    QTest::newRow("trailing slash") << u"https://api.mailgun.net/"_s << u"https://API.EU.mailgun.net:443/"_s;
}

void TestServerBanner::mailgunHasNoBanner()
{
    QFETCH(QString, us);
    QFETCH(QString, eu);
    Journal journal{QString()};
    RecoverySession session(&journal, ApiEndpoints{QUrl(us), QUrl(eu)});
    RecoveryWizard wizard(&session);
    QVERIFY(!wizard.serverBanner()->isVisibleTo(&wizard));
}

void TestServerBanner::apiBaseIsNamed()
{
    Journal journal{QString()};
    RecoverySession session(&journal,
                            ApiEndpoints::both(QUrl(u"https://mailgun-api.example.net:8443/v3/"_s)));
    RecoveryWizard wizard(&session);
    QLabel* banner = wizard.serverBanner();
    QVERIFY(banner->isVisibleTo(&wizard));
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    QCOMPARE(withoutBreaks(banner->text()),
             u"Not Mailgun: this assistant sends your API key and every request to "
             "https://mailgun-api.example.net:8443/v3/. Close it unless you chose this address yourself."_s);
    QCOMPARE(banner->accessibleName(), withoutBreaks(banner->text()));
}

void TestServerBanner::twoAddressesAreNamed()
{
    Journal journal{QString()};
    // A look-alike host and a password in the address: the password is never shown.
    RecoverySession session(&journal, ApiEndpoints{QUrl(u"https://api.mailgun.net.example.org"_s),
                                                   QUrl(u"https://user:hunter2@api.eu.mailgun.net"_s)});
    RecoveryWizard wizard(&session);
    QLabel* banner = wizard.serverBanner();
    QVERIFY(banner->isVisibleTo(&wizard));
    QCOMPARE(withoutBreaks(banner->text()),
             u"Not Mailgun: this assistant sends your API key and every request to "
             "https://api.mailgun.net.example.org (US) and https://user@api.eu.mailgun.net (EU). Close it "
             "unless you chose these addresses yourself."_s);
}

void TestServerBanner::bannerStaysOnEveryPage()
{
    Journal journal{QString()};
    RecoverySession session(&journal, ApiEndpoints::both(QUrl(u"http://127.0.0.1:8025"_s)));
    RecoveryWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (const int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QCOMPARE(wizard.currentId(), id);
        QVERIFY(wizard.serverBanner()->isVisible());
        QVERIFY(withoutBreaks(wizard.serverBanner()->text()).contains(u"http://127.0.0.1:8025"_s));
    }
}

QTEST_MAIN(TestServerBanner)
#include "tst_serverbanner.moc"
