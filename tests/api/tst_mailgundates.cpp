#include "mailgun/api/MailgunDates.h"

#include <QJsonValue>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MailgunDates::Format)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestMailgunDates : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void nullAndNonStringJsonAreInvalid();
    void rfc2822IsEnglishAndUtcWhateverTheLocale();
    void rfc2822RoundTrips();
    void toJsonIsIsoUtcOrNull();
};

void TestMailgunDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MailgunDates::Format>("format");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be rejected

    using F = MailgunDates::Format;
    const QDateTime invalid;

    // Keys: ISO without a zone means UTC.
    QTest::newRow("keys iso") << u"2026-01-23T10:16:00"_s << F::IsoUtc << utc(2026, 1, 23, 10, 16, 0);
    QTest::newRow("keys spec example") << u"2006-01-02T15:04:05"_s << F::IsoUtc << utc(2006, 1, 2, 15, 4, 5);
    // Users: microseconds, cut to milliseconds.
    QTest::newRow("users micros") << u"2022-12-20T16:52:01.892000"_s << F::IsoUtc
                                  << utc(2022, 12, 20, 16, 52, 1, 892);
    QTest::newRow("users micros truncated")
        << u"2022-12-20T16:52:01.123999"_s << F::IsoUtc << utc(2022, 12, 20, 16, 52, 1, 123);
    QTest::newRow("iso one fraction digit")
        << u"2022-12-20T16:52:01.5"_s << F::IsoUtc << utc(2022, 12, 20, 16, 52, 1, 500);
    QTest::newRow("iso with explicit offset honoured")
        << u"2026-01-23T10:16:00+02:00"_s << F::IsoUtc << utc(2026, 1, 23, 8, 16, 0);
    QTest::newRow("iso empty") << QString() << F::IsoUtc << invalid;
    QTest::newRow("iso date only") << u"2026-01-23"_s << F::IsoUtc << invalid;
    QTest::newRow("iso month 13") << u"2026-13-23T10:16:00"_s << F::IsoUtc << invalid;
    QTest::newRow("iso feb 30") << u"2026-02-30T10:16:00"_s << F::IsoUtc << invalid;
    QTest::newRow("iso hour 24") << u"2026-01-23T24:00:00"_s << F::IsoUtc << invalid;
    QTest::newRow("iso rfc2822 text") << u"Fri, 23 Jan 2026 10:16:00 +0000"_s << F::IsoUtc << invalid;
    QTest::newRow("iso garbage") << u"yesterday"_s << F::IsoUtc << invalid;

    // Credentials: RFC 2822 with a numeric zone.
    QTest::newRow("credentials rfc2822")
        << u"Fri, 23 Jan 2026 10:16:00 +0000"_s << F::Rfc2822 << utc(2026, 1, 23, 10, 16, 0);
    QTest::newRow("credentials spec example")
        << u"Wed, 08 Mar 2023 23:34:57 +0000"_s << F::Rfc2822 << utc(2023, 3, 8, 23, 34, 57);
    QTest::newRow("rfc2822 negative offset")
        << u"Mon, 13 Nov 2023 20:56:50 -0600"_s << F::Rfc2822 << utc(2023, 11, 14, 2, 56, 50);
    QTest::newRow("rfc2822 positive offset")
        << u"Fri, 23 Jan 2026 10:16:00 +0530"_s << F::Rfc2822 << utc(2026, 1, 23, 4, 46, 0);
    QTest::newRow("rfc2822 no weekday one-digit day")
        << u"3 Jan 2026 10:16:00 +0000"_s << F::Rfc2822 << utc(2026, 1, 3, 10, 16, 0);
    QTest::newRow("rfc2822 no seconds")
        << u"Sat, 03 Jan 2026 10:16 +0000"_s << F::Rfc2822 << utc(2026, 1, 3, 10, 16, 0);
    // Domains, routes, subaccounts: RFC 1123 with GMT; the spec's examples also use MST.
    QTest::newRow("domains rfc1123 GMT")
        << u"Thu, 13 Oct 2011 18:02:00 GMT"_s << F::Rfc2822 << utc(2011, 10, 13, 18, 2, 0);
    QTest::newRow("domains example MST")
        << u"Mon, 02 Jan 2006 15:04:05 MST"_s << F::Rfc2822 << utc(2006, 1, 2, 22, 4, 5);
    QTest::newRow("routes example") << u"Wed, 15 Feb 2012 13:03:31 GMT"_s << F::Rfc2822
                                    << utc(2012, 2, 15, 13, 3, 31);
    QTest::newRow("stats UTC") << u"Fri, 01 Apr 2012 00:00:00 UTC"_s << F::Rfc2822
                               << utc(2012, 4, 1, 0, 0, 0);
    QTest::newRow("rfc2822 PDT") << u"Fri, 23 Jan 2026 10:16:00 PDT"_s << F::Rfc2822
                                 << utc(2026, 1, 23, 17, 16, 0);
    QTest::newRow("rfc2822 lowercase names")
        << u"fri, 23 jan 2026 10:16:00 gmt"_s << F::Rfc2822 << utc(2026, 1, 23, 10, 16, 0);
    // Weekdays are not cross-checked: the spec's own stats example has a wrong one.
    QTest::newRow("rfc2822 wrong weekday")
        << u"Mon, 23 Jan 2026 10:16:00 +0000"_s << F::Rfc2822 << utc(2026, 1, 23, 10, 16, 0);
    QTest::newRow("rfc2822 unknown weekday") << u"Xyz, 23 Jan 2026 10:16:00 +0000"_s << F::Rfc2822 << invalid;
    QTest::newRow("rfc2822 unknown zone") << u"Fri, 23 Jan 2026 10:16:00 CET"_s << F::Rfc2822 << invalid;
    QTest::newRow("rfc2822 no zone") << u"Fri, 23 Jan 2026 10:16:00"_s << F::Rfc2822 << invalid;
    QTest::newRow("rfc2822 unknown month") << u"Fri, 23 Foo 2026 10:16:00 +0000"_s << F::Rfc2822 << invalid;
    QTest::newRow("rfc2822 day 32") << u"32 Jan 2026 10:16:00 +0000"_s << F::Rfc2822 << invalid;
    QTest::newRow("rfc2822 offset minutes 60")
        << u"Fri, 23 Jan 2026 10:16:00 +0060"_s << F::Rfc2822 << invalid;
    QTest::newRow("rfc2822 iso text") << u"2026-01-23T10:16:00"_s << F::Rfc2822 << invalid;
    QTest::newRow("rfc2822 empty") << QString() << F::Rfc2822 << invalid;

    // Account webhooks: RFC 3339, zone required.
    QTest::newRow("rfc3339 Z") << u"2026-01-23T10:16:00Z"_s << F::Rfc3339 << utc(2026, 1, 23, 10, 16, 0);
    QTest::newRow("rfc3339 fraction Z")
        << u"2024-07-08T16:30:18.530Z"_s << F::Rfc3339 << utc(2024, 7, 8, 16, 30, 18, 530);
    QTest::newRow("rfc3339 offset") << u"2026-01-23T10:16:00-05:00"_s << F::Rfc3339
                                    << utc(2026, 1, 23, 15, 16, 0);
    QTest::newRow("rfc3339 nanoseconds")
        << u"2026-01-23T10:16:00.123456789+00:00"_s << F::Rfc3339 << utc(2026, 1, 23, 10, 16, 0, 123);
    QTest::newRow("rfc3339 without zone") << u"2026-01-23T10:16:00"_s << F::Rfc3339 << invalid;
    QTest::newRow("rfc3339 offset hour 24") << u"2026-01-23T10:16:00+24:00"_s << F::Rfc3339 << invalid;
    QTest::newRow("rfc3339 garbage") << u"not a date"_s << F::Rfc3339 << invalid;
}

