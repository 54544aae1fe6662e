// Leaks where they really hide (issue 15): keys next to ordinary words ("example-shop"), every
// key shape Mailgun issued, UTF-16 text, secrets wrapped in a Basic header, an SMTP AUTH
// transcript or a PHP dump, and look-alikes in minified scripts. Each value is a synthetic
// literal; each expectation is written out.
#include "investigate/FileScanner.h"
#include "investigate/LeakFinding.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;
using Source = LeakFinding::Source;
using Confidence = LeakFinding::Confidence;
using Reason = LeakFinding::ConfidenceReason;

namespace {

const QByteArray currentKey = "3f9c2a7be41d8c05a6f1e9d27b4c8a10-5eeb6406-757a4247";
const QByteArray otherKey = "b71e4c09d2a5f38e6c1b7a94e0d2f5c3-91ab3c7d-2e4f6a81";
// "key-" + 32 lower-case letters and digits, the older shape that is not only hex.
const QByteArray alnumKey = "key-9t2mq7xk4w8c1zp6r3bn5vh0yd7fj2sl";
const QByteArray alnumPublicKey = "pubkey-7w3k9p2m5x8c1v4b6n0q2r7t9y3h5j8d";
const QByteArray hexLegacyKey = "key-8e2f4a6c1b9d3e7f5a0c2b4d6e8f1a3c";

QList<LeakFinding> credentialsIn(const QByteArray& content, const QString& fileName = u"settings.conf"_s)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    FileScanner scanner;
    const FileScanner::Result result =
        scanner.scanDevice(&buffer, u"/site/"_s + fileName, fileName, false, copy.size());
    QList<LeakFinding> found;
    for (const LeakFinding& finding : result.findings) {
        if (finding.isCredential())
            found.append(finding);
    }
    return found;
}

// "line:kind:value:confidence:reason" for each credential.
QStringList describe(const QList<LeakFinding>& findings)
{
    QStringList lines;
    for (const LeakFinding& finding : findings)
        lines.append(QString::number(finding.line) + u':' + LeakFinding::kindId(finding.kind) + u':' +
                     finding.secret.reveal() + u':' + LeakFinding::confidenceId(finding.confidence) + u':' +
                     LeakFinding::confidenceReasonId(finding.confidenceReason));
    return lines;
}

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xfe\xff") : QByteArray("\xff\xfe");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1}
                           : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    return bytes;
}

QString fillerLines(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += u"line %1 of a long log with some-dashes, words and ünïcödé\r\n"_s.arg(i);
    return text;
}

} // namespace

class TestHiddenLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleWordsLowerTheConfidence_data();
    void sampleWordsLowerTheConfidence();
    void everyKeyShape_data();
    void everyKeyShape();
    void utf16TextIsRead_data();
    void utf16TextIsRead();
    void wrappedSecrets_data();
    void wrappedSecrets();
    void scriptLookAlikes_data();
    void scriptLookAlikes();
    void placeholdersAndLookAlikesAreNotReported_data();
    void placeholdersAndLookAlikesAreNotReported();
};

void TestHiddenLeaks::sampleWordsLowerTheConfidence_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a shop called example-shop, in an SQL row")
        << "INSERT INTO wp_options VALUES (7,'blogname','example-shop'),(8,'mailgun_key','" + currentKey +
               "');\n"
        << QStringList{u"1:api-key:"_s + QString::fromLatin1(currentKey) + u":medium:sample-words"_s};
    QTest::newRow("a log line with 'sample'")
        << "# mailgun\n[2026-11-30 10:00] sample order sent with " + alnumKey + "\n"
        << QStringList{u"2:legacy-api-key:"_s + QString::fromLatin1(alnumKey) + u":medium:sample-words"_s};
    QTest::newRow("dummy, no Mailgun in the file")
        << "dummy=1 SECRET=" + hexLegacyKey + "\n"
        << QStringList{u"1:legacy-api-key:"_s + QString::fromLatin1(hexLegacyKey) + u":low:sample-words"_s};
    QTest::newRow("fake, right after MAILGUN_SECRET")
        << "# fake data? MAILGUN_SECRET=" + currentKey + "\n"
        << QStringList{u"1:api-key:"_s + QString::fromLatin1(currentKey) + u":medium:sample-words"_s};
}

