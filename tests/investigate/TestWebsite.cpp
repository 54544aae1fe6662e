#include "TestWebsite.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

const QByteArray notFoundPage = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                                "<body><h1>Not Found</h1><p>The requested URL was not found on this "
                                "server.</p></body></html>\n";

// A shop's friendly "not found" page that a careless check would take for a hit: it talks
// about .env files, phpinfo and the Symfony Profiler, and even shows an APP_KEY= line.
QByteArray softNotFoundPage(const QByteArray& target)
{
    QByteArray page = "<!DOCTYPE html>\n<html><head><title>Corner Shop</title></head><body>\n"
                      "<header><a href=\"/\">Corner Shop</a> | <a href=\"/blog\">Blog</a></header>\n"
                      "<h1>Sorry, we could not find ";
    page += target.toPercentEncoding("/?=&.-_~");
    page += "</h1>\n<p>Here are our latest blog posts instead.</p>\n"
            "<article><h2>Keep your .env file safe</h2><p>A Laravel site keeps its settings in a file "
            "called .env. It looks like this:</p>\n<pre>\nAPP_NAME=Corner Shop\nAPP_KEY=\nDB_HOST=localhost\n"
            "MAIL_HOST=smtp.example.org\n</pre>\n<p>Never put it in the public folder.</p></article>\n"
            "<article><h2>What phpinfo() tells an attacker</h2><p>The page starts with PHP Version and "
            "ends with the PHP License. The Symfony Profiler is just as chatty. A .git folder starts "
            "with [core] and an \"Index of /\" page lists files.</p></article>\n";
    for (int i = 0; i < 12; ++i)
        page += "<p class=\"filler\">We sell fresh bread, local cheese and seasonal vegetables every "
                "day of the week.</p>\n";
    page += "<footer>&copy; Corner Shop</footer></body></html>\n";
    return page;
}

} // namespace

TestWebsite::TestWebsite(Mode mode, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
    , m_random(seed)
{
    m_accountKey = hex(32) + u'-' + hex(8) + u'-' + hex(8);
    m_foreignKey = hex(32) + u'-' + hex(8) + u'-' + hex(8);
    m_smtpPassword = password();
    m_appKey = u"base64:"_s + QString::fromLatin1(QByteArray::fromHex(hex(64).toLatin1()).toBase64());
    m_hugeHead =
        "APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=" + m_appKey.toLatin1() +
        "\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=postmaster@mg.shop.example.com\nMAIL_PASSWORD=" +
        m_smtpPassword.toLatin1() + "\n";
    connect(&m_server, &QTcpServer::newConnection, this, &TestWebsite::onNewConnection);
}

TestWebsite::~TestWebsite()
{
    m_server.close();
}

bool TestWebsite::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestWebsite::url() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(port()));
}

QString TestWebsite::accountKeyId() const
{
    return m_accountKey.right(17);
}

int TestWebsite::requestsFor(const QByteArray& path) const
{
    int count = 0;
    for (const Request& request : m_requests) {
        const qsizetype query = request.target.indexOf('?');
        if ((query >= 0 ? request.target.left(query) : request.target) == path)
            ++count;
    }
    return count;
}

QMap<QByteArray, QString> TestWebsite::exposedTargets()
{
    return {{"/.env", u"env-file"_s},
            {"/phpinfo.php", u"phpinfo-page"_s},
            {"/.git/config", u"git-folder"_s},
            {"/wp-config.php.bak", u"wp-config-backup"_s},
            {"/storage/logs/laravel.log", u"laravel-log"_s},
            {"/_profiler/empty/search/results?limit=10", u"symfony-profiler"_s},
            {"/wp-content/debug.log", u"wp-debug-log"_s},
            {"/_ignition/health-check", u"laravel-debug"_s},
            {"/docker-compose.yml", u"docker-compose-file"_s},
            {"/env.js", u"js-env-file"_s},
            {"/backup.zip", u"backup-archive"_s},
            {"/backup/", u"directory-listing"_s},
            {"/assets/app.3f9c.js?v=2&x=1", u"key-in-page"_s}};
}

