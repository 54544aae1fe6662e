// Text from the account before a person sees it: control characters, escape sequences, bidi
// overrides and invisible format characters are replaced by U+FFFD (visibly, not silently
// dropped), ordinary letters of every script stay, and credentials in URLs are masked.
#include "mailgun/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUntrustedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLine_data();
    void oneLine();
    void printableKeepsLineBreaks();
    void legitimateTextIsUntouched();
    void maskUrlCredentials_data();
    void maskUrlCredentials();
    void maskUrlCredentialsInJson();
    void jsonEscapedKeepsTheValue();
};

void TestUntrustedText::oneLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nul") << QString(u"back\0up"_s) << u"back\uFFFDup"_s;
    QTest::newRow("clear screen") << u"a\x1b[2Jb"_s << u"a\uFFFD[2Jb"_s;
    QTest::newRow("colour") << u"\x1b[31mred\x1b[0m"_s << u"\uFFFD[31mred\uFFFD[0m"_s;
    QTest::newRow("carriage return") << u"ok\rFAKE"_s << u"ok\uFFFDFAKE"_s;
    QTest::newRow("line feed and tab") << u"a\nb\tc"_s << u"a\uFFFDb\uFFFDc"_s;
    QTest::newRow("bell backspace del") << u"a\x07\x08\x7f"_s << u"a\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("c1 csi") << u"a\u009b2Jb\u0085c"_s << u"a\uFFFD2Jb\uFFFDc"_s;
    QTest::newRow("right-to-left override") << u"invoice\u202Efdp.exe"_s << u"invoice\uFFFDfdp.exe"_s;
    QTest::newRow("all embeddings and overrides")
        << u"\u202A\u202B\u202C\u202D\u202E"_s << u"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("isolates") << u"\u2066a\u2067b\u2068c\u2069"_s << u"\uFFFDa\uFFFDb\uFFFDc\uFFFD"_s;
    QTest::newRow("marks") << u"\u200Ea\u200Fb\u061Cc"_s << u"\uFFFDa\uFFFDb\uFFFDc"_s;
    QTest::newRow("zero width space and bom") << u"pay\u200Bpal\uFEFF"_s << u"pay\uFFFDpal\uFFFD"_s;
    QTest::newRow("line separator") << u"a\u2028b\u2029c"_s << u"a\uFFFDb\uFFFDc"_s;
    // U+E0041 (TAG LATIN CAPITAL LETTER A) is invisible: "ASCII smuggling".
    QTest::newRow("tag characters") << u"x\U000E0041y"_s << u"x\uFFFDy"_s;
    QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xD800) + u"b"_s) << u"a\uFFFDb"_s;
}

void TestUntrustedText::oneLine()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::oneLine(input), expected);
}

void TestUntrustedText::printableKeepsLineBreaks()
{
    QCOMPARE(UntrustedText::printable(QString(u"one\ntwo\tthree\r\0four\x1b[2J"_s)),
             u"one\ntwo\tthree\uFFFD\uFFFDfour\uFFFD[2J"_s);
}

void TestUntrustedText::legitimateTextIsUntouched()
{
    for (const QString& text : {u"Zoë 山田"_s, u"Ελένη Παπαδοπούλου"_s, u"مرحبا بالعالم"_s, u"שלום"_s,
                                u"नमस्ते"_s, u"می‌خواهم"_s /* with ZWNJ */,
                                u"👩‍💻 team"_s /* with ZWJ */, u"Ünïcödé – “quoted” … €"_s}) {
        QCOMPARE(UntrustedText::oneLine(text), text);
        QCOMPARE(UntrustedText::printable(text), text);
        QCOMPARE(UntrustedText::forDisplay(text), text);
    }
}

