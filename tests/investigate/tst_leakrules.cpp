// The byte-level rules of the folder scan, one file at a time: every credential shape and
// context it must report, the look-alikes it must not, chunk boundaries, binary files,
// risky settings, key matching, and that no output ever carries a secret unmasked.
#include "cli/CommandLineApp.h"
#include "cli/ScanCommand.h"
#include "investigate/ByteSearch.h"
#include "investigate/FileScanner.h"
#include "investigate/KeyMatcher.h"
#include "investigate/LeakFinding.h"
#include "investigate/PairFinder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;
using Source = LeakFinding::Source;
using Confidence = LeakFinding::Confidence;

namespace {

// Synthetic values: random-looking hex, never real keys.
const QString currentKey = u"3f9c2a7be41d8c05a6f1e9d27b4c8a10-5eeb6406-757a4247"_s;
const QString otherKey = u"b71e4c09d2a5f38e6c1b7a94e0d2f5c3-91ab3c7d-2e4f6a81"_s;
const QString legacyKey = u"key-8e2f4a6c1b9d3e7f5a0c2b4d6e8f1a3c"_s;
const QString publicKey = u"pubkey-4c7e1a9d2f5b8e3c6a0d1f4b7e2c5a9d"_s;

FileScanner::Result scanBytes(const QByteArray& content, const QString& fileName = u"settings.conf"_s,
                              bool inWebRoot = false)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    FileScanner scanner;
    return scanner.scanDevice(&buffer, u"/site/"_s + fileName, fileName, inWebRoot, copy.size());
}

QList<LeakFinding> credentials(const FileScanner::Result& result)
{
    QList<LeakFinding> found;
    for (const LeakFinding& finding : result.findings) {
        if (finding.isCredential())
            found.append(finding);
    }
    return found;
}

QByteArray fillerLines(qsizetype bytes)
{
    QByteArray text;
    int n = 0;
    while (text.size() < bytes)
        text += "line " + QByteArray::number(n++) + " of a long log with some-dashes and words\n";
    text.truncate(bytes);
    if (!text.isEmpty())
        text[text.size() - 1] = '\n';
    return text;
}

} // namespace

class TestLeakRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newlinesAreCounted()
    {
        QByteArray text = "a\nbb\n\nccc\r\nd";
        text += QByteArray(100, 'x') + "\n\n";
        QCOMPARE(ByteSearch::countNewlines(text.constData(), text.size()), 6);
        QCOMPARE(ByteSearch::countNewlines(text.constData(), 2), 1);
        QCOMPARE(ByteSearch::countNewlines("\xff\n\x8a\x0b\n", 5), 2);
    }

    void newlinesAreCountedInLongBuffers()
    {
        // Past 255 rounds of 16 bytes, where the vector counters are summed and cleared.
        // The oracle is std::count.
        QRandomGenerator random(7);
        for (const qsizetype size : {qsizetype(4079), qsizetype(4080), qsizetype(4097), qsizetype(70001)}) {
            QByteArray text(size, 'x');
            for (qsizetype i = 0; i < size; ++i)
                text[i] = random.bounded(4) == 0 ? '\n' : char(random.bounded(256));
            const auto expected = std::count(text.cbegin(), text.cend(), '\n');
            QCOMPARE(ByteSearch::countNewlines(text.constData(), text.size()), qsizetype(expected));
        }
        const QByteArray allNewlines(5000, '\n');
        QCOMPARE(ByteSearch::countNewlines(allNewlines.constData(), allNewlines.size()), 5000);
    }

    void pairFinderFindsEveryCase()
    {
        const PairFinder finder("mailgun", PairFinder::Case::Folded, 4, 5);
        const QByteArray text = "x MailGun y MAILGUN z mailgu mailgun";
        QList<qsizetype> hits;
        for (qsizetype pos = finder.indexIn(text.constData(), text.size(), 0); pos >= 0;
             pos = finder.indexIn(text.constData(), text.size(), pos + 1))
            hits.append(pos);
        QCOMPARE(hits, (QList<qsizetype>{2, 12, 29}));

        // Exact: base64 is case-sensitive.
        const PairFinder basic("YXBpO", PairFinder::Case::Exact, 1, 3);
        const QByteArray header = "Basic yxbpo YXBpO YXBPO";
        QCOMPARE(basic.indexIn(header.constData(), header.size(), 0), 12);
        QCOMPARE(basic.indexIn(header.constData(), header.size(), 13), -1);
        // A match must end inside the size given.
        QCOMPARE(basic.indexIn(header.constData(), 16, 0), -1);
        QCOMPARE(basic.indexIn(header.constData(), 17, 0), 12);
    }

    void pairFinderAgreesWithNaiveSearch()
    {
        // The word at every offset around the 16-byte blocks, in random case, among bytes that
        // the case bit maps onto the pair ('G' | 0x20 and '@' | 0x20 are both letters).
        // The oracle is a byte-by-byte loop written here.
        const PairFinder finder("mailgun", PairFinder::Case::Folded, 4, 5);
        QRandomGenerator random(11);
        const QByteArray noise = "gGuU@`mMaAiIlLnN \n\x80\xff";
        for (int round = 0; round < 200; ++round) {
            QByteArray text(random.bounded(1, 90), ' ');
            for (char& c : text)
                c = noise[random.bounded(noise.size())];
            const qsizetype at = random.bounded(text.size());
            QByteArray word = "mailgun";
            for (char& c : word)
                c = random.bounded(2) ? char(c - 32) : c;
            text.insert(at, word);
            QList<qsizetype> expected;
            for (qsizetype i = 0; i + 7 <= text.size(); ++i) {
                if (text.mid(i, 7).toLower() == "mailgun")
                    expected.append(i);
            }
            QList<qsizetype> found;
            for (qsizetype pos = finder.indexIn(text.constData(), text.size(), 0); pos >= 0;
                 pos = finder.indexIn(text.constData(), text.size(), pos + 1))
                found.append(pos);
            QCOMPARE(found, expected);
        }
    }

    void reportsCredentials_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("source");
        const QByteArray key = currentKey.toLatin1();
        QTest::newRow("current key in .env") << "MAILGUN_SECRET=" + key + "\n"
                                             << int(Kind::ApiKey) << currentKey << int(Source::Plain);
        QTest::newRow("legacy key in PHP") << "'mailgun' => ['secret' => '" + legacyKey.toLatin1() + "'],"
                                           << int(Kind::LegacyApiKey) << legacyKey << int(Source::Plain);
        QTest::newRow("public key") << "MAILGUN_PUBLIC=" + publicKey.toLatin1() << int(Kind::PublicKey)
                                    << publicKey << int(Source::Plain);
        QTest::newRow("signing key by name")
            << "    'webhook_signing_key' => '" + key + "',\n"
            << int(Kind::WebhookSigningKey) << currentKey << int(Source::Plain);
        QTest::newRow("old signing key") << "MAILGUN_SIGNING_KEY=" + legacyKey.toLatin1() + "\n"
                                         << int(Kind::WebhookSigningKey) << legacyKey << int(Source::Plain);
        QTest::newRow("api DSN") << "MAILER_DSN=mailgun+api://" + key + ":mg.example.org@default?region=eu\n"
                                 << int(Kind::ApiKey) << currentKey << int(Source::Dsn);
        QTest::newRow("smtp DSN, URL-encoded")
            << QByteArray("MAILER_DSN=mailgun+smtp://me%40mg.example.org:"
                          "Pa%40ss%2Fw0rd%21x@default\n")
            << int(Kind::SmtpPassword) << u"Pa@ss/w0rd!x"_s << int(Source::Dsn);
        QTest::newRow("base64 key") << "s:15:\"mailgun_api_key\";s:68:\"" + key.toBase64() + "\";"
                                    << int(Kind::ApiKey) << currentKey << int(Source::Base64);
        QTest::newRow("laravel smtp password")
            << QByteArray("MAIL_HOST=smtp.mailgun.org\nMAIL_PORT=587\n"
                          "MAIL_PASSWORD=Xq7pLm2vRt9wZk4s\n")
            << int(Kind::SmtpPassword) << u"Xq7pLm2vRt9wZk4s"_s << int(Source::Plain);
        QTest::newRow("mailgun plugin constant")
            << QByteArray("define('MAILGUN_PASSWORD', 'Xq7pLm2vRt9wZk4s');\n") << int(Kind::SmtpPassword)
            << u"Xq7pLm2vRt9wZk4s"_s << int(Source::Plain);
        QTest::newRow("key at end without newline")
            << "x\nMAILGUN_KEY=" + key << int(Kind::ApiKey) << currentKey << int(Source::Plain);
        QTest::newRow("key at offset 0")
            << key + " # mailgun" << int(Kind::ApiKey) << currentKey << int(Source::Plain);
    }

    void reportsCredentials()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(int, source);
        const QList<LeakFinding> found = credentials(scanBytes(content));
        QCOMPARE(found.size(), 1);
        QCOMPARE(int(found[0].kind), kind);
        QCOMPARE(found[0].secret.reveal(), value);
        QCOMPARE(int(found[0].source), source);
        QCOMPARE(found[0].line, content.left(content.indexOf(value.left(8).toLatin1())).count('\n') + 1);
    }

    void ignoresLookAlikes_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray hex32 = "8e2f4a6c1b9d3e7f5a0c2b4d6e8f1a3c";
        QTest::newRow("cache key with a hash") << "# mailgun\n$k = 'cache-key-" + hex32 + "';";
        QTest::newRow("identifier ending in key") << "# mailgun\nmonkey-" + hex32;
        QTest::newRow("sha1 after key-") << "# mailgun\nkey-" + hex32 + "a1b2c3d4";
        QTest::newRow("32-8-8-8") << "# mailgun\netag=" + hex32 + "-5eeb6406-757a4247-1234abcd";
        QTest::newRow("8-8 too long") << "# mailgun\netag=" + hex32 + "-5eeb6406-757a4247ab";
        QTest::newRow("uuid") << QByteArray("# mailgun\nid=3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        QTest::newRow("zeros") << QByteArray("MAILGUN_SECRET=key-00000000000000000000000000000000");
        QTest::newRow("counting") << QByteArray("MAILGUN_SECRET=key-0123456789abcdef0123456789abcdef");
        QTest::newRow("deadbeef") << "MAILGUN_SECRET=deadbeef" + hex32.left(24) + "-5eeb6406-757a4247";
        // A sample word alone no longer hides a key (tst_hiddenleaks); the value decides.
        QTest::newRow("example, typed value")
            << QByteArray("example: MAILGUN_SECRET=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        QTest::newRow("docs key (not hex)")
            << QByteArray("mailgun key: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0'");
        QTest::newRow("password placeholder")
            << QByteArray("MAIL_HOST=smtp.mailgun.org\nMAIL_PASSWORD=changeme\n");
        QTest::newRow("password from env")
            << QByteArray("MAIL_HOST=smtp.mailgun.org\nMAIL_PASSWORD=${SMTP_SECRET}\n");
        QTest::newRow("password php env()")
            << QByteArray("'host' => 'smtp.mailgun.org',\n'password' => env('MAIL_PASSWORD'),");
        QTest::newRow("password of another provider") << QByteArray(
            "# mailgun for the API only\nMAIL_HOST=smtp.sendgrid.net\nMAIL_PASSWORD=Xq7pLm2vRt9wZk4s\n");
        QTest::newRow("DSN placeholder") << QByteArray("MAILER_DSN=mailgun+api://KEY:DOMAIN@default");
        QTest::newRow("empty password")
            << QByteArray("MAIL_HOST=smtp.mailgun.org\nMAIL_PASSWORD=\nMAIL_FROM=x@y.z\n");
    }

    void ignoresLookAlikes()
    {
        QFETCH(QByteArray, content);
        const QList<LeakFinding> found = credentials(scanBytes(content));
        for (const LeakFinding& finding : found)
            qWarning() << "unexpected" << LeakFinding::kindId(finding.kind) << finding.secret.reveal();
        QVERIFY(found.isEmpty());
    }

    void confidenceFollowsContext()
    {
        const QByteArray filler = fillerLines(2000);
        auto only = [](const FileScanner::Result& result) {
            const QList<LeakFinding> found = credentials(result);
            return found.size() == 1 ? found[0].confidence : Confidence(-1);
        };
        QCOMPARE(only(scanBytes("MAILGUN_SECRET=" + currentKey.toLatin1())), Confidence::High);
        QCOMPARE(only(scanBytes("# mailgun\n" + filler + "SECRET=" + currentKey.toLatin1())),
                 Confidence::Medium);
        QCOMPARE(only(scanBytes("SECRET=" + currentKey.toLatin1())), Confidence::Medium);
        QCOMPARE(only(scanBytes("SECRET=" + legacyKey.toLatin1())), Confidence::Low);
    }

    // A key anywhere around a chunk border is found once, on the right line.
    void keysAcrossChunkBorders()
    {
        const qsizetype border = FileScanner::chunkSize + 2 * (FileScanner::contextRadius + 64);
        for (qsizetype offset = FileScanner::chunkSize - 2300; offset < border + 300; offset += 97) {
            const QByteArray before = fillerLines(offset);
            const QByteArray content = before +
                                       "MAIL_HOST=smtp.mailgun.org\nMAIL_PASSWORD=Xq7pLm2vRt9wZk4s\n"
                                       "MAILGUN_SECRET=" +
                                       currentKey.toLatin1() + "\n" + fillerLines(5000);
            const QList<LeakFinding> found = credentials(scanBytes(content));
            const qint64 line = before.count('\n') + 1;
            QVERIFY2(found.size() == 2,
                     qPrintable(u"offset %1: %2 findings"_s.arg(offset).arg(found.size())));
            QCOMPARE(found[0].kind, Kind::SmtpPassword);
            QCOMPARE(found[0].line, line + 1);
            QCOMPARE(found[1].kind, Kind::ApiKey);
            QCOMPARE(found[1].line, line + 2);
            QCOMPARE(found[1].confidence, Confidence::High);
        }
    }

    void largeFileIsStreamed()
    {
        QByteArray content = fillerLines(5 * FileScanner::chunkSize + 321);
        const qint64 line = content.count('\n') + 1;
        content += "MAILGUN_SECRET=" + currentKey.toLatin1() + "\n";
        const FileScanner::Result result = scanBytes(content);
        QCOMPARE(result.bytes, content.size());
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings[0].line, line);
    }

    void binaryFilesAreSkipped()
    {
        QByteArray content("\x7f"
                           "ELF\0\0\0",
                           7);
        content += "MAILGUN_SECRET=" + currentKey.toLatin1();
        const FileScanner::Result result = scanBytes(content);
        QVERIFY(result.binary);
        QVERIFY(result.findings.isEmpty());
    }

    void riskySettings_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("inWebRoot");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("laravel debug") << u".env"_s << QByteArray("APP_ENV=production\nAPP_DEBUG=true\n")
                                       << false << QStringList{u"debug-mode:2"_s};
        QTest::newRow("debug off") << u".env"_s << QByteArray("APP_DEBUG=false\n") << false << QStringList{};
        QTest::newRow("testing env") << u".env.testing"_s << QByteArray("APP_DEBUG=true\n") << false
                                     << QStringList{};
        QTest::newRow("symfony dev") << u".env.local"_s << QByteArray("APP_ENV=dev\n") << false
                                     << QStringList{u"symfony-dev-mode:1"_s};
        QTest::newRow(".env in web root")
            << u".env"_s << QByteArray("APP_ENV=prod\n") << true << QStringList{u"env-in-web-root:0"_s};
        QTest::newRow("phpinfo page")
            << u"i.php"_s << QByteArray("<?php\nphpinfo();\n") << true << QStringList{u"phpinfo-page:2"_s};
        QTest::newRow("phpinfo in a big file")
            << u"admin.php"_s << QByteArray("<?php\n" + fillerLines(4000) + "phpinfo();\n") << true
            << QStringList{};
        QTest::newRow("saved phpinfo output")
            << u"dump.html"_s << QByteArray("<html><head><title>phpinfo()</title>") << false
            << QStringList{u"phpinfo-page:1"_s};
        QTest::newRow("wp debug") << u"wp-config.php"_s << QByteArray("<?php\ndefine( 'WP_DEBUG', true );\n")
                                  << true << QStringList{u"debug-mode:2"_s};
        QTest::newRow("wp-config copy") << u"wp-config.php.save"_s << QByteArray("<?php\n") << true
                                        << QStringList{u"wp-config-backup:0"_s};
        QTest::newRow("django debug") << u"settings.py"_s << QByteArray("import os\nDEBUG = True\n") << false
                                      << QStringList{u"debug-mode:2"_s};
        QTest::newRow("debug log") << u"debug.log"_s << QByteArray("[x] PHP Notice\n") << true
                                   << QStringList{u"debug-log:0"_s};
    }

    void riskySettings()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(bool, inWebRoot);
        QFETCH(QStringList, kinds);
        QStringList found;
        for (const LeakFinding& finding : scanBytes(content, fileName, inWebRoot).findings) {
            QVERIFY(!finding.isCredential());
            QVERIFY(!finding.advice().isEmpty());
            found.append(LeakFinding::kindId(finding.kind) + u':' + QString::number(finding.line));
        }
        QCOMPARE(found, kinds);
    }

    void keysAreMatchedToTheAccount()
    {
        const KeyMatcher matcher({u"a0a11b1b-c2c3d4d5"_s, u"91ab3c7d-2e4f6a81"_s}, u"91AB3C7D-2E4F6A81"_s);
        auto matched = [&](Kind kind, const QString& value) {
            LeakFinding finding;
            finding.kind = kind;
            finding.secret = Secret(value);
            matcher.apply(finding);
            return finding;
        };
        const LeakFinding inUse = matched(Kind::ApiKey, otherKey);
        QCOMPARE(inUse.match, LeakFinding::KeyMatch::InUse);
        QCOMPARE(inUse.matchText(), u"This is the key you are using now."_s);
        const LeakFinding listed =
            matched(Kind::ApiKey, u"00aa11bb22cc33dd44ee55ff66aa77bb-A0A11B1B-C2C3D4D5"_s);
        QCOMPARE(listed.match, LeakFinding::KeyMatch::AccountKey);
        QVERIFY(listed.matchText().contains(u"a0a11b1b-c2c3d4d5"_s));
        QCOMPARE(matched(Kind::ApiKey, currentKey).match, LeakFinding::KeyMatch::NotListed);
        QCOMPARE(matched(Kind::LegacyApiKey, legacyKey).match, LeakFinding::KeyMatch::CannotTell);
        // A "signing key" whose id is listed is really one of the account's API keys.
        QCOMPARE(matched(Kind::WebhookSigningKey, otherKey).match, LeakFinding::KeyMatch::InUse);
        QCOMPARE(matched(Kind::WebhookSigningKey, currentKey).match, LeakFinding::KeyMatch::NotListed);
        QCOMPARE(matched(Kind::PublicKey, publicKey).match, LeakFinding::KeyMatch::NotChecked);
        LeakFinding unmatched;
        unmatched.secret = Secret(currentKey);
        KeyMatcher().apply(unmatched);
        QCOMPARE(unmatched.match, LeakFinding::KeyMatch::NotChecked);
    }

    void outputNeverShowsTheSecret()
    {
        const FileScanner::Result result = scanBytes("MAILGUN_SECRET=" + currentKey.toLatin1() +
                                                         "\nMAIL_HOST=smtp.mailgun.org\n"
                                                         "MAIL_PASSWORD=Xq7pLm2vRt9wZk4s\n",
                                                     u".env"_s, true);
        QCOMPARE(result.findings.size(), 3); // the key, the password, the .env in the web root
        LeakScanner::Summary summary;
        summary.files = 1;
        summary.bytes = 99;
        const QJsonObject json = ScanCommand::resultJson(result.findings, summary);
        const QByteArray jsonText = QJsonDocument(json).toJson();
        const QString text = ScanCommand::resultText(result.findings, summary);
        for (const QString& secret : {currentKey, u"Xq7pLm2vRt9wZk4s"_s}) {
            QVERIFY(!jsonText.contains(secret.toLatin1()));
            QVERIFY(!text.contains(secret));
            QVERIFY(jsonText.contains(Secret::mask(secret).toUtf8()));
        }
        QCOMPARE(json.value(u"files"_s).toInt(), 1);
        QCOMPARE(json.value(u"bytes"_s).toInt(), 99);
        const QJsonArray findings = json.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 3);
        for (const auto& value : findings) {
            const QJsonObject finding = value.toObject();
            for (const QString& field : {u"path"_s, u"line"_s, u"kind"_s, u"severity"_s, u"confidence"_s,
                                         u"masked"_s, u"advice"_s, u"match"_s})
                QVERIFY2(finding.contains(field), qPrintable(field));
        }
        bool sawKey = false;
        for (const auto& value : findings) {
            const QJsonObject finding = value.toObject();
            if (finding.value(u"kind"_s).toString() != u"api-key"_s)
                continue;
            sawKey = true;
            QCOMPARE(finding.value(u"severity"_s).toString(), u"critical"_s);
            QCOMPARE(finding.value(u"key_id"_s).toString(), currentKey.right(17));
            QCOMPARE(finding.value(u"line"_s).toInt(), 1);
        }
        QVERIFY(sawKey);
        QVERIFY(text.contains(u"public website folder"_s));
    }

    void scanCommandExitCodes()
    {
        CommandLineOptions options;
        options.command = u"scan"_s;
        ScanCommand noPath(options);
        QSignalSpy usage(&noPath, &ScanCommand::finished);
        noPath.start();
        QVERIFY(usage.wait(5000));
        QCOMPARE(usage.first().first().toInt(), int(ExitUsage));

        options.arguments = {u"/nonexistent/mra-scan-test"_s};
        options.json = true;
        {
            ScanCommand missing(options);
            QSignalSpy failed(&missing, &ScanCommand::finished);
            missing.start();
            QVERIFY(failed.wait(10000));
            QCOMPARE(failed.first().first().toInt(), int(ExitFailed));
        } // one command at a time holds the journal, as in real use

        options.arguments = {QFINDTESTDATA("tst_leakrules.cpp")};
        ScanCommand ok(options);
        QSignalSpy done(&ok, &ScanCommand::finished);
        ok.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toInt(), int(ExitDone));
    }
};

QTEST_GUILESS_MAIN(TestLeakRules)
#include "tst_leakrules.moc"
