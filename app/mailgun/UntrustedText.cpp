#include "mailgun/UntrustedText.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Calls `visit(codePoint, firstUnit, unitCount)` for each code point of `text`; an unpaired
// surrogate is a code point of its own (and unsafe).
template <class Visit>
void forEachCodePoint(const QString& text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(unit, text.at(i + 1)), i, 2);
            i += 2;
        } else {
            visit(char32_t(unit.unicode()), i, 1);
            ++i;
        }
    }
}

QString replaceUnsafe(const QString& text, bool keepLineBreaks)
{
    const auto kept = [keepLineBreaks](char32_t c) {
        return keepLineBreaks && (c == u'\n' || c == u'\t');
    };
    bool clean = true;
    forEachCodePoint(text, [&](char32_t c, qsizetype, qsizetype) {
        if (UntrustedText::isUnsafe(c) && !kept(c))
            clean = false;
    });
    if (clean)
        return text;
    QString result;
    result.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, qsizetype first, qsizetype count) {
        if (UntrustedText::isUnsafe(c) && !kept(c))
            result.append(QChar(UntrustedText::replacement));
        else
            result.append(QStringView(text).sliced(first, count));
    });
    return result;
}

bool isSecretParameter(const QString& encodedName)
{
    const QString name = QUrl::fromPercentEncoding(encodedName.toUtf8()).toLower();
    static const QStringList secretWords{u"token"_s,   u"key"_s, u"secret"_s, u"sig"_s,
                                         u"pass"_s,    u"pwd"_s, u"auth"_s,   u"credential"_s,
                                         u"session"_s, u"jwt"_s, u"bearer"_s};
    for (const QString& word : secretWords) {
        if (name.contains(word))
            return true;
    }
    return false;
}

// Replaces the captured group `group` of every match of `pattern` for which `wanted` holds.
template <class Wanted>
QString replaceGroup(const QString& text, const QRegularExpression& pattern, int group, Wanted wanted)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!wanted(match))
            continue;
        result += QStringView(text).sliced(last, match.capturedStart(group) - last);
        result += UntrustedText::masked;
        last = match.capturedEnd(group);
    }
    if (last == 0)
        return text;
    result += QStringView(text).sliced(last);
    return result;
}

} // namespace

namespace UntrustedText {

bool isUnsafe(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c > 0x10ffff)
        return true;
    // Zero-width non-joiner and joiner shape Arabic, Indic and emoji text; they hide nothing.
    if (c == 0x200c || c == 0x200d)
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Format:        // bidi marks, overrides and isolates, zero-width space, tags
    case QChar::Separator_Line:      // U+2028 breaks the line like a line feed
    case QChar::Separator_Paragraph: // U+2029
    case QChar::Other_Surrogate:     // half of a pair, alone
        return true;
    default:
        return false;
    }
}

QString printable(const QString& text)
{
    return replaceUnsafe(text, true);
}

QString oneLine(const QString& text)
{
    return replaceUnsafe(text, false);
}

QString maskUrlCredentials(const QString& text)
{
    // "//" (or "\\", which browsers read the same) opens an authority; what comes before its
    // last "@" is a user name and maybe a password, whatever the rest of the URL looks like.
    static const QRegularExpression userInfo(uR"([/\\]{2}([^/\\?#\s"'<>]+)@)"_s);
    // name=value after "?", "&", ";" or "#" (a query or a fragment, also HTML-escaped "&amp;").
    // A full stop or comma at the end belongs to the sentence around the URL.
    static const QRegularExpression parameter(
        uR"([?&;#]([^=&;#?\s"'<>]+)=([^&;#\s"'<>]*[^&;#\s"'<>.,:!?)]))"_s);
    const QString withoutUsers = replaceGroup(text, userInfo, 1, [](const QRegularExpressionMatch& match) {
        return match.capturedView(1) != masked;
    });
    return replaceGroup(withoutUsers, parameter, 2, [](const QRegularExpressionMatch& match) {
        return match.capturedView(2) != masked && isSecretParameter(match.captured(1));
    });
}

QJsonValue maskUrlCredentials(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return maskUrlCredentials(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(maskUrlCredentials(item));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = maskUrlCredentials(it.value());
        return object;
    }
    default:
        return value;
    }
}

QString forDisplay(const QString& text)
{
    return oneLine(maskUrlCredentials(text));
}

QString jsonEscaped(const QString& json)
{
    // The serializer writes line feeds between members and escapes every control character
    // inside strings, so a raw line feed, tab or carriage return is never part of a value.
    const auto structural = [](char32_t c) {
        return c == u'\n' || c == u'\t' || c == u'\r';
    };
    QString result;
    result.reserve(json.size());
    forEachCodePoint(json, [&](char32_t c, qsizetype first, qsizetype count) {
        const QStringView units = QStringView(json).sliced(first, count);
        if (!isUnsafe(c) || structural(c)) {
            result.append(units);
            return;
        }
        for (QChar unit : units)
            result += u"\\u"_s + QString::number(unit.unicode(), 16).rightJustified(4, u'0');
    });
    return result;
}

} // namespace UntrustedText
