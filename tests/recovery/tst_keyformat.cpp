// The key field's check as the user types: what each shape of text is called.
#include "mailgun/KeyFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void keyIdIsTheTrailingPart();
    void everyShapeButEmptyHasAHint();
};

void TestKeyFormat::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("shape");
    using S = KeyFormat::Shape;
    const QString current = u"0123456789abcdef0123456789abcdef-0a1b2c3d-4e5f6a7b"_s;
    QTest::newRow("empty") << QString() << int(S::Empty);
    QTest::newRow("spaces only") << u"   "_s << int(S::Empty);
    QTest::newRow("current") << current << int(S::Current);
    QTest::newRow("current upper case") << current.toUpper() << int(S::Current);
    QTest::newRow("current with newline pasted") << current + u"\n"_s << int(S::Current);
    QTest::newRow("legacy") << u"key-0123456789abcdef0123456789abcdef"_s << int(S::Legacy);
    QTest::newRow("public") << u"pubkey-0123456789abcdef0123456789abcdef"_s << int(S::PublicKey);
    // Older keys are "key-" + 32 lower-case letters and digits, not only hex (Mailgun's older
    // documentation, trufflehog's detector): see KeyFormat.cpp.
    QTest::newRow("legacy letters and digits") << u"key-9t2mq7xk4w8c1zp6r3bn5vh0yd7fj2sl"_s << int(S::Legacy);
    QTest::newRow("legacy upper-case hex") << u"key-8E2F4A6C1B9D3E7F5A0C2B4D6E8F1A3C"_s << int(S::Legacy);
    QTest::newRow("public letters and digits")
        << u"pubkey-7w3k9p2m5x8c1v4b6n0q2r7t9y3h5j8d"_s << int(S::PublicKey);
    QTest::newRow("legacy upper-case letters")
        << u"key-9T2MQ7XK4W8C1ZP6R3BN5VH0YD7FJ2SL"_s << int(S::Unrecognised);
    QTest::newRow("legacy with a symbol")
        << u"key-9t2mq7xk4w8c1zp6r3bn5vh0yd7fj2s!"_s << int(S::Unrecognised);
    QTest::newRow("legacy letters, cut off") << u"key-9t2mq7xk4w8c1zp6r3bn"_s << int(S::Incomplete);
    QTest::newRow("space inside") << u"0123456789abcdef 0123456789abcdef-0a1b2c3d-4e5f6a7b"_s
                                  << int(S::HasWhitespace);
    QTest::newRow("half typed") << u"0123456789abcdef01"_s << int(S::Incomplete);
    QTest::newRow("cut off") << current.left(current.size() - 3) << int(S::Incomplete);
    QTest::newRow("legacy prefix") << u"key-01234"_s << int(S::Incomplete);
    QTest::newRow("too long") << current + u"0"_s << int(S::Unrecognised);
    QTest::newRow("not hex") << u"zzzz"_s << int(S::Unrecognised);
    QTest::newRow("password") << u"hunter2"_s << int(S::Unrecognised);
}

void TestKeyFormat::classify()
{
    QFETCH(QString, text);
    QFETCH(int, shape);
    QCOMPARE(int(KeyFormat::classify(text)), shape);
}

void TestKeyFormat::keyIdIsTheTrailingPart()
{
    QCOMPARE(KeyFormat::keyIdOf(u"0123456789abcdef0123456789abcdef-0a1b2c3d-4e5f6a7b"_s),
             u"0a1b2c3d-4e5f6a7b"_s);
    QCOMPARE(KeyFormat::keyIdOf(u"key-0123456789abcdef0123456789abcdef"_s), QString());
    QCOMPARE(KeyFormat::keyIdOf(u"nonsense"_s), QString());
}

void TestKeyFormat::everyShapeButEmptyHasAHint()
{
    QVERIFY(KeyFormat::hint(KeyFormat::Shape::Empty).isEmpty());
    for (int s = int(KeyFormat::Shape::Current); s <= int(KeyFormat::Shape::Unrecognised); ++s)
        QVERIFY(!KeyFormat::hint(KeyFormat::Shape(s)).isEmpty());
    QVERIFY(KeyFormat::isUsable(KeyFormat::Shape::Current));
    QVERIFY(KeyFormat::isUsable(KeyFormat::Shape::Legacy));
    QVERIFY(!KeyFormat::isUsable(KeyFormat::Shape::PublicKey));
}

QTEST_GUILESS_MAIN(TestKeyFormat)
#include "tst_keyformat.moc"
