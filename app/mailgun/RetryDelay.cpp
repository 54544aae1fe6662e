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

bool parseRetryAfter(const QByteArray& value, const QDateTime& now, qint64* ms)
{
    bool isNumber = false;
    const double seconds = value.trimmed().toDouble(&isNumber);
    if (isNumber && seconds >= 0) {
        *ms = static_cast<qint64>(std::ceil(seconds * 1000));
        return true;
    }
    const QString text = QString::fromLatin1(value.trimmed());
    const QDateTime date =
        QLocale::c().toDateTime(text.left(text.size() - 4), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!date.isValid() || !text.endsWith(u" GMT"_s))
        return false;
    QDateTime utc = date;
    utc.setTimeZone(QTimeZone::utc());
    *ms = std::max<qint64>(0, now.msecsTo(utc));
    return true;
}

bool parseRateLimitReset(const QByteArray& value, const QDateTime& now, qint64* ms)
{
    bool isNumber = false;
    const double reset = value.trimmed().toDouble(&isNumber);
    if (!isNumber || reset <= 0)
        return false;
    const qint64 resetMs = reset > millisecondsThreshold ? static_cast<qint64>(reset)
                                                         : static_cast<qint64>(std::ceil(reset * 1000));
    const qint64 wait = resetMs - now.toMSecsSinceEpoch();
    if (wait <= 0)
        return false; // already past: fall back to backoff
    *ms = wait;
    return true;
}

} // namespace

RetryDelay RetryDelay::compute(const QByteArray& retryAfter, const QByteArray& rateLimitReset, int attempt,
                               int initialBackoffMs, int maxBackoffMs, const QDateTime& now)
{
    RetryDelay delay;
    if ((!retryAfter.isEmpty() && parseRetryAfter(retryAfter, now, &delay.ms)) ||
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
