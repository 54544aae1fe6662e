#include "practice/RegionServer.h"

#include <QHttpServerRequest>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

PracticeExchange::PracticeExchange(QHttpServerResponder&& responder, QTcpSocket* socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{}

bool PracticeExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void PracticeExchange::respond(const PracticeResponse& response)
{
    // The responder writes straight to the socket; a client that gave up must not crash us.
    if (!isConnected())
        return;
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        m_responder.writeHeader("Content-Type", response.contentType);
    for (const auto& [name, value] : response.headers)
        m_responder.writeHeader(name, value);
    m_responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    m_responder.writeBody(response.body);
}

void PracticeExchange::drop()
{
    if (m_socket)
        m_socket->abort();
}

using namespace Qt::StringLiterals;

RegionServer::RegionServer(PracticeRegion region, Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_region(region)
    , m_handler(std::move(handler))
{}

bool RegionServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    PracticeHttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    // Mailgun (Go's url.ParseQuery) reads '+' in a query as a space, and proxies re-encode
    // spaces that way; a literal plus arrives as %2B.
    QString rawQuery = request.url().query(QUrl::FullyEncoded);
    rawQuery.replace(u'+', u"%20"_s);
    copy.query = QUrlQuery(rawQuery);
    copy.headers = request.headers();
    copy.body = request.body();
    auto exchange = std::make_shared<PracticeExchange>(makeResponder(request, socket), socket);
    m_handler(m_region, copy, request.remoteAddress(), exchange);
    return true;
}

void RegionServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Never reached (handleRequest takes everything), but a request must always be answered.
    PracticeExchange(makeResponder(request, socket), socket)
        .respond(PracticeResponse::message(404, QStringLiteral("Not Found")));
}
