#pragma once

#include "practice/PracticeServer.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

// Sends plain HTTP requests to a PracticeServer, deliberately without the project's
// MailgunClient, so these tests check the server against the spec and nothing else.
class PracticeTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject json;
        QByteArray retryAfter;
        QByteArray rateLimitReset;
        QString message() const { return json.value(QStringLiteral("message")).toString(); }
    };

    explicit PracticeTestClient(PracticeServer& server)
        : m_server(server)
    {}

    Reply send(const QByteArray& method, PracticeRegion region, const QString& path, const QString& secret,
               const QUrlQuery& query = {}, const QByteArray& body = {}, const QByteArray& contentType = {},
               int transferTimeoutMs = 10000)
    {
        QNetworkRequest request = makeRequest(region, path, secret, query, transferTimeoutMs);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_manager.sendCustomRequest(request, method, body));
    }

    Reply get(PracticeRegion region, const QString& path, const QString& secret, const QUrlQuery& query = {})
    {
        return send("GET", region, path, secret, query);
    }

    // Form fields as multipart/form-data, the way QHttpMultiPart (and most clients) encode it.
    Reply sendMultipart(const QByteArray& method, PracticeRegion region, const QString& path,
                        const QString& secret, const QList<QPair<QString, QString>>& fields,
                        int transferTimeoutMs = 10000)
    {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto& [name, value] : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"" + name.toUtf8() + '"'));
            part.setBody(value.toUtf8());
            multipart->append(part);
        }
        const QNetworkRequest request = makeRequest(region, path, secret, {}, transferTimeoutMs);
        QNetworkReply* reply = m_manager.sendCustomRequest(request, method, multipart);
        multipart->setParent(reply);
        return wait(reply);
    }

    Reply sendUrlEncoded(const QByteArray& method, PracticeRegion region, const QString& path,
                         const QString& secret, const QList<QPair<QString, QString>>& fields)
    {
        QUrlQuery form;
        for (const auto& [name, value] : fields)
            form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                              QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return send(method, region, path, secret, {}, form.toString(QUrl::FullyEncoded).toLatin1(),
                    "application/x-www-form-urlencoded");
    }

private:
    QNetworkRequest makeRequest(PracticeRegion region, const QString& path, const QString& secret,
                                const QUrlQuery& query, int transferTimeoutMs)
    {
        QUrl url = m_server.baseUrl(region);
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!secret.isEmpty())
            request.setRawHeader("Authorization", "Basic " + QByteArray("api:" + secret.toUtf8()).toBase64());
        request.setTransferTimeout(transferTimeoutMs);
        return request;
    }

    static Reply wait(QNetworkReply* reply)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(20000);
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        result.rateLimitReset = reply->rawHeader("X-RateLimit-Reset");
        return result;
    }

    PracticeServer& m_server;
    QNetworkAccessManager m_manager;
};
