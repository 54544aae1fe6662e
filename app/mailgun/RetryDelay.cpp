#include "mailgun/RetryDelay.h"

#include "mailgun/ErrorBody.h"

#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double millisecondsThreshold = 1e12;

enum class Parsed
{
    Missing,  // no such header, or a form this parser does not know: use the next source
    Usable,   // a wait of *ms
    Unusable, // a number or date that cannot be meant: negative, not finite, absurdly far
};

Parsed parseRetryAfter(const QByteArray& value, const QDateTime& now, qint64* ms)
{
    bool isNumber = false;
    const double seconds = value.trimmed().toDouble(&isNumber);
    if (isNumber) {
        // Checked before any conversion: casting inf or 1e300 to an integer is undefined.
        if (!std::isfinite(seconds) || seconds < 0 || seconds * 1000 > RetryDelay::longestServerWaitMs)
            return Parsed::Unusable;
        *ms = static_cast<qint64>(std::ceil(seconds * 1000));
        return Parsed::Usable;
    }
    const QString text = QString::fromLatin1(value.trimmed());
    const QDateTime date =
        QLocale::c().toDateTime(text.left(text.size() - 4), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!date.isValid() || !text.endsWith(u" GMT"_s))
        return text.isEmpty() ? Parsed::Missing : Parsed::Unusable;
    QDateTime utc = date;
    utc.setTimeZone(QTimeZone::utc());
    const qint64 wait = std::max<qint64>(0, now.msecsTo(utc));
    if (wait > RetryDelay::longestServerWaitMs)
        return Parsed::Unusable;
    *ms = wait;
    return Parsed::Usable;
}

// Below this X-RateLimit-Reset cannot be an epoch time (it would lie before 1970 + 4 months):
// read as seconds from now, as some servers send it. Nothing public shows Mailgun doing so,
// but nothing rules it out either.
constexpr double longestRelativeResetSeconds = 1e7;

bool parseRateLimitReset(const QByteArray& value, const QDateTime& now, qint64* ms)
{
    bool isNumber = false;
    const double reset = value.trimmed().toDouble(&isNumber);
    if (!isNumber || !std::isfinite(reset) || reset <= 0 || reset > 1e15)
        return false;
    qint64 wait = 0;
    if (reset < longestRelativeResetSeconds) {
        wait = static_cast<qint64>(std::ceil(reset * 1000));
    } else {
        const qint64 resetMs = reset > millisecondsThreshold ? static_cast<qint64>(reset)
                                                             : static_cast<qint64>(std::ceil(reset * 1000));
        wait = resetMs - now.toMSecsSinceEpoch();
    }
    if (wait <= 0 || wait > RetryDelay::longestServerWaitMs)
        return false; // already past, or nonsense: fall back to backoff
    *ms = wait;
    return true;
}

// "try again after 120 seconds" (OAS, 429 on messages), "try again after Mon, 25 Aug 2025
// 07:00:31 UTC" (mailgun-java #50, a 420). Minutes and hours are read too.
Parsed parseBodyHint(const QByteArray& body, const QDateTime& now, qint64* ms)
{
    if (body.isEmpty())
        return Parsed::Missing;
    const QString text = ErrorBody::parse(body).fullText;
    static const QRegularExpression amount(
        u"try again (?:after|in)\\s+(\\d+(?:\\.\\d+)?)\\s*(seconds?|secs?|s|minutes?|mins?|hours?|h)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = amount.match(text); match.hasMatch()) {
        const QString unit = match.captured(2).toLower();
        const double factor = unit.startsWith(u'h') ? 3600.0 : unit.startsWith(u'm') ? 60.0 : 1.0;
        const double seconds = match.captured(1).toDouble() * factor;
        if (!std::isfinite(seconds) || seconds * 1000 > RetryDelay::longestServerWaitMs)
            return Parsed::Unusable;
        *ms = static_cast<qint64>(std::ceil(seconds * 1000));
        return Parsed::Usable;
    }
    static const QRegularExpression date(
        u"try again after\\s+(?:[A-Za-z]{3},\\s*)?(\\d{1,2} [A-Za-z]{3} \\d{4} \\d{2}:\\d{2}:\\d{2})\\s*"
        "(UTC|GMT|[+-]0000)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = date.match(text); match.hasMatch()) {
        QDateTime at = QLocale::c().toDateTime(match.captured(1), u"d MMM yyyy HH:mm:ss"_s);
        if (!at.isValid())
            return Parsed::Missing;
        at.setTimeZone(QTimeZone::utc());
        const qint64 wait = now.msecsTo(at);
        if (wait <= 0)
            return Parsed::Missing; // already past (or the clocks differ): the next source decides
        if (wait > RetryDelay::longestServerWaitMs)
            return Parsed::Unusable;
        *ms = wait;
        return Parsed::Usable;
    }
    return Parsed::Missing;
}

} // namespace

RetryDelay RetryDelay::compute(const QByteArray& retryAfter, const QByteArray& rateLimitReset,
                               const QByteArray& body, int attempt, int initialBackoffMs, int maxBackoffMs,
                               const QDateTime& now)
{
    RetryDelay delay;
    Parsed parsed = parseRetryAfter(retryAfter, now, &delay.ms);
    delay.source = Source::RetryAfter;
    if (parsed == Parsed::Missing) {
        parsed = parseBodyHint(body, now, &delay.ms);
        delay.source = Source::BodyHint;
    }
    if (parsed == Parsed::Unusable) {
        delay.fromServer = true;
        delay.unusable = true;
        delay.ms = 0;
        return delay;
    }
    if (parsed == Parsed::Usable) {
        delay.fromServer = true;
        return delay;
    }
    if (!rateLimitReset.isEmpty() && parseRateLimitReset(rateLimitReset, now, &delay.ms)) {
        delay.fromServer = true;
        delay.source = Source::RateLimitReset;
        return delay;
    }
    delay.source = Source::Backoff;
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const double base = std::min<double>(maxBackoffMs, initialBackoffMs * std::pow(2.0, exponent));
    // Up to a quarter less, so many waiting requests do not all come back at once.
    const double jitter = 0.75 + 0.25 * QRandomGenerator::global()->generateDouble();
    delay.ms = static_cast<qint64>(base * jitter);
    return delay;
}

RetryDelay RetryDelay::forResponse(const QNetworkReply* reply, const QByteArray& body, int attempt,
                                   int initialBackoffMs, int maxBackoffMs)
{
    return compute(reply->rawHeader("Retry-After"), reply->rawHeader("X-RateLimit-Reset"), body, attempt,
                   initialBackoffMs, maxBackoffMs, QDateTime::currentDateTimeUtc());
}