void TestMailgunDates::parse()
{
    QFETCH(QString, text);
    QFETCH(MailgunDates::Format, format);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = MailgunDates::parse(text, format);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    // The JSON overload reads the same string the same way.
    QCOMPARE(MailgunDates::parse(QJsonValue(text), format), expected);
}

void TestMailgunDates::nullAndNonStringJsonAreInvalid()
{
    for (const auto format :
         {MailgunDates::Format::IsoUtc, MailgunDates::Format::Rfc2822, MailgunDates::Format::Rfc3339}) {
        QVERIFY(!MailgunDates::parse(QJsonValue(QJsonValue::Null), format).isValid());
        QVERIFY(!MailgunDates::parse(QJsonValue(QJsonValue::Undefined), format).isValid());
        QVERIFY(!MailgunDates::parse(QJsonValue(1700000000), format).isValid());
    }
}

void TestMailgunDates::rfc2822IsEnglishAndUtcWhateverTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QDateTime berlin(QDate(2026, 1, 23), QTime(11, 16, 0), QTimeZone("Europe/Berlin"));
    const QString text = MailgunDates::toRfc2822(berlin);
    QLocale::setDefault(previous);
    QCOMPARE(text, u"Fri, 23 Jan 2026 10:16:00 +0000"_s);
    QCOMPARE(MailgunDates::toRfc2822(QDateTime()), QString());
}

void TestMailgunDates::rfc2822RoundTrips()
{
    const QDateTime at = utc(2025, 12, 31, 23, 59, 58);
    QCOMPARE(MailgunDates::fromRfc2822(MailgunDates::toRfc2822(at)), at);
}

void TestMailgunDates::toJsonIsIsoUtcOrNull()
{
    QCOMPARE(MailgunDates::toJson(utc(2026, 1, 23, 10, 16, 0)).toString(), u"2026-01-23T10:16:00Z"_s);
    QCOMPARE(MailgunDates::toJson(utc(2026, 1, 23, 10, 16, 0, 892)).toString(),
             u"2026-01-23T10:16:00.892Z"_s);
    QVERIFY(MailgunDates::toJson(QDateTime()).isNull());
}

QTEST_GUILESS_MAIN(TestMailgunDates)
#include "tst_mailgundates.moc"
