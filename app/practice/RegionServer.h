#pragma once

#include "practice/PracticeHttp.h"
#include "practice/PracticeRegion.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

// One request's way back to the client. It can answer, drop the connection, or do nothing
// (a hung request); it may be kept past handleRequest() for delayed answers, and it copes
// with the client having gone away in the meantime.
class PracticeExchange
{
public:
    PracticeExchange(QHttpServerResponder&& responder, QTcpSocket* socket);

    bool isConnected() const;
    void respond(const PracticeResponse& response);
    void drop();

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};

// The practice API of one region on its own loopback port. It only turns QtHttpServer's
// request into a PracticeHttpRequest and passes it on with a PracticeExchange; faults,
// recording and the API itself live in PracticeServer.
class RegionServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(PracticeRegion, const PracticeHttpRequest&, const QHostAddress& peer,
                                       const std::shared_ptr<PracticeExchange>&)>;

    RegionServer(PracticeRegion region, Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    PracticeRegion m_region;
    Handler m_handler;
};
