#include "practice/MultipartFormParser.h"

using namespace Qt::StringLiterals;

namespace {

// The value of `name="..."` (or unquoted) in a Content-Disposition header.
QByteArray dispositionParameter(const QByteArray& disposition, const QByteArray& parameter)
{
    const QList<QByteArray> parts = disposition.split(';');
    for (const QByteArray& part : parts) {
        const QByteArray trimmed = part.trimmed();
        const int equals = int(trimmed.indexOf('='));
        if (equals < 0 || trimmed.left(equals).trimmed().toLower() != parameter)
            continue;
        QByteArray value = trimmed.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace

QByteArray MultipartFormParser::boundaryFrom(const QByteArray& contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (const QByteArray& part : parts) {
        const QByteArray trimmed = part.trimmed();
        if (!trimmed.toLower().startsWith("boundary="))
            continue;
        QByteArray value = trimmed.mid(9).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool MultipartFormParser::parse(const QByteArray& body, const QByteArray& boundary, Fields* fields)
{
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray partEnd = "\r\n" + delimiter;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return false;
    Fields parsed;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            break; // closing delimiter
        if (body.mid(position, 2) != "\r\n")
            return false;
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        if (headersEnd < 0)
            return false;
        const QList<QByteArray> headerLines = body.mid(position, headersEnd - position).split('\n');
        QByteArray name;
        for (const QByteArray& line : headerLines) {
            const int colon = int(line.indexOf(':'));
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-disposition")
                name = dispositionParameter(line.mid(colon + 1), "name");
        }
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype next = body.indexOf(partEnd, contentStart);
        if (next < 0)
            return false;
        if (!name.isEmpty())
            parsed.append(
                {QString::fromUtf8(name), QString::fromUtf8(body.mid(contentStart, next - contentStart))});
        position = next + 2;
    }
    *fields = parsed;
    return true;
}
