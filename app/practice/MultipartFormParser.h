#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Reads a multipart/form-data body (RFC 7578) into its fields, in order, keeping repeated
// names. Mailgun's write endpoints are declared multipart, so the practice server must read
// what a real client sends, not only url-encoded bodies.
class MultipartFormParser
{
public:
    using Fields = QList<QPair<QString, QString>>;

    // The boundary parameter of a Content-Type header; empty when there is none.
    static QByteArray boundaryFrom(const QByteArray& contentType);
    // Returns false when the body is not well-formed multipart for that boundary.
    static bool parse(const QByteArray& body, const QByteArray& boundary, Fields* fields);
};