void TestHiddenLeaks::sampleWordsLowerTheConfidence()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    const QList<LeakFinding> found = credentialsIn(content);
    QCOMPARE(describe(found), expected);
    // The reason reaches the user: in the JSON and in the record the wizard and report show.
    QCOMPARE(found[0].toJson().value(u"confidence_reason"_s).toString(), u"sample-words"_s);
    QVERIFY(found[0].record().advice.startsWith(u"A word such as \"example\" stands before it"_s));
}

void TestHiddenLeaks::everyKeyShape_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");
    const QString alnum = QString::fromLatin1(alnumKey);
    QTest::newRow("key- and 32 letters and digits")
        << "MAILGUN_SECRET=" + alnumKey + "\n"
        << QStringList{u"1:legacy-api-key:"_s + alnum + u":high:none"_s};
    QTest::newRow("pubkey- and 32 letters and digits")
        << "MAILGUN_PUBLIC_KEY=" + alnumPublicKey + "\n"
        << QStringList{u"1:public-key:"_s + QString::fromLatin1(alnumPublicKey) + u":high:none"_s};
    QTest::newRow("key- and hex in upper case")
        << QByteArray("mailgun:\n  secret: key-8E2F4A6C1B9D3E7F5A0C2B4D6E8F1A3C\n")
        << QStringList{u"2:legacy-api-key:key-8E2F4A6C1B9D3E7F5A0C2B4D6E8F1A3C:high:none"_s};
    QTest::newRow("32-8-8") << "MAILGUN_SECRET=" + currentKey + "\n"
                            << QStringList{u"1:api-key:"_s + QString::fromLatin1(currentKey) +
                                           u":high:none"_s};
    QTest::newRow("key- and letters, no Mailgun in the file")
        << "SECRET=" + alnumKey + "\n"
        << QStringList{u"1:legacy-api-key:"_s + alnum + u":low:no-mailgun-mention"_s};
}

void TestHiddenLeaks::everyKeyShape()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(credentialsIn(content)), expected);
}

void TestHiddenLeaks::utf16TextIsRead_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");
    const QString key = QString::fromLatin1(currentKey);
    const QString text = u"<?php\r\n// Réglages\r\ndefine('MAILGUN_API_KEY', '"_s + key + u"');\r\n"_s;
    QTest::newRow("UTF-16 LE with BOM")
        << utf16(text, false) << QStringList{u"3:api-key:"_s + key + u":high:none"_s};
    QTest::newRow("UTF-16 BE with BOM")
        << utf16(text, true) << QStringList{u"3:api-key:"_s + key + u":high:none"_s};
    // 40000 lines (about 5 MB in UTF-16): many reads and chunks before the key.
    QTest::newRow("UTF-16 LE, key deep inside")
        << utf16(fillerLines(40000) + u"MAILGUN_SECRET="_s + QString::fromLatin1(alnumKey) + u"\r\n"_s, false)
        << QStringList{u"40001:legacy-api-key:"_s + QString::fromLatin1(alnumKey) + u":high:none"_s};
}

void TestHiddenLeaks::utf16TextIsRead()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(credentialsIn(content, u"settings.php"_s)), expected);
}

