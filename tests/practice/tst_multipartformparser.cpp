#include "practice/MultipartFormParser.h"
#include "practice/PracticeAuth.h"
#include "practice/PracticeDates.h"
#include "practice/PracticeHttp.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The request-reading pieces of the practice server, without any networking.
class TestMultipartFormParser : public QObject
{
    Q_OBJECT

private slots:
    void boundaryFromContentType_data();
    void boundaryFromContentType();
    void readsRepeatedFieldsInOrder();
    void rejectsMalformedBodies();
    void urlEncodedFormTreatsPlusAsSpace();
    void allowlistMatchesAddressesAndCidr();
    void datesUseMailgunFormats();
};

void TestMultipartFormParser::boundaryFromContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("plain") << QByteArray("multipart/form-data; boundary=abc123") << QByteArray("abc123");
    QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"boundary_.oOo._x\"")
                            << QByteArray("boundary_.oOo._x");
    QTest::newRow("case") << QByteArray("multipart/form-data; charset=utf-8; BOUNDARY=Q") << QByteArray("Q");
    QTest::newRow("missing") << QByteArray("multipart/form-data") << QByteArray();
}

void TestMultipartFormParser::boundaryFromContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(MultipartFormParser::boundaryFrom(contentType), boundary);
}

void TestMultipartFormParser::readsRepeatedFieldsInOrder()
{
    const QByteArray body = "--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"action\"\r\n\r\n"
                            "forward(\"a@example.com\")\r\n"
                            "--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"action\"\r\n"
                            "Content-Type: text/plain\r\n\r\n"
                            "stop()\r\n"
                            "--XyZ\r\n"
                            "Content-Disposition: form-data; name=password\r\n\r\n"
                            "line1\r\nline2 \xc3\xa9\r\n"
                            "--XyZ--\r\n";
    MultipartFormParser::Fields fields;
    QVERIFY(MultipartFormParser::parse(body, "XyZ", &fields));
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0).first, u"action"_s);
    QCOMPARE(fields.at(0).second, u"forward(\"a@example.com\")"_s);
    QCOMPARE(fields.at(1).second, u"stop()"_s);
    QCOMPARE(fields.at(2).first, u"password"_s);
    QCOMPARE(fields.at(2).second, u"line1\r\nline2 \u00e9"_s);
}

void TestMultipartFormParser::rejectsMalformedBodies()
{
    MultipartFormParser::Fields fields;
    QVERIFY(!MultipartFormParser::parse("no boundary here", "XyZ", &fields));
    QVERIFY(!MultipartFormParser::parse(
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated", "XyZ", &fields));
    QVERIFY(!MultipartFormParser::parse("--XyZ--\r\n", QByteArray(), &fields));
    QVERIFY(MultipartFormParser::parse("--XyZ--\r\n", "XyZ", &fields));
    QVERIFY(fields.isEmpty());
}

void TestMultipartFormParser::urlEncodedFormTreatsPlusAsSpace()
{
    PracticeHttpRequest request;
    request.headers = {{"content-type", "application/x-www-form-urlencoded; charset=utf-8"}};
    request.body = "password=a+b%2Bc&event=accepted&event=failed&empty=";
    PracticeForm form;
    QVERIFY(PracticeForm::parse(request, &form));
    QCOMPARE(form.value(u"password"_s), u"a b+c"_s);
    QCOMPARE(form.values(u"event"_s), QStringList({u"accepted"_s, u"failed"_s}));
    QVERIFY(form.contains(u"empty"_s));
    QCOMPARE(form.value(u"empty"_s), QString());
    QVERIFY(!form.contains(u"missing"_s));

    request.headers = {{"Content-Type", "multipart/form-data; boundary=B"}};
    request.body = "garbage";
    QVERIFY(!PracticeForm::parse(request, &form));
}

void TestMultipartFormParser::allowlistMatchesAddressesAndCidr()
{
    const QHostAddress loopback(u"127.0.0.1"_s);
    QVERIFY(PracticeAuth::isAllowlisted({{u"127.0.0.1"_s, {}}}, loopback));
    QVERIFY(PracticeAuth::isAllowlisted({{u"10.0.0.1"_s, {}}, {u"127.0.0.0/8"_s, {}}}, loopback));
    QVERIFY(!PracticeAuth::isAllowlisted({{u"10.0.0.0/8"_s, {}}, {u"127.0.0.2"_s, {}}}, loopback));
    QVERIFY(PracticeAuth::isAllowlisted({{u"127.0.0.1"_s, {}}}, QHostAddress(u"::ffff:127.0.0.1"_s)));
    QVERIFY(PracticeAuth::isValidAddressOrCidr(u"192.168.0.0/16"_s));
    QVERIFY(PracticeAuth::isValidAddressOrCidr(u"2001:db8::/32"_s));
    QVERIFY(!PracticeAuth::isValidAddressOrCidr(u"192.168.0.0/40"_s));
    QVERIFY(!PracticeAuth::isValidAddressOrCidr(u"example.com"_s));
}

void TestMultipartFormParser::datesUseMailgunFormats()
{
    const QDateTime at(QDate(2026, 1, 23), QTime(10, 16, 0, 892), Qt::UTC);
    QCOMPARE(PracticeDates::isoNoZone(at), u"2026-01-23T10:16:00"_s);
    QCOMPARE(PracticeDates::isoMicros(at), u"2026-01-23T10:16:00.892000"_s);
    QCOMPARE(PracticeDates::rfc2822(at), u"Fri, 23 Jan 2026 10:16:00 +0000"_s);
    QCOMPARE(PracticeDates::rfc1123(at), u"Fri, 23 Jan 2026 10:16:00 GMT"_s);
    QCOMPARE(PracticeDates::rfc3339(at), u"2026-01-23T10:16:00Z"_s);
    QCOMPARE(PracticeDates::parseRequestDate(u"Fri, 23 Jan 2026 10:16:00 +0000"_s), at.addMSecs(-892));
    QCOMPARE(PracticeDates::parseRequestDate(u"1769163360"_s), at.addMSecs(-892));
    QVERIFY(!PracticeDates::parseRequestDate(u"yesterday"_s).isValid());
}

QTEST_GUILESS_MAIN(TestMultipartFormParser)
#include "tst_multipartformparser.moc"
