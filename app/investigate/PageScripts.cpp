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

} // namespace

namespace PageScripts {

QList<QUrl> scriptsOf(const QByteArray& html, const QUrl& pageUrl, const QUrl& site, int limit)
{
    static const QRegularExpression script(uR"(<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QList<QUrl> scripts;
    QSet<QUrl> seen;
    const QString text = QString::fromUtf8(html);
    for (auto it = script.globalMatch(text); it.hasNext() && scripts.size() < limit;) {
        QString source = it.next().captured(1);
        source.replace(u"&amp;"_s, u"&"_s); // attribute values are HTML-escaped
        QUrl url = pageUrl.resolved(QUrl(source));
        url.setFragment(QString());
        if (!sameHost(url, site) || seen.contains(url))
            continue;
        seen.insert(url);
        scripts.append(url);
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
