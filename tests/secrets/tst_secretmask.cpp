// What the masked form of a secret shows: enough to tell two keys apart, never more than a
// third of the value, so a short password is not half given away.
#include "secrets/Secret.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortValues_data();
    void shortValues();
    void keysShowFourEachSide();
    void neverMoreThanAThird();
};

void TestSecretMask::shortValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("1") << u"a"_s << u"•"_s;
    QTest::newRow("2") << u"ab"_s << u"••"_s;
    QTest::newRow("3") << u"abc"_s << u"•••"_s;
    QTest::newRow("4") << u"abcd"_s << u"••••"_s;
    QTest::newRow("5") << u"abcde"_s << u"•••••"_s;
    QTest::newRow("6") << u"abcdef"_s << u"a…f"_s;
    QTest::newRow("7") << u"abcdefg"_s << u"a…g"_s;
    QTest::newRow("8") << u"abcdefgh"_s << u"a…h"_s;
    QTest::newRow("9") << u"abcdefghi"_s << u"ab…i"_s;
    QTest::newRow("10") << u"abcdefghij"_s << u"ab…j"_s;
    QTest::newRow("11") << u"abcdefghijk"_s << u"ab…k"_s;
    QTest::newRow("12") << u"abcdefghijkl"_s << u"ab…kl"_s;
    QTest::newRow("15") << u"abcdefghijklmno"_s << u"abc…no"_s;
    QTest::newRow("24") << u"abcdefghijklmnopqrstuvwx"_s << u"abcd…uvwx"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSecretMask::shortValues()
{
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(Secret::mask(value), masked);
    QCOMPARE(Secret(value).masked(), masked);
}

void TestSecretMask::keysShowFourEachSide()
{
    // Synthetic values of the real lengths: a legacy key (36) and a current key (50).
    QCOMPARE(Secret::mask(u"key-0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s), u"key-…e1f0"_s);
    QCOMPARE(Secret::mask(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s), u"0123…cdef"_s);
    // An SMTP password as Mailgun generates it (about 32 characters).
    QCOMPARE(Secret::mask(u"Zq7wLm2Xc9Vb4Nn8Kk3Jj6Hh1Gg5Ff0T"_s), u"Zq7w…Ff0T"_s);
}

void TestSecretMask::neverMoreThanAThird()
{
    const QString source = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    for (qsizetype length = 1; length <= source.size(); ++length) {
        const QString masked = Secret::mask(source.left(length));
        qsizetype shown = 0;
        for (const QChar c : masked)
            shown += (c != u'•' && c != u'…') ? 1 : 0;
        QVERIFY2(shown * 3 <= length, qPrintable(u"%1 characters show %2"_s.arg(length).arg(shown)));
    }
}

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secretmask.moc"