QString TestWebsite::hex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(digits[m_random.bounded(16)]));
    return text;
}

QString TestWebsite::password()
{
    static const char chars[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString text;
    for (int i = 0; i < 20; ++i)
        text.append(QLatin1Char(chars[m_random.bounded(int(sizeof chars) - 1)]));
    return text;
}

void TestWebsite::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            if (socket == m_hugeSocket)
                pumpHuge(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_hugeSocket) {
                m_hugeHungUp = m_hugeSent < hugeSize;
                m_hugeSocket = nullptr;
            }
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestWebsite::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.at = std::chrono::steady_clock::now();
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "range")
                request.range = value;
            else if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (buffer.size() < end + 4 + contentLength)
            return; // the body of a request the probe must never send; wait for it anyway
        buffer.remove(0, end + 4 + contentLength);
        m_requests.append(request);
        respond(socket, request.method, answerFor(request.target, request.range));
    }
}

void TestWebsite::respond(QTcpSocket* socket, const QByteArray& method, const Answer& answer)
{
    if (answer.hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + answer.reason + "\r\n";
    if (!answer.contentType.isEmpty())
        head += "Content-Type: " + answer.contentType + "\r\n";
    for (const auto& [name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    const qint64 length = answer.huge ? hugeSize : answer.body.size();
    head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: keep-alive\r\n\r\n";
    socket->write(head);
    if (method == "HEAD")
        return;
    if (answer.huge) {
        m_hugeSocket = socket;
        m_hugeSent = 0;
        pumpHuge(socket);
        return;
    }
    socket->write(answer.body);
}

void TestWebsite::pumpHuge(QTcpSocket* socket)
{
    // Writes only as fast as the client reads: the bytes sent show how much it took.
    QByteArray chunk(64 * 1024, '#');
    chunk[chunk.size() - 1] = '\n';
    while (m_hugeSent < hugeSize && socket->bytesToWrite() < 128 * 1024) {
        if (m_hugeSent == 0) {
            QByteArray first = m_hugeHead;
            first += chunk.left(chunk.size() - first.size());
            socket->write(first);
        } else {
            socket->write(chunk.left(qMin<qint64>(chunk.size(), hugeSize - m_hugeSent)));
        }
        m_hugeSent += qMin<qint64>(chunk.size(), hugeSize - m_hugeSent);
    }
}

TestWebsite::Answer TestWebsite::notFound()
{
    Answer answer;
    answer.body = notFoundPage;
    return answer;
}

TestWebsite::Answer TestWebsite::page(const QByteArray& contentType, const QByteArray& body)
{
    Answer answer;
    answer.status = 200;
    answer.reason = "OK";
    answer.contentType = contentType;
    answer.body = body;
    return answer;
}

TestWebsite::Answer TestWebsite::redirect(const QByteArray& location) const
{
    Answer answer;
    answer.status = 302;
    answer.reason = "Found";
    answer.headers.append(qMakePair(QByteArray("Location"), location));
    answer.body = "<html><body>Moved</body></html>";
    return answer;
}

TestWebsite::Answer TestWebsite::answerFor(const QByteArray& target, const QByteArray& range)
{
    if (m_hanging.contains(target) || m_mode == Mode::Silent) {
        Answer answer;
        answer.hang = true;
        return answer;
    }
    const QByteArray path = target.left(target.indexOf('?') >= 0 ? target.indexOf('?') : target.size());
    const QByteArray other = m_otherSite.toString(QUrl::StripTrailingSlash).toUtf8();
    switch (m_mode) {
    case Mode::Exposed:
        return exposedAnswer(target, range);
    case Mode::SoftNotFound:
        return page("text/html; charset=UTF-8", softNotFoundPage(target));
    case Mode::Clean:
        if (target == "/")
            return page("text/html", "<html><body><h1>Corner Shop</h1></body></html>");
        return notFound();
    case Mode::Redirecting:
        if (target == "/.env")
            return redirect(other + "/.env");
        if (target == "/.git/config")
            return redirect("/.git/config?hop=1");
        if (target == "/.git/config?hop=1")
            return page("", "[core]\n\trepositoryformatversion = 0\n\tbare = false\n");
        if (path == "/info.php") {
            // A loop on the same host: it must stop after a few hops.
            const int hop = target.mid(target.indexOf("hop=") + 4).toInt();
            return redirect("/info.php?hop=" + QByteArray::number(target.contains("hop=") ? hop + 1 : 1));
        }
        return notFound();
    case Mode::MovedElsewhere: {
        Answer answer = redirect(other + target);
        answer.status = 301;
        answer.reason = "Moved Permanently";
        return answer;
    }
    case Mode::Huge:
        if (target == "/.env") {
            Answer answer = page("text/plain", {});
            answer.huge = true;
            return answer;
        }
        return notFound();
    case Mode::Silent:
        break;
    }
    return notFound();
}

TestWebsite::Answer TestWebsite::exposedAnswer(const QByteArray& target, const QByteArray& range)
{
    const QByteArray key = m_accountKey.toLatin1();
    const QByteArray foreign = m_foreignKey.toLatin1();
    const QByteArray smtp = m_smtpPassword.toLatin1();
    if (target == "/") {
        // Its own bundle (with the key inlined), and a library from another host that the
        // probe must not ask for.
        const QByteArray otherHost = "http://localhost:" + QByteArray::number(port()) + "/cdn/lib.js";
        return page("text/html", "<html><head><title>Corner Shop</title>\n<script src=\"" + otherHost +
                                     "\"></script>\n<script defer src=\"/assets/app.3f9c.js?v=2&amp;x=1\">"
                                     "</script></head><body>Welcome</body></html>");
    }
    if (target == "/assets/app.3f9c.js?v=2&x=1")
        return page("application/javascript",
                    "(()=>{\"use strict\";const e={domain:\"mg.corner-shop.net\",mailgunKey:\"" + key +
                        "\"};window.shop=e})();\n//# sourceMappingURL=app.3f9c.js.map\n");
    if (target == "/assets/app.3f9c.js.map")
        return page("application/json",
                    "{\"version\":3,\"sources\":[\"src/mail.js\"],\"sourcesContent\":[\"export const "
                    "mailgunKey = '" +
                        key + "';\\n\"],\"mappings\":\"AAAA\"}");
    if (target == "/.env")
        return page(
            "text/plain",
            "APP_NAME=\"Corner Shop\"\nAPP_ENV=production\nAPP_KEY=" + m_appKey.toLatin1() +
                "\nAPP_DEBUG=true\nAPP_URL=https://shop.example.com\n\nDB_CONNECTION=mysql\n"
                "DB_HOST=127.0.0.1\nDB_DATABASE=shop\nDB_USERNAME=shop\n\nMAIL_MAILER=smtp\n"
                "MAIL_HOST=smtp.mailgun.org\nMAIL_PORT=587\nMAIL_USERNAME=postmaster@mg.shop.example.com\n"
                "MAIL_PASSWORD=" +
                smtp + "\nMAIL_ENCRYPTION=tls\n\nMAILGUN_DOMAIN=mg.shop.example.com\nMAILGUN_SECRET=" + key +
                "\nMAILGUN_ENDPOINT=api.mailgun.net\n");
    if (target == "/phpinfo.php")
        return page("text/html; charset=UTF-8",
                    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                    "\"DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n"
                    "<title>PHP 8.2.7 - phpinfo()</title></head>\n<body><div class=\"center\">\n"
                    "<table><tr class=\"h\"><td><h1 class=\"p\">PHP Version 8.2.7</h1></td></tr></table>\n"
                    "<table><tr><td class=\"e\">System </td><td class=\"v\">Linux web1 6.1.0 x86_64 "
                    "</td></tr></table>\n<h2>PHP Variables</h2>\n<table>\n"
                    "<tr><td class=\"e\">$_ENV['MAIL_HOST']</td><td class=\"v\">smtp.mailgun.org</td></tr>\n"
                    "<tr><td class=\"e\">$_ENV['MAILGUN_SECRET']</td><td class=\"v\">" +
                        key +
                        "</td></tr>\n</table>\n<h2>PHP License</h2>\n<p>This program is free software; you "
                        "can redistribute it and/or modify it under the terms of the PHP License.</p>\n"
                        "</div></body></html>\n");
    if (target == "/info.php") // the shop's own page of that name: no phpinfo
        return page("text/html", "<html><head><title>Shop information</title></head><body><h1>About "
                                 "us</h1><p>Opening hours and the PHP Version we run are none of your "
                                 "business.</p></body></html>");
    if (target == "/.git/config")
        return page("", "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n"
                        "[remote \"origin\"]\n\turl = https://git.example.com/shop/site.git\n"
                        "\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
    if (target == "/wp-config.php.bak")
        return page(
            "application/x-trash",
            "<?php\n/** The name of the database for WordPress */\ndefine( 'DB_NAME', 'wordpress' );\n"
            "define( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '" +
                password().toLatin1() +
                "' );\ndefine( 'DB_HOST', 'localhost' );\n"
                "define( 'MAILGUN_USEAPI', true );\ndefine( 'MAILGUN_APIKEY', '" +
                foreign +
                "' );\ndefine( 'MAILGUN_DOMAIN', 'mg.shop.example.com' );\n$table_prefix = 'wp_';\n"
                "require_once ABSPATH . 'wp-settings.php';\n");
    if (target == "/wp-config.php") // PHP runs: the real file shows nothing
        return page("text/html; charset=UTF-8", {});
    if (target == "/storage/logs/laravel.log")
        return page("text/plain",
                    "[2026-11-02 10:14:03] production.ERROR: Connection could not be established "
                    "with host smtp.mailgun.org {\"exception\":\"[object] "
                    "(Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 0)\"}\n"
                    "#0 /var/www/shop/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(253)\n");
    if (target == "/_profiler/empty/search/results?limit=10")
        return page("text/html; charset=UTF-8",
                    "<!DOCTYPE html>\n<html><head><title>Symfony Profiler</title></head><body>"
                    "<h2>Profile Search</h2><table><tr><td>GET</td><td>/checkout</td><td>200</td></tr>"
                    "</table></body></html>\n");
    if (target == "/wp-content/debug.log")
        return page("text/plain", "[02-Nov-2026 10:14:03 UTC] PHP Warning:  Undefined variable $order in "
                                  "/var/www/html/wp-content/plugins/shop/cart.php on line 12\n"
                                  "[02-Nov-2026 10:15:40 UTC] PHP Notice:  Function wpdb::prepare was called "
                                  "incorrectly. (This message was added in WordPress version 3.9.0.) in "
                                  "/var/www/html/wp-includes/functions.php on line 6031\n");
    if (target == "/_ignition/health-check")
        return page("application/json", "{\"can_execute_commands\":true}");
    if (target == "/docker-compose.yml")
        return page("application/x-yaml",
                    "services:\n  web:\n    image: php:8.2-apache\n    environment:\n"
                    "      MAILGUN_DOMAIN: mg.shop.example.com\n      MAILGUN_SECRET: " +
                        key + "\n    ports:\n      - \"80:80\"\n");
    if (target == "/env.js")
        return page(
            "application/javascript",
            "window.__ENV = { API_URL: \"https://shop.example.com/api\", NODE_ENV: \"production\" };\n");
    if (target == "/backup.zip") {
        QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
        zip += "site/.env";
        while (zip.size() < 4096)
            zip += char(m_random.bounded(256));
        if (range == "bytes=0-1023") {
            Answer answer = page("application/zip", zip.left(1024));
            answer.status = 206;
            answer.reason = "Partial Content";
            answer.headers.append(qMakePair(QByteArray("Content-Range"), QByteArray("bytes 0-1023/4096")));
            return answer;
        }
        return page("application/zip", zip);
    }
    if (target == "/backup/")
        return page(
            "text/html;charset=UTF-8",
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<html><head><title>Index of "
            "/backup</title></head><body><h1>Index of /backup</h1><table><tr><td><a "
            "href=\"shop-2026-10-01.sql.gz\">shop-2026-10-01.sql.gz</a></td></tr></table></body></html>\n");
    return notFound();
}
