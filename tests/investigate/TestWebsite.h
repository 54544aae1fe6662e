#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

class QTcpSocket;

// A small HTTP/1.1 website on loopback for the website probe's tests, written on QTcpServer
// so that it can misbehave on purpose: serve secrets, answer 200 to everything, redirect to
// another host, send a huge file, or never answer. It records every request (method, target,
// Range header, arrival time) so that tests can check GET-only and the pace.
// Secrets are synthetic, made at run time; nothing here looks like a real key in the source.
class TestWebsite : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Exposed,        // .env, phpinfo, .git/config, wp-config.php.bak, logs, ...; real 404s elsewhere
        SoftNotFound,   // 200 and the same page for every address (mentions .env, phpinfo, ...)
        Clean,          // real 404s everywhere but the home page
        Redirecting,    // /.env to another host; /.git/config via a same-host redirect; a loop
        MovedElsewhere, // every address redirects to another host
        Huge,           // /.env is a 64 MiB file
        Silent,         // accepts connections, never answers
    };
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QByteArray range;  // the Range header, if any
        std::chrono::steady_clock::time_point at;
    };

    explicit TestWebsite(Mode mode, quint32 seed = 20261128, QObject* parent = nullptr);
    ~TestWebsite() override;

    bool listen();
    QUrl url() const; // http://127.0.0.1:PORT/
    quint16 port() const { return m_server.serverPort(); }
    // Redirecting / MovedElsewhere: the other site ("http://localhost:PORT").
    void setOtherSite(const QUrl& url) { m_otherSite = url; }
    // Never answer this target (path and query), whatever the mode.
    void hang(const QByteArray& target) { m_hanging.insert(target); }

    const QList<Request>& requests() const { return m_requests; }
    int requestsFor(const QByteArray& path) const; // path without the query

    // Exposed: target -> the exposure kind id the probe must report there.
    static QMap<QByteArray, QString> exposedTargets();
    QString accountKey() const { return m_accountKey; } // in .env, phpinfo and docker-compose.yml
    QString accountKeyId() const;
    QString foreignKey() const { return m_foreignKey; }     // in wp-config.php.bak, not the account's
    QString smtpPassword() const { return m_smtpPassword; } // MAIL_PASSWORD in .env

    // Huge: bytes of the huge file written to the socket, and whether the client hung up.
    static constexpr qint64 hugeSize = 64 * 1024 * 1024;
    qint64 hugeBytesSent() const { return m_hugeSent; }
    bool hugeClientHungUp() const { return m_hugeHungUp; }

private:
    struct Answer
    {
        int status = 404;
        QByteArray reason = "Not Found";
        QByteArray contentType = "text/html; charset=UTF-8";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;
        bool huge = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const QByteArray& method, const Answer& answer);
    void pumpHuge(QTcpSocket* socket);
    Answer answerFor(const QByteArray& target, const QByteArray& range);
    Answer exposedAnswer(const QByteArray& target, const QByteArray& range);
    Answer redirect(const QByteArray& location) const;
    static Answer notFound();
    static Answer page(const QByteArray& contentType, const QByteArray& body);

    QString hex(int length);
    QString password();

    Mode m_mode;
    QTcpServer m_server;
    QRandomGenerator m_random;
    QUrl m_otherSite;
    QSet<QByteArray> m_hanging;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
    QString m_accountKey;
    QString m_foreignKey;
    QString m_smtpPassword;
    QString m_appKey;
    QByteArray m_hugeHead;
    qint64 m_hugeSent = 0;
    bool m_hugeHungUp = false;
    QTcpSocket* m_hugeSocket = nullptr;
};
