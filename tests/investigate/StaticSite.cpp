#include "StaticSite.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

StaticSite::StaticSite(QObject* parent)
    : QObject(parent)
{
    m_everythingElse.contentType = "text/html; charset=UTF-8";
    m_everythingElse.body = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                            "<body><h1>Not Found</h1></body></html>\n";
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

StaticSite::~StaticSite()
{
    m_server.close();
}

void StaticSite::serve(const QByteArray& target, const QByteArray& contentType, const QByteArray& body,
                       int status)
{
    m_files.insert(target, File{status, contentType, body});
}

void StaticSite::serveEverythingElse(const QByteArray& contentType, const QByteArray& body)
{
    m_everythingElse = File{200, contentType, body};
}

bool StaticSite::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StaticSite::url() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort()));
}

int StaticSite::requestsFor(const QByteArray& target) const
{
    int count = 0;
    for (const Request& request : m_requests)
        count += request.target == target ? 1 : 0;
    return count;
}

StaticSite::File StaticSite::fileFor(const QByteArray& target) const
{
    return m_files.value(target, m_everythingElse);
}

void StaticSite::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer.left(end).split('\n').value(0).trimmed().split(' ');
        buffer.remove(0, end + 4); // the probe sends no request bodies
        const Request request{requestLine.value(0), requestLine.value(1)};
        m_requests.append(request);
        const File file = fileFor(request.target);
        const QByteArray reason = file.status == 200 ? "OK" : file.status == 404 ? "Not Found" : "Status";
        QByteArray head = "HTTP/1.1 " + QByteArray::number(file.status) + ' ' + reason + "\r\n";
        head += "Content-Type: " + file.contentType + "\r\n";
        head +=
            "Content-Length: " + QByteArray::number(file.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
        socket->write(head);
        if (request.method != "HEAD")
            socket->write(file.body);
    }
}
