// Lists that never end: a hostile or broken server that always sends one more full page, or
// sends the same page again whatever is asked, must not be paged until memory runs out. The
// client stops at a page cap, says so, and never hands a cut list over as if it were whole.
#include "mailgun/MailgunClient.h"
#include "mailgun/api/CredentialsApi.h"
#include "mailgun/api/LogsApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// A loopback HTTP server that answers every list request with a full page of `limit` items.
// Endless: new items on every page and no total. Repeating: the first page whatever `skip`
// says, with a total it never reaches. Finite: `finiteTotal` items, then a short page.
// POST /v1/analytics/logs always names the same next-page token.
class ListServer : public QObject
{
public:
    enum class Mode
    {
        Endless,
        Repeating,
        Finite,
    };

    explicit ListServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int requests() const { return m_requests; }
    int finiteTotal = 250;

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const QByteArray body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            ++m_requests;
            const QByteArray json = answer(QUrl(QString::fromLatin1(requestLine.value(1))), body);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(json.size()) + "\r\n\r\n" + json);
        }
    }

    QByteArray answer(const QUrl& target, const QByteArray& body) const
    {
        if (target.path() == "/v1/analytics/logs"_L1) {
            const QJsonObject request = QJsonDocument::fromJson(body).object();
            const int limit = request.value(u"pagination"_s).toObject().value(u"limit"_s).toInt();
            QJsonArray items;
            for (int i = 0; i < limit; ++i)
                items.append(QJsonObject{{u"event"_s, u"accepted"_s}, {u"id"_s, u"e%1"_s.arg(i)}});
            return QJsonDocument(QJsonObject{{u"items"_s, items},
                                             {u"pagination"_s, QJsonObject{{u"next"_s, u"same-token"_s}}}})
                .toJson(QJsonDocument::Compact);
        }
        const QUrlQuery query(target);
        const int skip = query.queryItemValue(u"skip"_s).toInt();
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        const int first = m_mode == Mode::Repeating ? 0 : skip;
        const int count = m_mode == Mode::Finite ? qBound(0, finiteTotal - skip, limit) : limit;
        QJsonArray items;
        for (int i = first; i < first + count; ++i)
            items.append(QJsonObject{{u"login"_s, u"user%1@example.test"_s.arg(i)}});
        QJsonObject page{{u"items"_s, items}};
        if (m_mode == Mode::Repeating)
            page.insert(u"total_count"_s, 1000000);
        if (m_mode == Mode::Finite)
            page.insert(u"total_count"_s, finiteTotal);
        return QJsonDocument(page).toJson(QJsonDocument::Compact);
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
};

struct Pages
{
    bool done = false;
    QList<QJsonObject> items;
    ApiError error;
};

Pages fetchAll(MailgunClient& client, int pageSize)
{
    Pages pages;
    client.fetchAllPages(Region::Us, u"/v3/domains/example.test/credentials"_s, {}, u"items"_s,
                         u"total_count"_s, pageSize, &client,
                         [&pages](const QList<QJsonObject>& items, const ApiError& error) {
                             pages.items = items;
                             pages.error = error;
                             pages.done = true;
                         });
    // A generous backstop only: an endless list without the cap would never finish.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(pages.done, 60000);
    }();
    return pages;
}

MailgunClient::Options options(int maxListPages)
{
    MailgunClient::Options options;
    options.timeoutMs = 5000;
    options.maxListPages = maxListPages;
    return options;
}

} // namespace

class TestPagingCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCapIsOneThousandPages();
    void finiteListIsReadWhole();
    void endlessListStopsAtTheCap();
    void repeatedPageStopsAtOnce();
    void typedListFailsInsteadOfHandingOverACutList();
    void repeatedLogsTokenIsNotFollowed();
};

void TestPagingCap::defaultCapIsOneThousandPages()
{
    QCOMPARE(MailgunClient::Options().maxListPages, 1000);
}

void TestPagingCap::finiteListIsReadWhole()
{
    ListServer server(ListServer::Mode::Finite);
    MailgunClient client(ApiEndpoints::both(server.url()));
    client.setOptions(options(3));
    const Pages pages = fetchAll(client, 100);
    QVERIFY2(!pages.error.isError(), qPrintable(pages.error.userMessage()));
    QCOMPARE(pages.items.size(), 250);
    QCOMPARE(pages.items.last().value(u"login"_s).toString(), u"user249@example.test"_s);
    QCOMPARE(server.requests(), 3);
}

void TestPagingCap::endlessListStopsAtTheCap()
{
    ListServer server(ListServer::Mode::Endless);
    MailgunClient client(ApiEndpoints::both(server.url()));
    client.setOptions(options(7));
    const Pages pages = fetchAll(client, 10);
    QCOMPARE(pages.error.kind, ApiError::Kind::IncompleteList);
    QCOMPARE(pages.error.code(), u"incomplete-list"_s);
    QCOMPARE(pages.error.pagesRead, 7);
    QCOMPARE(server.requests(), 7);
    QCOMPARE(pages.items.size(), 70);
    QCOMPARE(
        pages.error.userMessage(),
        u"A list from Mailgun did not come to an end, so the program stopped reading it after 7 page(s). "
        "The list may be incomplete, so the program did not act on it. Check the list in the Mailgun "
        "Control Panel, then try again later."_s);
}

void TestPagingCap::repeatedPageStopsAtOnce()
{
    ListServer server(ListServer::Mode::Repeating);
    MailgunClient client(ApiEndpoints::both(server.url()));
    client.setOptions(options(1000));
    const Pages pages = fetchAll(client, 10);
    QCOMPARE(pages.error.kind, ApiError::Kind::IncompleteList);
    QCOMPARE(pages.error.pagesRead, 2);
    QCOMPARE(server.requests(), 2);
    // The repeated page is not counted twice.
    QCOMPARE(pages.items.size(), 10);
}

void TestPagingCap::typedListFailsInsteadOfHandingOverACutList()
{
    ListServer server(ListServer::Mode::Endless);
    MailgunClient client(ApiEndpoints::both(server.url()));
    client.setOptions(options(4));
    CredentialsApi credentials(client);
    credentials.setPageSize(5);
    bool done = false;
    ApiResult<QList<SmtpCredential>> result;
    credentials.list(Region::Us, u"example.test"_s, &client, [&](ApiResult<QList<SmtpCredential>> answer) {
        result = std::move(answer);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, ApiError::Kind::IncompleteList);
    QCOMPARE(result.error.pagesRead, 4);
    QVERIFY(result.value.isEmpty());
}

void TestPagingCap::repeatedLogsTokenIsNotFollowed()
{
    ListServer server(ListServer::Mode::Endless);
    MailgunClient client(ApiEndpoints::both(server.url()));
    client.setOptions(options(1000));
    LogsApi logs(client);
    LogsQuery query;
    query.pageSize = 3;
    query.maxPages = 50;
    bool done = false;
    ApiResult<LogsPage> result;
    logs.list(Region::Us, query, &client, [&](ApiResult<LogsPage> answer) {
        result = std::move(answer);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    // The first page names "same-token"; the second page names it again: not followed.
    QCOMPARE(server.requests(), 2);
    QCOMPARE(result.value.events.size(), 6);
    QVERIFY(result.value.truncated);
}

QTEST_GUILESS_MAIN(TestPagingCap)
#include "tst_pagingcap.moc"
