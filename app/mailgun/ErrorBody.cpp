#include "mailgun/ErrorBody.h"

#include "mailgun/UntrustedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Longer answers are not a sentence meant for a person (a stack trace, a whole page).
constexpr qsizetype longestPlainText = 200;
// Mailgun's JSON messages can be long sentences ("Domain ... is not allowed to send: Free
// accounts are for test purposes only..."); past this they are cut.
constexpr qsizetype longestJsonMessage = 300;

QString collapseSpaces(const QString& text)
{
    return text.simplified();
}

// The message fields in the documented order. A value that is itself an object with a
// "message" counts too ({"error": {"message": "..."}}). Last comes "title", the summary of
// an RFC 9457 problem document, the form gateways and proxies in front of an API answer in.
QString jsonMessage(const QJsonObject& object)
{
    for (const auto field : {"message", "Reason", "Description", "error", "Error", "title"}) {
        const QJsonValue value = object.value(QLatin1StringView(field));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString();
        if (value.isObject()) {
            const QJsonValue inner = value.toObject().value(u"message"_s);
            if (inner.isString() && !inner.toString().trimmed().isEmpty())
                return inner.toString();
        }
    }
    return {};
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(u"&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"_s);
    QString decoded;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString digits = match.captured(1);
        bool ok = false;
        const uint code = digits.startsWith(u'x') ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        const char32_t codePoint = ok && code <= 0x10FFFF ? char32_t(code) : 0;
        if (codePoint > 0)
            decoded += QString::fromUcs4(&codePoint, 1);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).sliced(last);
    decoded.replace(u"&nbsp;"_s, u" "_s);
    decoded.replace(u"&lt;"_s, u"<"_s);
    decoded.replace(u"&gt;"_s, u">"_s);
    decoded.replace(u"&quot;"_s, u"\""_s);
    decoded.replace(u"&apos;"_s, u"'"_s);
    decoded.replace(u"&amp;"_s, u"&"_s);
    return decoded;
}

// The words of an HTML page: what the head, scripts and styles hold is dropped, every tag
// becomes a space.
QString stripTags(const QString& html)
{
    static const QRegularExpression hidden(u"<(head|script|style)\\b.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^<>]*>"_s);
    QString text = html;
    text.replace(hidden, u" "_s);
    text.replace(comment, u" "_s);
    text.replace(tag, u" "_s);
    return decodeEntities(text);
}

bool looksLikeMarkup(const QString& text)
{
    static const QRegularExpression tag(u"<\\s*/?\\s*[A-Za-z!][^<>]*>"_s);
    return tag.match(text).hasMatch();
}

// Text a person can read as it is: short, with letters, and nothing left of markup or JSON.
bool isShortAndPlain(const QString& text)
{
    if (text.isEmpty() || text.size() > longestPlainText)
        return false;
    for (const QChar c : text) {
        if (c == u'<' || c == u'>' || c == u'{' || c == u'}')
            return false;
    }
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

ErrorBody ErrorBody::parse(const QByteArray& body)
{
    ErrorBody result;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (!document.isObject())
            return result; // an array or a bare value: nothing a person should read
        const QJsonObject object = document.object();
        const QString message = collapseSpaces(jsonMessage(object));
        if (!message.isEmpty()) {
            result.fullText = message;
            const QString shown =
                message.size() > longestJsonMessage ? message.left(longestJsonMessage - 1) + u'…' : message;
            result.message = UntrustedText::forDisplay(shown);
            return result;
        }
        const QJsonValue field = object.value(u"Field"_s);
        if (field.isString() && !field.toString().trimmed().isEmpty()) {
            result.rejectedField = UntrustedText::forDisplay(collapseSpaces(field.toString()).left(80));
            result.message = QCoreApplication::translate("ApiError", "Mailgun rejected the field \"%1\".")
                                 .arg(result.rejectedField);
        }
        return result;
    }
    QString text = QString::fromUtf8(trimmed);
    if (trimmed.startsWith('"')) {
        // A bare JSON string (QJsonDocument reads only objects and arrays): its text.
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed + "]");
        if (wrapped.isArray() && wrapped.array().size() == 1 && wrapped.array().at(0).isString())
            text = wrapped.array().at(0).toString();
    }
    if (looksLikeMarkup(text))
        text = stripTags(text);
    text = collapseSpaces(text);
    result.fullText = text;
    if (isShortAndPlain(text))
        result.message = UntrustedText::forDisplay(text);
    return result;
}