void TestHiddenLeaks::wrappedSecrets_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");
    const QString key = QString::fromLatin1(currentKey);
    const QString alnum = QString::fromLatin1(alnumKey);
    // base64 of "api:" + the key, written out.
    QTest::newRow("Authorization: Basic, 32-8-8 key, no Mailgun word")
        << QByteArray("> POST /v3/shop.test/messages HTTP/1.1\n"
                      "> Authorization: Basic "
                      "YXBpOjNmOWMyYTdiZTQxZDhjMDVhNmYxZTlkMjdiNGM4YTEwLTVlZWI2NDA2LTc1N2E0MjQ3\n")
        << QStringList{u"2:api-key:"_s + key + u":high:none"_s};
    QTest::newRow("Authorization: Basic, key- key in a JSON log")
        << QByteArray("{\"headers\":{\"authorization\":\"Basic "
                      "YXBpOmtleS05dDJtcTd4azR3OGMxenA2cjNibjV2aDB5ZDdmajJzbA==\"}}\n")
        << QStringList{u"1:legacy-api-key:"_s + alnum + u":high:none"_s};
    // PHPMailer's SMTPDebug transcript: 334 prompts, base64 user and password lines.
    QTest::newRow("AUTH LOGIN, PHPMailer")
        << QByteArray("2026-11-30 10:00:01 Connection: opening to smtp.mailgun.org:587, timeout=300\n"
                      "2026-11-30 10:00:01 SERVER -> CLIENT: 220 ESMTP ready\n"
                      "2026-11-30 10:00:02 CLIENT -> SERVER: AUTH LOGIN\n"
                      "2026-11-30 10:00:02 SERVER -> CLIENT: 334 VXNlcm5hbWU6\n"
                      "2026-11-30 10:00:02 CLIENT -> SERVER: cG9zdG1hc3RlckBtZy5zaG9wLnRlc3Q=\n"
                      "2026-11-30 10:00:02 SERVER -> CLIENT: 334 UGFzc3dvcmQ6\n"
                      "2026-11-30 10:00:02 CLIENT -> SERVER: V2Q0blZiOGNUcTJzTHA2eg==\n"
                      "2026-11-30 10:00:02 SERVER -> CLIENT: 235 2.7.0 Authentication successful\n")
        << QStringList{u"7:smtp-password:Wd4nVb8cTq2sLp6z:high:none"_s};
    // Python smtplib with set_debuglevel(1).
    QTest::newRow("AUTH PLAIN, smtplib")
        << QByteArray("connect: ('smtp.mailgun.org', 587)\n"
                      "send: 'ehlo shop.test\\r\\n'\n"
                      "send: 'AUTH PLAIN AHBvc3RtYXN0ZXJAbWcuc2hvcC50ZXN0AFhxN3BMbTJ2UnQ5d1prNHM=\\r\\n'\n"
                      "reply: b'235 2.7.0 Authentication successful\\r\\n'\n")
        << QStringList{u"3:smtp-password:Xq7pLm2vRt9wZk4s:high:none"_s};
    QTest::newRow("AUTH PLAIN after a 334 prompt")
        << QByteArray("S: 220 smtp.mailgun.org ESMTP\nC: AUTH PLAIN\nS: 334 \n"
                      "C: AHBvc3RtYXN0ZXJAbWcuc2hvcC50ZXN0AFhxN3BMbTJ2UnQ5d1prNHM=\nS: 235 OK\n")
        << QStringList{u"4:smtp-password:Xq7pLm2vRt9wZk4s:high:none"_s};
    QTest::newRow("PHP print_r of the settings")
        << QByteArray("Array\n(\n    [host] => smtp.mailgun.org\n    [port] => 587\n"
                      "    [username] => postmaster@mg.shop.test\n    [password] => Jr5tYh2mKx9pQw3v\n)\n")
        << QStringList{u"6:smtp-password:Jr5tYh2mKx9pQw3v:high:none"_s};
    QTest::newRow("PHP var_dump of the settings")
        << QByteArray("array(2) {\n  [\"host\"]=>\n  string(16) \"smtp.mailgun.org\"\n"
                      "  [\"password\"]=>\n  string(16) \"Jr5tYh2mKx9pQw3v\"\n}\n")
        << QStringList{u"5:smtp-password:Jr5tYh2mKx9pQw3v:high:none"_s};
}

void TestHiddenLeaks::wrappedSecrets()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(credentialsIn(content, u"debug.log"_s)), expected);
}

void TestHiddenLeaks::scriptLookAlikes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("setAside");
    const QString key = QString::fromLatin1(currentKey);
    QByteArray minified;
    for (int i = 0; i < 60; ++i)
        minified += "function a" + QByteArray::number(i) + "(b,c){return b.map(function(d){return d+c})};";
    // A script that never mentions Mailgun: set aside and counted, not a finding.
    QTest::newRow("minified vendor script") << minified + "var h=\"" + currentKey + "\";" + minified + "\n"
                                            << u"vendor.min.js"_s << QStringList{} << 1;
    QTest::newRow("short script, no Mailgun")
        << "const buildId = '" + currentKey + "';\nconst other = '" + otherKey + "';\n"
        << u"app.js"_s << QStringList{} << 2;
    // Not a script: reported, low, with the reason.
    QTest::newRow("very long line in a data file")
        << minified + "\"" + currentKey + "\"\n"
        << u"data.txt"_s << QStringList{u"1:api-key:"_s + key + u":low:script-look-alike"_s} << 0;
    // Mailgun in the script, but far from the string: reported, low, with the reason.
    QTest::newRow("minified, Mailgun elsewhere in the script")
        << "const api=\"https://api.mailgun.net/v3\";\n" + minified + "var h=\"" + currentKey + "\";\n"
        << u"vendor.min.js"_s << QStringList{u"2:api-key:"_s + key + u":low:script-look-alike"_s} << 0;
    QTest::newRow("minified, Mailgun next to it")
        << minified + "var mailgunKey=\"" + currentKey + "\";" + minified + "\n"
        << u"vendor.min.js"_s << QStringList{u"1:api-key:"_s + key + u":high:none"_s} << 0;
}

