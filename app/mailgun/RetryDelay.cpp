#include "mailgun/RetryDelay.h"

#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>
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

bool parseRateLimitReset(const QByteArray& value, const QDateTime& now, qint64* ms)
{
    bool isNumber = false;
    const double reset = value.trimmed().toDouble(&isNumber);
    if (!isNumber || !std::isfinite(reset) || reset <= 0 || reset > 1e15)
        return false;
    const qint64 resetMs = reset > millisecondsThreshold ? static_cast<qint64>(reset)
                                                         : static_cast<qint64>(std::ceil(reset * 1000));
    const qint64 wait = resetMs - now.toMSecsSinceEpoch();
    if (wait <= 0 || wait > RetryDelay::longestServerWaitMs)
        return false; // already past, or nonsense: fall back to backoff
    *ms = wait;
    return true;
}

} // namespace

RetryDelay RetryDelay::compute(const QByteArray& retryAfter, const QByteArray& rateLimitReset, int attempt,
                               int initialBackoffMs, int maxBackoffMs, const QDateTime& now)
{
    RetryDelay delay;
    const Parsed retry = parseRetryAfter(retryAfter, now, &delay.ms);
    if (retry == Parsed::Unusable) {
        delay.fromServer = true;
        delay.unusable = true;
        delay.ms = 0;
        return delay;
    }
    if (retry == Parsed::Usable ||
        (!rateLimitReset.isEmpty() && parseRateLimitReset(rateLimitReset, now, &delay.ms))) {
        delay.fromServer = true;
        return delay;
    }
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const double base = std::min<double>(maxBackoffMs, initialBackoffMs * std::pow(2.0, exponent));
    // Up to a quarter less, so many waiting requests do not all come back at once.
    const double jitter = 0.75 + 0.25 * QRandomGenerator::global()->generateDouble();
    delay.ms = static_cast<qint64>(base * jitter);
    return delay;
}

RetryDelay RetryDelay::forResponse(const QNetworkReply* reply, int attempt, int initialBackoffMs,
                                   int maxBackoffMs)
{
    return compute(reply->rawHeader("Retry-After"), reply->rawHeader("X-RateLimit-Reset"), attempt,
                   initialBackoffMs, maxBackoffMs, QDateTime::currentDateTimeUtc());
}
