#include "investigate/PageScripts.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool sameHost(const QUrl& url, const QUrl& site)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
           url.host().compare(site.host(), Qt::CaseInsensitive) == 0;
}

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

qsizetype skipSpaces(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text.at(at)))
        ++at;
    return at;
}

// The value of the first src attribute in the tag `tag` (a slice of the page in lower case;
// `original`, the same slice as written, gives the value). Only the tag is searched, so each
// byte of the page is looked at a bounded number of times.
QByteArray srcValue(QByteArrayView original, QByteArrayView tag)
{
    const qsizetype size = tag.size();
    for (qsizetype at = tag.indexOf("src"); at >= 0; at = tag.indexOf("src", at + 3)) {
        if (at == 0 || isWordByte(tag.at(at - 1)) || tag.at(at - 1) == '-')
            continue; // data-src, nosrc: another attribute
        qsizetype value = skipSpaces(tag, at + 3);
        if (value >= size || tag.at(value) != '=')
            continue;
        value = skipSpaces(tag, value + 1);
        if (value < size && (tag.at(value) == '"' || tag.at(value) == '\''))
            ++value;
        qsizetype end = value;
        while (end < size && tag.at(end) != '"' && tag.at(end) != '\'' && !isSpace(tag.at(end)))
            ++end;
        if (end > value)
            return original.sliced(value, end - value).toByteArray();
    }
    return {};
}

} // namespace

namespace PageScripts {

// A plain scan, not a regular expression: a pattern like <script[^>]*?src looks at the
// rest of the page from every "<script" that has no '>', so a hostile page of two
// megabytes of "<script" would take hours. Here every byte is looked at a bounded number
// of times: find "<script", find its '>', look for src only in between.
QList<QUrl> scriptsOf(const QByteArray& html, const QUrl& pageUrl, const QUrl& site, int limit)
{
    static constexpr qsizetype tagLength = 7; // "<script"
    const QByteArray lower = html.toLower();  // ASCII only: offsets stay the same
    QList<QUrl> scripts;
    QSet<QUrl> seen;
    qsizetype at = lower.indexOf("<script");
    while (at >= 0 && scripts.size() < limit) {
        const qsizetype nameEnd = at + tagLength;
        if (nameEnd < lower.size() && isWordByte(lower.at(nameEnd))) { // <scripts>, <script_x>
            at = lower.indexOf("<script", nameEnd);
            continue;
        }
        const qsizetype close = lower.indexOf('>', nameEnd);
        const qsizetype tagEnd = close < 0 ? lower.size() : close;
        const QByteArray value = srcValue(QByteArrayView(html).sliced(nameEnd, tagEnd - nameEnd),
                                          QByteArrayView(lower).sliced(nameEnd, tagEnd - nameEnd));
        if (!value.isEmpty()) {
            QString source = QString::fromUtf8(value);
            source.replace(u"&amp;"_s, u"&"_s); // attribute values are HTML-escaped
            QUrl url = pageUrl.resolved(QUrl(source));
            url.setFragment(QString());
            if (sameHost(url, site) && !seen.contains(url)) {
                seen.insert(url);
                scripts.append(url);
            }
        }
        if (close < 0)
            break; // no tag after this one can be closed either
        at = lower.indexOf("<script", close + 1);
    }
    return scripts;
}

QUrl sourceMapOf(const QByteArray& script, const QUrl& scriptUrl, const QUrl& site)
{
    static const QRegularExpression mapLine(uR"([#@]\s*sourceMappingURL\s*=\s*(\S+)\s*(\*/)?\s*$)"_s);
    // The comment is at the very end of the file.
    const QString tail = QString::fromUtf8(script.right(2048)).trimmed();
    const QRegularExpressionMatch match = mapLine.match(tail);
    if (!match.hasMatch() || match.captured(1).startsWith(u"data:"_s))
        return {};
    const QUrl url = scriptUrl.resolved(QUrl(match.captured(1)));
    return sameHost(url, site) ? url : QUrl();
}

} // namespace PageScripts
