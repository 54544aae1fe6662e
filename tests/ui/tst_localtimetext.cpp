// Issue 16: dates in the reader's locale, without seconds. Expected values are written out
// by hand from each locale's short format (Qt 6.4's CLDR data).
#include "LocalTimeText.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestLocalTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatHasNoSeconds_data();
    void formatHasNoSeconds();
    void clockTimeHasNoSeconds_data();
    void clockTimeHasNoSeconds();
};

void TestLocalTimeText::formatHasNoSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("format");
    QTest::newRow("C") << QLocale::c() << u"d MMM yyyy HH:mm"_s;
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << u"dd.MM.yy HH:mm"_s;
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"M/d/yy h:mm AP"_s;
}

void TestLocalTimeText::formatHasNoSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, format);
    QCOMPARE(LocalTimeText::dateTimeFormat(locale), format);
}

void TestLocalTimeText::clockTimeHasNoSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    QTest::newRow("C") << QLocale::c() << u"14:05"_s;
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << u"14:05"_s;
    QTest::newRow("it") << QLocale(QLocale::Italian, QLocale::Italy) << u"14:05"_s;
}

void TestLocalTimeText::clockTimeHasNoSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    const QDateTime local(QDate(2026, 12, 2), QTime(14, 5, 33), Qt::LocalTime);
    QCOMPARE(LocalTimeText::clockTime(local, locale), shown);
    QVERIFY(!LocalTimeText::dateTime(local, locale).contains(u"33"_s));
}

QTEST_APPLESS_MAIN(TestLocalTimeText)
#include "tst_localtimetext.moc"
