#include "mailgun/RequestBody.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

QByteArray formUrlEncoded(const FormFields& fields)
{
    // Every reserved character is encoded ('+' included, which form decoding would turn
    // into a space), so passwords arrive exactly as generated.
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray multipartBoundary()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    return "mra-" + random.toHex();
}

QByteArray multipart(const FormFields& fields, const QByteArray& boundary)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        QByteArray quotedName = name.toUtf8();
        quotedName.replace('"', "%22");
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quotedName + "\"\r\n\r\n" +
                value.toUtf8() + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

} // namespace

RequestBody RequestBody::encode(const ApiRequest& request)
{
    RequestBody body;
    switch (request.encoding) {
    case BodyEncoding::None:
        break;
    case BodyEncoding::UrlEncoded:
        body.contentType = "application/x-www-form-urlencoded";
        body.bytes = formUrlEncoded(request.form);
        break;
    case BodyEncoding::Json:
        body.contentType = "application/json";
        body.bytes = QJsonDocument(request.json).toJson(QJsonDocument::Compact);
        break;
    case BodyEncoding::Multipart: {
        const QByteArray boundary = multipartBoundary();
        body.contentType = "multipart/form-data; boundary=" + boundary;
        body.bytes = multipart(request.form, boundary);
        break;
    }
    }
    return body;
}