void TestHiddenLeaks::scriptLookAlikes()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QStringList, expected);
    QFETCH(int, setAside);
    QCOMPARE(describe(credentialsIn(content, fileName)), expected);
    QByteArray copy = content;
    QBuffer buffer(&copy);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    FileScanner scanner;
    QCOMPARE(
        scanner.scanDevice(&buffer, u"/site/"_s + fileName, fileName, false, copy.size()).lookAlikesSetAside,
        setAside);
}

void TestHiddenLeaks::placeholdersAndLookAlikesAreNotReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    const QString conf = u"settings.conf"_s;
    QTest::newRow("xxxx") << QByteArray("MAILGUN_SECRET=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << conf;
    QTest::newRow("your key here") << QByteArray("MAILGUN_SECRET=key-yourmailgunkeygoeshere9k2m7q4z8w")
                                   << conf;
    QTest::newRow("counting") << QByteArray("MAILGUN_SECRET=key-0123456789abcdefghijklmnopqrstuv") << conf;
    QTest::newRow("repeated pattern")
        << QByteArray("MAILGUN_SECRET=key-abcd1234abcd1234abcd1234abcd1234") << conf;
    QTest::newRow("few characters") << QByteArray("MAILGUN_SECRET=key-mnmnmnopopopmnmnqrqrqrmnmnopopqr")
                                    << conf;
    QTest::newRow("Mailgun's documentation key")
        << QByteArray("# mailgun\ncurl --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0'") << conf;
    QTest::newRow("Mailgun's documentation public key")
        << QByteArray("MAILGUN_PUBLIC_KEY=pubkey-5ogiflzbnjrljiky49qxsiozqef5jxp7") << conf;
    QTest::newRow("upper-case letters beyond f")
        << QByteArray("MAILGUN=key-9T2MQ7XK4W8C1ZP6R3BN5VH0YD7FJ2SL") << conf;
    QTest::newRow("Basic of a placeholder key")
        << QByteArray("Authorization: Basic YXBpOmtleS14eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eA==")
        << conf;
    QTest::newRow("Basic of something short")
        << QByteArray("Authorization: Basic YXBpOnNvbWV0aGluZw==") << conf;
    QTest::newRow("AUTH LOGIN to another provider")
        << QByteArray("Connection: opening to smtp.sendgrid.net:587\nSERVER -> CLIENT: 334 UGFzc3dvcmQ6\n"
                      "CLIENT -> SERVER: V2Q0blZiOGNUcTJzTHA2eg==\n")
        << u"debug.log"_s;
    QTest::newRow("print_r placeholder password")
        << QByteArray("Array\n(\n    [host] => smtp.mailgun.org\n    [password] => changeme\n)\n") << conf;
    QTest::newRow("print_r password of another host, far from Mailgun")
        << QByteArray("# mailgun is used for the API only\n") + QByteArray(1800, '#') +
               "\nArray\n(\n    [host] => smtp.sendgrid.net\n    [password] => Jr5tYh2mKx9pQw3v\n)\n"
        << conf;
    QTest::newRow("UUID in UTF-16") << utf16(u"# mailgun\r\nid=3f2504e0-4f89-11d3-9a0c-0305e82c3301\r\n"_s,
                                             false)
                                    << conf;
    QTest::newRow("hash in a minified script")
        << QByteArray("!function(){var integrity=\"sha384-8e2f4a6c1b9d3e7f5a0c2b4d6e8f1a3c8e2f4a6c\"}();")
        << u"vendor.min.js"_s;
}

void TestHiddenLeaks::placeholdersAndLookAlikesAreNotReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QCOMPARE(describe(credentialsIn(content, fileName)), QStringList());
}

QTEST_GUILESS_MAIN(TestHiddenLeaks)
#include "tst_hiddenleaks.moc"
