#include "investigate/ExposureCheck.h"

#include "investigate/ByteSearch.h"
#include "investigate/SoftNotFoundBaseline.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ExposureCheck {

namespace {

using Body = ExposureKind::Body;

// Patterns compiled once; the table is static.
QRegularExpression compiled(const QString& pattern)
{
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return *it;
}

bool matchesPattern(const QString& pattern, const QString& text)
{
    return compiled(pattern).match(text).hasMatch();
}

bool looksLikeHtml(const QByteArray& body)
{
    const QByteArrayView head(body.constData(), qMin<qsizetype>(body.size(), 4096));
    return ByteSearch::indexOfFolded(head, "<html") >= 0 || ByteSearch::indexOfFolded(head, "<body") >= 0 ||
           ByteSearch::indexOfFolded(head, "<!doctype html") >= 0;
}

// Where "two different ways to ask for the same file" still count: same path, any query.
bool samePath(const QUrl& a, const QUrl& b)
{
    return a.path(QUrl::FullyDecoded) == b.path(QUrl::FullyDecoded);
}

} // namespace

bool hasMarkers(const ExposureKind& kind, const QByteArray& body)
{
    if (kind.body == Body::Binary) {
        for (const QByteArray& magic : kind.magic) {
            if (body.startsWith(magic))
                return true;
        }
        return false;
    }
    // Latin-1 keeps every byte a character, so a stray invalid UTF-8 byte hides nothing.
    const QString text = QString::fromLatin1(body);
    for (const QString& pattern : kind.allOf) {
        if (!matchesPattern(pattern, text))
            return false;
    }
    for (const QString& pattern : kind.noneOf) {
        if (matchesPattern(pattern, text))
            return false;
    }
    if (kind.anyOf.isEmpty())
        return true;
    for (const QString& pattern : kind.anyOf) {
        if (matchesPattern(pattern, text))
            return true;
    }
    return false;
}

bool plausibleType(const ExposureKind& kind, const ProbeResponse& response)
{
    const QByteArray& type = response.contentType;
    switch (kind.body) {
    case Body::RawText:
        // A file served as it is on disk: whatever type the server guesses for the name,
        // but not a web page.
        return type != "text/html" && type != "application/xhtml+xml" && !looksLikeHtml(response.body);
    case Body::Html:
        return type.isEmpty() || type == "text/html" || type == "application/xhtml+xml";
    case Body::Json:
        return type == "application/json" || type.endsWith("+json");
    case Body::JavaScript:
        return type.contains("javascript") || type.contains("ecmascript") || type == "text/plain";
    case Body::Binary:
        return !type.startsWith("text/") || type == "text/plain";
    }
    return false;
}

Verdict check(const ProbePath& path, const ProbeResponse& response, const SoftNotFoundBaseline& baseline)
{
    if (!response.answered() || response.status < 200 || response.status > 299)
        return Verdict::NotFound;
    if (!samePath(response.requested, response.finalUrl))
        return Verdict::NotFound;
    if (!plausibleType(*path.kind, response))
        return Verdict::WrongType;
    if (!hasMarkers(*path.kind, response.body))
        return Verdict::NoMarkers;
    if (baseline.matches(response))
        return Verdict::LooksLikeMissing;
    return Verdict::Exposed;
}

} // namespace ExposureCheck
