#include "practice/PracticeHttp.h"

#include "practice/MultipartFormParser.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QByteArray PracticeHttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray PracticeHttpRequest::mediaType() const
{
    const QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
}

QStringList PracticeHttpRequest::segments() const
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

QString PracticeHttpRequest::queryValue(const QString& name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList PracticeHttpRequest::queryValues(const QString& name) const
{
    return query.allQueryItemValues(name, QUrl::FullyDecoded);
}

bool PracticeForm::parse(const PracticeHttpRequest& request, PracticeForm* form)
{
    form->m_fields.clear();
    const QByteArray type = request.mediaType();
    if (type == "multipart/form-data") {
        MultipartFormParser::Fields fields;
        if (!MultipartFormParser::parse(
                request.body, MultipartFormParser::boundaryFrom(request.header("Content-Type")), &fields))
            return false;
        form->m_fields = fields;
        return true;
    }
    if (type == "application/x-www-form-urlencoded" || (type.isEmpty() && !request.body.isEmpty())) {
        // In a form body '+' is a space; a literal plus arrives as %2B.
        QByteArray raw = request.body;
        raw.replace('+', "%20");
        const QUrlQuery query(QString::fromUtf8(raw));
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto& item : items)
            form->m_fields.append(item);
        return true;
    }
    return request.body.isEmpty();
}

bool PracticeForm::contains(const QString& name) const
{
    for (const auto& field : m_fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

QString PracticeForm::value(const QString& name) const
{
    for (const auto& field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

QStringList PracticeForm::values(const QString& name) const
{
    QStringList result;
    for (const auto& field : m_fields) {
        if (field.first == name)
            result.append(field.second);
    }
    return result;
}

PracticeResponse PracticeResponse::json(const QJsonObject& object, int status)
{
    PracticeResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

PracticeResponse PracticeResponse::message(int status, const QString& text)
{
    return json(QJsonObject{{u"message"_s, text}}, status);
}

bool PracticePaging::read(const QUrlQuery& query, int defaultLimit, int maxLimit, PracticePaging* paging)
{
    paging->skip = 0;
    paging->limit = defaultLimit;
    const QString skip = query.queryItemValue(u"skip"_s);
    const QString limit = query.queryItemValue(u"limit"_s);
    bool ok = true;
    if (!skip.isEmpty())
        paging->skip = qMax(0, skip.toInt(&ok));
    if (!ok)
        return false;
    if (!limit.isEmpty())
        paging->limit = limit.toInt(&ok);
    return ok && paging->limit >= 0 && paging->limit <= maxLimit;
}
