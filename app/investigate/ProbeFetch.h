#pragma once

#include "investigate/ProbeResponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One GET of the website probe, with the limits that keep it polite and safe: at most
// `maxBodyBytes` of the body are read (the reply is aborted beyond), one overall timeout,
// redirects followed only on the same host (http to https is fine) and only a few hops.
// Never sends credentials or cookies of its own, never a body.
class ProbeFetch : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBodyBytes = 256 * 1024;
        int timeoutMs = 10000;
        int maxRedirects = 3;
    };

    // `firstBytesOnly`: ask for the first kilobyte only (Range), enough to recognise an archive.
    ProbeFetch(QNetworkAccessManager* network, const QUrl& url, bool firstBytesOnly, const Limits& limits,
               QObject* parent = nullptr);
    ~ProbeFetch() override;

    void start();
    // Stops the request; finished() follows.
    void cancel();
    const ProbeResponse& response() const { return m_response; }

    static constexpr qint64 firstBytesLength = 1024;

Q_SIGNALS:
    void finished();

private:
    void readAvailable();
    // Moves what the reply has into the body, up to the cap; false when the cap was reached.
    bool takeBytes(QNetworkReply* reply);
    void send(const QUrl& url);
    void onReplyFinished(); // a redirect is checked and followed; anything else completes
    void stop(ProbeResponse::Failure failure);
    void complete();

    QNetworkAccessManager* m_network;
    bool m_firstBytesOnly;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    ProbeResponse m_response;
    int m_redirects = 0;
    bool m_done = false;
};
