// The five framework trees of CorpusGenerator: where Laravel, Symfony, WordPress, Node and
// Django keep their secrets and risky files, each planted and recorded, with look-alikes
// beside them. The building blocks (random secrets, filler text, TextFile) are in
// CorpusGenerator.cpp.
#include "CorpusGenerator.h"

#include <QUrl>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

void CorpusGenerator::writeLaravel(const QString& dir)
{
    const QString apiKey = currentKey();
    const QString signingKey = currentKey();
    const QString smtpPassword = password();
    TextFile(this, dir + u"/.env"_s)
        .lines({u"APP_NAME=Shop"_s, u"APP_ENV=production"_s,
                u"APP_KEY=base64:c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI="_s})
        .risky(u"APP_DEBUG=true"_s, Kind::DebugMode)
        .lines({u"APP_URL=https://shop.example.com"_s, u""_s, u"DB_CONNECTION=mysql"_s,
                u"DB_PASSWORD=dbpass123"_s, u"QUEUE_ID=3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s,
                u"PUSHER_APP_SECRET="_s + hex(32), u""_s, u"MAIL_MAILER=smtp"_s,
                u"MAIL_HOST=smtp.mailgun.org"_s, u"MAIL_PORT=587"_s,
                u"MAIL_USERNAME=postmaster@mg.shop.example.com"_s})
        .plant(u"MAIL_PASSWORD="_s + smtpPassword, Kind::SmtpPassword, smtpPassword)
        .lines({u"MAIL_ENCRYPTION=tls"_s, u"MAILGUN_DOMAIN=mg.shop.example.com"_s})
        .plant(u"MAILGUN_SECRET="_s + apiKey, Kind::ApiKey, apiKey)
        .line(u"MAILGUN_ENDPOINT=api.eu.mailgun.net"_s)
        .plant(u"MAILGUN_WEBHOOK_SIGNING_KEY="_s + signingKey, Kind::WebhookSigningKey, signingKey)
        .write();
    // Look-alikes: an example file with a random key, a test env with placeholders.
    TextFile(this, dir + u"/.env.example"_s)
        .lines({u"APP_DEBUG=true"_s, u"MAIL_HOST=smtp.mailgun.org"_s, u"MAIL_PASSWORD="_s + password(),
                u"MAILGUN_SECRET="_s + currentKey()})
        .write();
    TextFile(this, dir + u"/.env.testing"_s)
        .lines({u"APP_DEBUG=true"_s, u"MAIL_HOST=smtp.mailgun.org"_s, u"MAIL_PASSWORD=changeme"_s,
                u"MAILGUN_SECRET=key-0123456789abcdef0123456789abcdef"_s,
                u"MAILGUN_OTHER=key-00000000000000000000000000000000"_s,
                u"MAILGUN_SIGNING=deadbeef"_s + hex(24) + u"-"_s + hex(8) + u"-"_s + hex(8)})
        .write();
    TextFile(this, dir + u"/config/services.php"_s)
        .lines({u"<?php"_s, u""_s, u"return ["_s, u"    'mailgun' => ["_s,
                u"        'domain' => env('MAILGUN_DOMAIN'),"_s,
                u"        'secret' => env('MAILGUN_SECRET'),"_s,
                u"        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),"_s,
                u"        'scheme' => 'https',"_s, u"    ],"_s, u"];"_s})
        .write();
    TextFile(this, dir + u"/config/mail.php"_s)
        .lines({u"<?php"_s, u"return ["_s, u"    'mailers' => ["_s, u"        'smtp' => ["_s,
                u"            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),"_s,
                u"            'username' => env('MAIL_USERNAME'),"_s,
                u"            'password' => env('MAIL_PASSWORD'),"_s, u"        ],"_s, u"    ],"_s, u"];"_s})
        .write();
    const QString legacy = legacyKey();
    TextFile(this, dir + u"/config/newsletter.php"_s)
        .lines({u"<?php"_s, u"// Old newsletter sender, still deployed."_s, u"return ["_s})
        .plant(u"    'mailgun_key' => '"_s + legacy + u"',"_s, Kind::LegacyApiKey, legacy)
        .line(u"];"_s)
        .write();
    const QString cachedPassword = smtpPassword;
    TextFile(this, dir + u"/bootstrap/cache/config.php"_s)
        .lines({u"<?php return array ("_s, u"  'app' => array ( 'name' => 'Shop', 'debug' => false, ),"_s,
                u"  'services' => array ( 'mailgun' => array ( 'domain' => 'mg.shop.example.com',"_s})
        .plant(u"    'secret' => '"_s + apiKey + u"',"_s, Kind::ApiKey, apiKey)
        .lines(
            {u"  ), ),"_s,
             u"  'mail' => array ( 'mailers' => array ( 'smtp' => array ( 'transport' => 'smtp',"_s,
             u"    'host' => 'smtp.mailgun.org', 'port' => 587, 'username' => 'postmaster@mg.shop.example.com',"_s})
        .plant(u"    'password' => '"_s + cachedPassword + u"',"_s, Kind::SmtpPassword, cachedPassword)
        .line(u"  ), ), ),"_s)
        .line(u");"_s)
        .write();
    // The whole app uploaded into the web root by mistake: a copy of .env under public/.
    const QString publicKey = currentKey();
    TextFile(this, dir + u"/public/.env"_s)
        .line(u"APP_ENV=production"_s)
        .plant(u"MAILGUN_SECRET="_s + publicKey, Kind::ApiKey, publicKey)
        .write();
    plantWholeFile(dir + u"/public/.env"_s, Kind::EnvInWebRoot);
    TextFile(this, dir + u"/public/index.php"_s)
        .lines({u"<?php"_s, u"require __DIR__.'/../bootstrap/app.php';"_s})
        .write();
    // Hashes and tokens that look like keys to looser rules.
    const QString sampleLegacy = legacyKey();
    TextFile(this, dir + u"/app/Services/CacheKeys.php"_s)
        .lines({u"<?php"_s, u"namespace App\\Services;"_s,
                u"// Mailgun message ids are cached under these keys."_s, u"class CacheKeys {"_s,
                u"    const PREFIX = 'cache-key-"_s + hex(32) + u"';"_s,
                u"    const MONKEY = 'monkey-"_s + hex(32) + u"';"_s,
                u"    const SHA1 = 'key-"_s + hex(40) + u"';"_s,
                u"    const ETAG = '"_s + hex(32) + u"-"_s + hex(8) + u"-"_s + hex(8) + u"-"_s + hex(8) +
                    u"';"_s,
                u"    // example: MAILGUN_SECRET=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s})
        // A sample word before a random full-length key lowers its confidence, never hides it.
        .plant(u"    // example: MAILGUN_SECRET="_s + sampleLegacy, Kind::LegacyApiKey, sampleLegacy)
        .line(u"}"_s)
        .write();
    TextFile(this, dir + u"/storage/logs/laravel.log"_s)
        .raw(fillerText(20000, 2))
        .line(u"[2026-11-20 10:00:00] production.ERROR: Mailgun returned 401 for mg.shop.example.com"_s)
        .write();
    plantWholeFile(dir + u"/storage/logs/laravel.log"_s, Kind::DebugLog);
    writeFile(dir + u"/composer.lock"_s,
              (u"{\"packages\": [{\"name\": \"mailgun/mailgun-php\", \"dist\": {\"shasum\": \""_s + hex(40) +
               u"\"}, \"notification-url\": \"key-"_s + hex(32) + u"\"}]}\n"_s)
                  .toUtf8());
    const QString vendorKey = legacyKey();
    TextFile(this, dir + u"/vendor/mailgun/mailgun-php/tests/ApiTest.php"_s, true)
        .lines({u"<?php"_s, u"class ApiTest {"_s})
        .plant(u"    private $mailgunKey = '"_s + vendorKey + u"';"_s, Kind::LegacyApiKey, vendorKey)
        .line(u"}"_s)
        .write();
}

void CorpusGenerator::writeSymfony(const QString& dir)
{
    const QString apiKey = currentKey();
    TextFile(this, dir + u"/.env"_s)
        .line(u"###> symfony/framework-bundle ###"_s)
        .risky(u"APP_ENV=dev"_s, Kind::SymfonyDevMode)
        .line(u"APP_SECRET="_s + hex(32))
        .line(u"###> symfony/mailgun-mailer ###"_s)
        .plant(u"MAILER_DSN=mailgun+api://"_s + apiKey + u":mg.example.org@default?region=eu"_s, Kind::ApiKey,
               apiKey)
        .write();
    const QString smtpPassword = password() + u"@!"_s;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(smtpPassword));
    TextFile(this, dir + u"/.env.local"_s)
        .plant(u"MAILER_DSN=mailgun+smtp://postmaster%40mg.example.org:"_s + encoded +
                   u"@default?region=us"_s,
               Kind::SmtpPassword, smtpPassword)
        .write();
    TextFile(this, dir + u"/.env.dist"_s)
        .line(u"MAILER_DSN=mailgun+api://"_s + currentKey() + u":DOMAIN@default"_s)
        .write();
    TextFile(this, dir + u"/config/packages/mailer.yaml"_s)
        .lines({u"framework:"_s, u"    mailer:"_s, u"        dsn: '%env(MAILER_DSN)%'"_s})
        .write();
    TextFile(this, dir + u"/config/packages/prod/mailer.yaml"_s)
        .lines({u"framework:"_s, u"    mailer:"_s, u"        dsn: 'mailgun+api://KEY:DOMAIN@default'"_s,
                u"        envelope: { sender: 'noreply@example.org' }"_s})
        .write();
    TextFile(this, dir + u"/public/index.php"_s).lines({u"<?php"_s, u"use App\\Kernel;"_s}).write();
    TextFile(this, dir + u"/web/app_dev.php"_s)
        .lines({u"<?php"_s, u"// Symfony 3 front controller for dev"_s})
        .write();
    plantWholeFile(dir + u"/web/app_dev.php"_s, Kind::SymfonyDevMode);
    TextFile(this, dir + u"/var/log/dev.log"_s).raw(fillerText(5000, 2)).write();
    plantWholeFile(dir + u"/var/log/dev.log"_s, Kind::DebugLog);
    // A project checkout: .git at the root is not in a web root; its object store is skipped.
    TextFile(this, dir + u"/.git/config"_s)
        .lines({u"[core]"_s, u"    bare = false"_s, u"[remote \"origin\"]"_s,
                u"    url = git@example.org:shop/app.git"_s})
        .write();
    TextFile(this, dir + u"/.git/objects/ab/"_s + hex(38)).line(u"MAILGUN_SECRET="_s + currentKey()).write();
    TextFile(this, dir + u"/src/Controller/WebhookController.php"_s)
        .lines({u"<?php"_s, u"namespace App\\Controller;"_s, u"final class WebhookController {"_s,
                u"    // The Mailgun signing key comes from %env(MAILGUN_WEBHOOK_SIGNING_KEY)%."_s,
                u"    public function __construct(private string $signingKey) {}"_s, u"}"_s})
        .write();
}

QString CorpusGenerator::sqlOptionsDump(const QString& apiKey, const QString& smtpPassword,
                                        const QString& postKey, const QString& postPassword)
{
    auto s = [](const QString& value) {
        return u"s:%1:\\\"%2\\\";"_s.arg(value.toUtf8().size()).arg(value);
    };
    const QString mailgunOption = u"a:9:{"_s + s(u"useAPI"_s) + s(u"1"_s) + s(u"apiKey"_s) + s(apiKey) +
                                  s(u"domain"_s) + s(u"mg.blog.example.com"_s) + s(u"username"_s) +
                                  s(u"postmaster@mg.blog.example.com"_s) + s(u"password"_s) +
                                  s(smtpPassword) + s(u"secure"_s) + s(u"1"_s) + s(u"region"_s) + s(u"us"_s) +
                                  u"}"_s;
    const QString postOption =
        u"a:6:{"_s + s(u"transport_type"_s) + s(u"mailgun_api"_s) + s(u"mailgun_api_key"_s) +
        s(QString::fromLatin1(postKey.toLatin1().toBase64())) + s(u"hostname"_s) + s(u"smtp.mailgun.org"_s) +
        s(u"basic_auth_password"_s) + s(QString::fromLatin1(postPassword.toLatin1().toBase64())) + u"}"_s;
    const QString lookAlikes =
        u"(9001,'some_plugin_hash','"_s + hex(32) + u"','yes'),(9002,'cron_uuid','"_s +
        u"3f2504e0-4f89-11d3-9a0c-0305e82c3301','yes'),(9003,'mailgun_placeholder','key-"_s +
        u"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx','yes'),"_s;
    return u"INSERT INTO `wp_options` VALUES (1,'siteurl','https://blog.example.com','yes'),"_s + lookAlikes +
           u"(9100,'mailgun','"_s + mailgunOption + u"','yes'),(9101,'postman_options','"_s + postOption +
           u"','yes');"_s;
}

void CorpusGenerator::writeWordPress(const QString& dir)
{
    const QString apiKey = currentKey();
    const QString pluginPassword = password();
    const QString wpmsPassword = password();
    TextFile(this, dir + u"/wp-config.php"_s)
        .lines({u"<?php"_s, u"define( 'DB_NAME', 'blog' );"_s, u"define( 'DB_PASSWORD', 'dbpass-2026' );"_s,
                u"define( 'AUTH_KEY', 'h7:Q]x^m!2Lr|p~Z' );"_s})
        .risky(u"define( 'WP_DEBUG', true );"_s, Kind::DebugMode)
        .line(u"define( 'MAILGUN_USEAPI', true );"_s)
        .plant(u"define( 'MAILGUN_APIKEY', '"_s + apiKey + u"' );"_s, Kind::ApiKey, apiKey)
        .plant(u"define( 'MAILGUN_PASSWORD', '"_s + pluginPassword + u"' );"_s, Kind::SmtpPassword,
               pluginPassword)
        .line(u"define( 'WPMS_ON', true );"_s)
        .line(u"define( 'WPMS_SMTP_HOST', 'smtp.mailgun.org' );"_s)
        .plant(u"define( 'WPMS_SMTP_PASS', '"_s + wpmsPassword + u"' );"_s, Kind::SmtpPassword, wpmsPassword)
        .line(u"require_once ABSPATH . 'wp-settings.php';"_s)
        .write();
    const QString oldKey = legacyKey();
    TextFile(this, dir + u"/wp-config.php.bak"_s)
        .lines({u"<?php"_s, u"define( 'DB_NAME', 'blog' );"_s})
        .plant(u"define('MAILGUN_APIKEY', '"_s + oldKey + u"');"_s, Kind::LegacyApiKey, oldKey)
        .write();
    plantWholeFile(dir + u"/wp-config.php.bak"_s, Kind::WpConfigBackup);
    TextFile(this, dir + u"/wp-config-sample.php"_s)
        .lines({u"<?php"_s, u"define( 'MAILGUN_APIKEY', '"_s + legacyKey() + u"' );"_s})
        .write();
    TextFile(this, dir + u"/index.php"_s)
        .lines({u"<?php"_s, u"require __DIR__ . '/wp-blog-header.php';"_s})
        .write();
    TextFile(this, dir + u"/wp-load.php"_s)
        .lines({u"<?php"_s, u"define( 'ABSPATH', __DIR__ . '/' );"_s})
        .write();
    TextFile(this, dir + u"/info.php"_s).risky(u"<?php phpinfo(); ?>"_s, Kind::PhpInfoPage).write();
    TextFile(this, dir + u"/wp-content/debug.log"_s)
        .line(u"[20-Nov-2026 10:00:00 UTC] PHP Notice:  Undefined index: apiKey in mailgun.php on line 12"_s)
        .raw(fillerText(3000, 2))
        .write();
    plantWholeFile(dir + u"/wp-content/debug.log"_s, Kind::DebugLog);
    // A plugin's system-information screen mentions phpinfo() inside a large file: not a page.
    TextFile(this, dir + u"/wp-content/plugins/site-health-extra/admin/system-info.php"_s)
        .line(u"<?php"_s)
        .raw(fillerText(4000, 0))
        .line(u"function she_show_php_info() { ob_start(); phpinfo(); return ob_get_clean(); }"_s)
        .write();
    // A database dump in the web root, larger than one read chunk, options at the end.
    const QString dumpKey = currentKey();
    const QString dumpPassword = password();
    const QString postKey = currentKey();
    const QString postPassword = password();
    TextFile dump(this, dir + u"/backup/blog-2026-11-01.sql"_s);
    dump.lines({u"-- MySQL dump 10.13"_s, u"INSERT INTO `wp_posts` VALUES "_s});
    dump.raw(fillerText(3 * 1024 * 1024 + 12345, 3));
    const qint64 optionsLine = dump.currentLine();
    dump.line(sqlOptionsDump(dumpKey, dumpPassword, postKey, postPassword));
    dump.write();
    const QString dumpPath = dir + u"/backup/blog-2026-11-01.sql"_s;
    m_planted.append(Planted{dumpPath, optionsLine, Kind::ApiKey, dumpKey, false});
    m_planted.append(Planted{dumpPath, optionsLine, Kind::SmtpPassword, dumpPassword, false});
    m_planted.append(Planted{dumpPath, optionsLine, Kind::ApiKey, postKey, false});
    m_planted.append(Planted{dumpPath, optionsLine, Kind::SmtpPassword, postPassword, false});
    // A database dump inside the web root can be downloaded by anyone.
    plantWholeFile(dumpPath, Kind::DatabaseDumpInWebRoot);
    // The site is a git checkout: .git is served with the site.
    TextFile(this, dir + u"/.git/config"_s).lines({u"[core]"_s, u"    bare = false"_s}).write();
    TextFile(this, dir + u"/.git/HEAD"_s).line(u"ref: refs/heads/main"_s).write();
    plantWholeFile(dir + u"/.git"_s, Kind::GitInWebRoot);
}

void CorpusGenerator::writeNode(const QString& dir)
{
    const QString apiKey = currentKey();
    const QString signingKey = currentKey();
    const QString validationKey = publicKey();
    TextFile(this, dir + u"/.env"_s)
        .plant(u"MAILGUN_API_KEY="_s + apiKey, Kind::ApiKey, apiKey)
        .line(u"MAILGUN_DOMAIN=mg.example.net"_s)
        .plant(u"MAILGUN_WEBHOOK_SIGNING_KEY="_s + signingKey, Kind::WebhookSigningKey, signingKey)
        .plant(u"VITE_MAILGUN_PUBLIC_KEY="_s + validationKey, Kind::PublicKey, validationKey)
        .write();
    const QString smtpPassword = password();
    TextFile(this, dir + u"/src/mailer.js"_s)
        .lines(
            {u"import nodemailer from 'nodemailer';"_s, u"import formData from 'form-data';"_s,
             u"import Mailgun from 'mailgun.js';"_s, u""_s,
             u"const mg = new Mailgun(formData).client({ username: 'api', key: process.env.MAILGUN_API_KEY });"_s,
             u"export const transport = nodemailer.createTransport({"_s, u"  host: 'smtp.mailgun.org',"_s,
             u"  port: 587,"_s, u"  auth: {"_s, u"    user: 'postmaster@mg.example.net',"_s})
        .plant(u"    pass: '"_s + smtpPassword + u"',"_s, Kind::SmtpPassword, smtpPassword)
        .lines({u"  },"_s, u"});"_s})
        .write();
    TextFile(this, dir + u"/README.md"_s)
        .lines(
            {u"# Shop mailer"_s, u"Set `MAILGUN_API_KEY=your-mailgun-api-key` in `.env`."_s, u"```js"_s,
             u"const mg = mailgun.client({username: 'api', key: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0'});"_s,
             u"```"_s})
        .write();
    // A built bundle with the key inlined by the bundler (VITE_ variable), and its source map.
    const QString inlined = currentKey();
    TextFile bundle(this, dir + u"/dist/assets/index-3f2a1b.js"_s);
    QByteArray minified = "(function(){\"use strict\";const t=\"https://api.mailgun.net/v3\";";
    minified += fillerText(3000, 1).replace('\n', ';');
    bundle.plant(QString::fromUtf8(minified) + u"var e=\""_s + inlined +
                     u"\";fetch(t,{headers:{a:e}})})();"_s,
                 Kind::ApiKey, inlined);
    bundle.write();
    TextFile(this, dir + u"/dist/assets/index-3f2a1b.js.map"_s)
        .plant(
            u"{\"version\":3,\"sources\":[\"../src/send.js\"],\"sourcesContent\":[\"const mailgunKey = \\\""_s +
                inlined + u"\\\";\\nexport default mailgunKey;\\n\"],\"mappings\":\"AAAA,MAAMA,SAAS\"}"_s,
            Kind::ApiKey, inlined)
        .write();
    TextFile(this, dir + u"/dist/index.html"_s)
        .line(u"<!doctype html><script src=\"/assets/index-3f2a1b.js\"></script>"_s)
        .write();
    writeFile(dir + u"/package-lock.json"_s,
              (u"{\"packages\": {\"node_modules/mailgun.js\": {\"integrity\": \"sha512-"_s + hex(64) +
               u"\", \"resolved\": \"https://registry.npmjs.org/mailgun.js/-/mailgun.js-10.2.1.tgz\"}},"_s +
               u" \"x\": \"key-"_s + hex(32) + u"\"}\n"_s)
                  .toUtf8());
    TextFile(this, dir + u"/test/fixtures/ids.json"_s)
        .lines({u"{"_s, u"  \"mailgun_message_id\": \"<"_s + hex(20) + u"@mg.example.net>\","_s,
                u"  \"uuid\": \"8c0a3d1e-2b4f-4a6e-9f3d-7a1b2c3d4e5f\","_s,
                u"  \"sha256\": \""_s + hex(64) + u"\","_s,
                u"  \"etag\": \""_s + hex(32) + u"-"_s + hex(8) + u"-"_s + hex(8) + u"-"_s + hex(8) + u"\""_s,
                u"}"_s})
        .write();
    const QString dependencyKey = currentKey();
    TextFile(this, dir + u"/node_modules/mailgun-helper/lib/defaults.js"_s, true)
        .plant(u"module.exports = { mailgunKey: '"_s + dependencyKey + u"' };"_s, Kind::ApiKey, dependencyKey)
        .write();
}

void CorpusGenerator::writeDjango(const QString& dir)
{
    const QString apiKey = currentKey();
    const QString signingKey = currentKey();
    const QString smtpPassword = password();
    TextFile(this, dir + u"/mysite/settings.py"_s)
        .lines({u"import os"_s, u"SECRET_KEY = 'django-insecure-"_s + password() + u"'"_s})
        .risky(u"DEBUG = True"_s, Kind::DebugMode)
        .lines({u"ALLOWED_HOSTS = ['example.com']"_s,
                u"EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'"_s,
                u"EMAIL_HOST = 'smtp.eu.mailgun.org'"_s, u"EMAIL_PORT = 587"_s,
                u"EMAIL_HOST_USER = 'postmaster@mg.example.eu'"_s})
        .plant(u"EMAIL_HOST_PASSWORD = '"_s + smtpPassword + u"'"_s, Kind::SmtpPassword, smtpPassword)
        .lines({u"EMAIL_USE_TLS = True"_s, u"ANYMAIL = {"_s})
        .plant(u"    \"MAILGUN_API_KEY\": \""_s + apiKey + u"\","_s, Kind::ApiKey, apiKey)
        .plant(u"    \"MAILGUN_WEBHOOK_SIGNING_KEY\": \""_s + signingKey + u"\","_s, Kind::WebhookSigningKey,
               signingKey)
        .lines({u"    \"MAILGUN_API_URL\": \"https://api.eu.mailgun.net/v3\","_s, u"}"_s})
        .write();
    TextFile(this, dir + u"/mysite/settings_example.py"_s)
        .lines({u"DEBUG = True"_s, u"EMAIL_HOST = 'smtp.mailgun.org'"_s,
                u"EMAIL_HOST_PASSWORD = '"_s + password() + u"'"_s,
                u"ANYMAIL = {\"MAILGUN_API_KEY\": \""_s + currentKey() + u"\"}"_s})
        .write();
    TextFile(this, dir + u"/mysite/local_settings.py"_s)
        .lines({u"import os"_s, u"EMAIL_HOST = 'smtp.mailgun.org'"_s,
                u"EMAIL_HOST_PASSWORD = os.environ['EMAIL_HOST_PASSWORD']"_s,
                u"ANYMAIL = {\"MAILGUN_API_KEY\": os.environ.get(\"MAILGUN_API_KEY\")}"_s})
        .write();
    // Test fixtures named "fake" and "dummy": placeholders by value are not reported; random
    // full-length keys are, at a lower confidence (a real key is often pasted into a test).
    const QString fixtureSigning = legacyKey();
    const QString fixtureKey = currentKey();
    TextFile(this, dir + u"/shop/tests/test_webhooks.py"_s)
        .lines(
            {u"from django.test import TestCase"_s, u"# A fake signing key for the mailgun webhook tests."_s})
        .plant(u"FAKE_SIGNING_KEY = '"_s + fixtureSigning + u"'  # placeholder"_s, Kind::WebhookSigningKey,
               fixtureSigning)
        .plant(u"DUMMY_MAILGUN_KEY = '"_s + fixtureKey + u"'"_s, Kind::ApiKey, fixtureKey)
        .lines({u"PLACEHOLDER_SIGNING_KEY = 'key-0000000000000000000000000000000a'"_s,
                u"DUMMY_KEY = 'key-abcd1234abcd1234abcd1234abcd1234'"_s})
        .write();
}

void CorpusGenerator::writeAll()
{
    writeLaravel();
    writeSymfony();
    writeWordPress();
    writeNode();
    writeDjango();
}
