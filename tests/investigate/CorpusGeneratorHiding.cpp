// Issue 15's hiding places for CorpusGenerator: every key shape Mailgun issued, sample words
// before keys, UTF-16 files, secrets wrapped in an HTTP Basic header, an SMTP AUTH transcript
// or a PHP dump; and a folder of look-alikes in which nothing may be reported.
#include "CorpusGenerator.h"

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

namespace {

// The text with a byte-order mark, as Windows editors save it.
QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xfe\xff") : QByteArray("\xff\xfe");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

void CorpusGenerator::writeHidingPlaces(const QString& dir)
{
    const QString signingKey = currentKey();
    const QString current = currentKey();
    const QString legacyHex = legacyKey();
    const QString legacyAlnum = alnumKey();
    const QString legacyUpper = u"key-"_s + hex(32).toUpper();
    const QString publicAlnum = alnumPublicKey();
    const QString publicHex = publicKey();
    TextFile(this, dir + u"/config/mail-keys.php"_s)
        .lines({u"<?php"_s, u"// Every Mailgun key this shop was ever given."_s, u"return ["_s})
        .plant(u"    'private' => '"_s + current + u"',"_s, Kind::ApiKey, current)
        .plant(u"    'legacy_hex' => '"_s + legacyHex + u"',"_s, Kind::LegacyApiKey, legacyHex)
        .plant(u"    'legacy' => '"_s + legacyAlnum + u"',"_s, Kind::LegacyApiKey, legacyAlnum)
        .plant(u"    'legacy_upper' => '"_s + legacyUpper + u"',"_s, Kind::LegacyApiKey, legacyUpper)
        .plant(u"    'validation' => '"_s + publicAlnum + u"',"_s, Kind::PublicKey, publicAlnum)
        .plant(u"    'validation_hex' => '"_s + publicHex + u"',"_s, Kind::PublicKey, publicHex)
        .plant(u"    'webhook_signing' => '"_s + signingKey + u"',"_s, Kind::WebhookSigningKey, signingKey)
        .line(u"];"_s)
        .write();

    // Sample words lower a key's confidence; they never hide it.
    const QString shopKey = currentKey();
    TextFile(this, dir + u"/db/options.sql"_s)
        .plant(u"INSERT INTO wp_options VALUES (7,'blogname','example-shop'),(8,'mailgun_key','"_s + shopKey +
                   u"');"_s,
               Kind::ApiKey, shopKey)
        .write();
    const QString orderKey = alnumKey();
    TextFile(this, dir + u"/logs/orders.log"_s)
        .line(u"# mailgun"_s)
        .raw(fillerText(4000, 2))
        .plant(u"[2026-11-30 10:00] sample order sent with "_s + orderKey, Kind::LegacyApiKey, orderKey)
        .write();
    const QString dummyKey = legacyKey();
    TextFile(this, dir + u"/tools/seed.conf"_s)
        .plant(u"dummy=1 SECRET="_s + dummyKey, Kind::LegacyApiKey, dummyKey)
        .write();

    // UTF-16 with a byte-order mark, little- and big-endian, CRLF line ends.
    const QString iisKey = currentKey();
    const QString webConfig = u"<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<configuration>\r\n"
                              u"  <appSettings>\r\n    <add key=\"MailgunApiKey\" value=\""_s +
                              iisKey + u"\" />\r\n  </appSettings>\r\n</configuration>\r\n"_s;
    writeFile(dir + u"/iis/web.config"_s, utf16(webConfig, false));
    m_planted.append(Planted{dir + u"/iis/web.config"_s, 4, Kind::ApiKey, iisKey});
    const QString iniKey = alnumKey();
    writeFile(dir + u"/windows/settings.ini"_s,
              utf16(u"[mailgun]\r\n; Réglages\r\napi_key="_s + iniKey + u"\r\n"_s, true));
    m_planted.append(Planted{dir + u"/windows/settings.ini"_s, 3, Kind::LegacyApiKey, iniKey});

    // HTTP Basic "api:KEY", base64-wrapped, in a curl trace and in a JSON log.
    const QString basicKey = currentKey();
    const QString jsonKey = alnumKey();
    TextFile(this, dir + u"/logs/curl-trace.log"_s)
        .lines({u"> POST /v3/mg.shop.test/messages HTTP/1.1"_s, u"> Host: api.eu.example.net"_s})
        .plant(u"> Authorization: Basic "_s + base64("api:" + basicKey.toLatin1()), Kind::ApiKey, basicKey)
        .plant(u"{\"headers\":{\"authorization\":\"Basic "_s + base64("api:" + jsonKey.toLatin1()) +
                   u"\"}}"_s,
               Kind::LegacyApiKey, jsonKey)
        .write();
    // PHPMailer's SMTPDebug transcript (AUTH LOGIN) and Python smtplib's (AUTH PLAIN).
    const QString loginPassword = password();
    TextFile(this, dir + u"/logs/phpmailer.log"_s)
        .lines({u"2026-11-30 10:00:01 Connection: opening to smtp.mailgun.org:587, timeout=300"_s,
                u"2026-11-30 10:00:01 SERVER -> CLIENT: 220 ESMTP ready"_s,
                u"2026-11-30 10:00:02 CLIENT -> SERVER: AUTH LOGIN"_s,
                u"2026-11-30 10:00:02 SERVER -> CLIENT: 334 VXNlcm5hbWU6"_s,
                u"2026-11-30 10:00:02 CLIENT -> SERVER: "_s + base64("postmaster@mg.shop.test"),
                u"2026-11-30 10:00:02 SERVER -> CLIENT: 334 UGFzc3dvcmQ6"_s})
        .plant(u"2026-11-30 10:00:02 CLIENT -> SERVER: "_s + base64(loginPassword.toLatin1()),
               Kind::SmtpPassword, loginPassword)
        .line(u"2026-11-30 10:00:02 SERVER -> CLIENT: 235 2.7.0 Authentication successful"_s)
        .write();
    const QString plainPassword = password();
    TextFile(this, dir + u"/logs/smtplib.log"_s)
        .lines({u"connect: ('smtp.mailgun.org', 587)"_s, u"send: 'ehlo shop.test\\r\\n'"_s})
        .plant(u"send: 'AUTH PLAIN "_s +
                   base64(QByteArray("\0postmaster@mg.shop.test\0", 25) + plainPassword.toLatin1()) +
                   u"\\r\\n'"_s,
               Kind::SmtpPassword, plainPassword)
        .line(u"reply: b'235 2.7.0 Authentication successful\\r\\n'"_s)
        .write();
    // print_r() and var_dump() of the mail settings, left on a debug page.
    const QString printedPassword = password();
    TextFile(this, dir + u"/debug/print_r.txt"_s)
        .lines({u"Array"_s, u"("_s, u"    [host] => smtp.mailgun.org"_s, u"    [port] => 587"_s,
                u"    [username] => postmaster@mg.shop.test"_s})
        .plant(u"    [password] => "_s + printedPassword, Kind::SmtpPassword, printedPassword)
        .line(u")"_s)
        .write();
    const QString dumpedPassword = password();
    TextFile(this, dir + u"/debug/var_dump.txt"_s)
        .lines({u"array(2) {"_s, u"  [\"host\"]=>"_s, u"  string(16) \"smtp.mailgun.org\""_s,
                u"  [\"password\"]=>"_s})
        .plant(u"  string(%1) \"%2\""_s.arg(dumpedPassword.size()).arg(dumpedPassword), Kind::SmtpPassword,
               dumpedPassword)
        .line(u"}"_s)
        .write();
}

void CorpusGenerator::writeLookAlikes(const QString& dir)
{
    // Minified bundles: build hashes and ids in the 32-8-8 shape, nothing about Mailgun.
    for (const QString& name :
         {u"site/assets/js/app.4c1d9e.min.js"_s, u"site/static/js/chunk-vendors.js"_s}) {
        QByteArray minified = "!function(){\"use strict\";";
        for (int i = 0; i < 8; ++i) {
            minified += fillerText(1500, 1).replace('\n', ';');
            minified += "var h" + QByteArray::number(i) + "=\"" + currentKey().toLatin1() + "\";";
        }
        writeFile(dir + u'/' + name, minified + "}();\n");
    }
    TextFile(this, dir + u"/data/checksums.txt"_s)
        .lines({u"sha256 "_s + hex(64) + u"  mailer-2.4.1.tar.gz"_s, u"sha1 "_s + hex(40) + u"  index.php"_s,
                u"md5 "_s + hex(32) + u"  style.css"_s, u"cache: key-"_s + hex(40),
                u"cache: cache-key-"_s + hex(32), u"cache: monkey-"_s + hex(32),
                u"etag: "_s + currentKey() + u"-"_s + hex(8),
                u"integrity: sha384-"_s + hex(32) + u"-"_s + hex(8)})
        .write();
    TextFile(this, dir + u"/data/ids.json"_s)
        .lines({u"{"_s, u"  \"uuid\": \"%1-%2-4%3-a%4-%5\","_s.arg(hex(8), hex(4), hex(3), hex(3), hex(12)),
                u"  \"request\": \"%1\","_s.arg(hex(32)), u"  \"trace\": \"%1-%2\","_s.arg(hex(32), hex(8)),
                u"  \"span\": \"%1-%2-%3\""_s.arg(hex(32), hex(8), hex(4)), u"}"_s})
        .write();
    // Placeholders, where Mailgun is named: the value itself says it is not a key.
    TextFile(this, dir + u"/config/mailgun.env"_s)
        .lines({u"MAILGUN_SECRET=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s,
                u"MAILGUN_SECRET=key-yourmailgunkeygoeshere9k2m7q4z8w"_s,
                u"MAILGUN_SECRET=key-0123456789abcdef0123456789abcdef"_s,
                u"MAILGUN_OTHER=key-00000000000000000000000000000000"_s,
                u"MAILGUN_API_KEY=00000000000000000000000000000000-00000000-00000000"_s,
                u"MAILGUN_SIGNING=deadbeef"_s + hex(24) + u"-"_s + hex(8) + u"-"_s + hex(8),
                u"MAILGUN_DOCS=key-3ax6xnjp29jd6fds4gc373sgvjxteol0"_s,
                u"MAILGUN_PUBLIC_KEY=pubkey-5ogiflzbnjrljiky49qxsiozqef5jxp7"_s,
                u"MAILGUN_API_KEY=your-mailgun-api-key"_s, u"MAIL_HOST=smtp.mailgun.org"_s,
                u"MAIL_PASSWORD=changeme"_s,
                u"Authorization: Basic "_s + base64("api:key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")})
        .write();
}
