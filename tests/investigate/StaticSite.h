#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A website on loopback that serves exactly the files a test gives it (status, type, body)
// and a plain 404 page for everything else, or one page for every address (a "soft 404"
// site). It records each request's method and target. For the issue 18 probe tests: keys
// at the new places, and files whose content is not what their name says.
class StaticSite : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
    };

    explicit StaticSite(QObject* parent = nullptr);
    ~StaticSite() override;

    void serve(const QByteArray& target, const QByteArray& contentType, const QByteArray& body,
               int status = 200);
    // Every address not given to serve() gets this page with status 200.
    void serveEverythingElse(const QByteArray& contentType, const QByteArray& body);

    bool listen();
    QUrl url() const; // http://127.0.0.1:PORT/
    const QList<Request>& requests() const { return m_requests; }
    int requestsFor(const QByteArray& target) const;

private:
    struct File
    {
        int status = 404;
        QByteArray contentType;
        QByteArray body;
    };

    void onReadyRead(QTcpSocket* socket);
    File fileFor(const QByteArray& target) const;

    QTcpServer m_server;
    QHash<QByteArray, File> m_files;
    File m_everythingElse;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
};