void TestUntrustedText::maskUrlCredentials_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user and password")
        << u"https://bob:hunter2@evil.example.net/in"_s << u"https://***@evil.example.net/in"_s;
    QTest::newRow("user only") << u"https://tok3n@hooks.example.net/"_s
                               << u"https://***@hooks.example.net/"_s;
    QTest::newRow("at sign in password")
        << u"https://bob:p@ss@evil.example.net"_s << u"https://***@evil.example.net"_s;
    QTest::newRow("token in query") << u"https://h.example.net/x?token=abc123&event=open"_s
                                    << u"https://h.example.net/x?token=***&event=open"_s;
    QTest::newRow("several secrets")
        << u"https://h.example.net/x?api_key=K1&sig=S2&password=P3&access_token=T4&Secret=S5&id=7"_s
        << u"https://h.example.net/x?api_key=***&sig=***&password=***&access_token=***&Secret=***&id=7"_s;
    QTest::newRow("percent-encoded name")
        << u"https://h.example.net/?%74oken=abc"_s << u"https://h.example.net/?%74oken=***"_s;
    QTest::newRow("fragment") << u"https://h.example.net/cb#access_token=abc&state=1"_s
                              << u"https://h.example.net/cb#access_token=***&state=1"_s;
    QTest::newRow("route action") << u"forward(\"https://u:pw@evil.example.net/in?key=k\"), stop()"_s
                                  << u"forward(\"https://***@evil.example.net/in?key=***\"), stop()"_s;
    QTest::newRow("in a sentence") << u"sends delivered to https://a:b@x.example.org/h?sig=1 now."_s
                                   << u"sends delivered to https://***@x.example.org/h?sig=*** now."_s;
    QTest::newRow("full stop after the url") << u"It posts to https://h.example.net/x?key=abc."_s
                                             << u"It posts to https://h.example.net/x?key=***."_s;
    QTest::newRow("not a valid url") << u"ht!tp://us er:pw@[bad/x?token=t"_s
                                     << u"ht!tp://us er:pw@[bad/x?token=***"_s;
    QTest::newRow("garbage userinfo") << u"htp//root:toor@host%%/"_s << u"htp//***@host%%/"_s;
    QTest::newRow("backslashes") << u"https:\\\\u:p@evil.example.net"_s
                                 << u"https:\\\\***@evil.example.net"_s;
    QTest::newRow("html-escaped query")
        << u"https://h.example.net/?a=1&amp;token=abc"_s << u"https://h.example.net/?a=1&amp;token=***"_s;
    QTest::newRow("mail address stays")
        << u"mailbox-sync@inbox-backup.example.net"_s << u"mailbox-sync@inbox-backup.example.net"_s;
    QTest::newRow("mail address in path stays")
        << u"https://h.example.net/u/bob@example.com"_s << u"https://h.example.net/u/bob@example.com"_s;
    QTest::newRow("plain url stays") << u"https://hooks.example.com/mailgun?domain=a&event=b"_s
                                     << u"https://hooks.example.com/mailgun?domain=a&event=b"_s;
    QTest::newRow("already masked") << u"https://***@h.example.net/?token=***"_s
                                    << u"https://***@h.example.net/?token=***"_s;
}

void TestUntrustedText::maskUrlCredentials()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::maskUrlCredentials(input), expected);
}

void TestUntrustedText::maskUrlCredentialsInJson()
{
    const QJsonObject route{
        {u"id"_s, u"r1"_s},
        {u"priority"_s, 2},
        {u"actions"_s, QJsonArray{u"forward(\"https://u:p@e.example.net/?token=t\")"_s, u"stop()"_s}}};
    const QJsonObject masked = UntrustedText::maskUrlCredentials(QJsonValue(route)).toObject();
    QCOMPARE(masked.value(u"id"_s).toString(), u"r1"_s);
    QCOMPARE(masked.value(u"priority"_s).toInt(), 2);
    QCOMPARE(masked.value(u"actions"_s).toArray(),
             (QJsonArray{u"forward(\"https://***@e.example.net/?token=***\")"_s, u"stop()"_s}));
}

void TestUntrustedText::jsonEscapedKeepsTheValue()
{
    const QString hostile = QString(u"a\0b\x1b[2J\u202Ec\u0085d\x7f e\U000E0041 Zoë"_s);
    const QByteArray serialized = QJsonDocument(QJsonObject{{u"v"_s, hostile}}).toJson();
    const QString escaped = UntrustedText::jsonEscaped(QString::fromUtf8(serialized));
    QCOMPARE(escaped,
             u"{\n    \"v\": \"a\\u0000b\\u001b[2J\\u202ec\\u0085d\\u007f e\\udb40\\udc41 Zoë\"\n}\n"_s);
    // The same value once parsed.
    QCOMPARE(QJsonDocument::fromJson(escaped.toUtf8()).object().value(u"v"_s).toString(), hostile);
}

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
