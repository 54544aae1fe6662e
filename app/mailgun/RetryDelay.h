#pragma once

#include <QByteArray>
#include <QDateTime>

class QNetworkReply;

// How long to wait before sending a request again. Mailgun may say so itself (Retry-After
// in seconds or as an HTTP date; X-RateLimit-Reset as an epoch time, in milliseconds when
// above 10^12, else seconds); otherwise the wait doubles with every attempt, with jitter.
struct RetryDelay
{
    qint64 ms = 0;
    bool fromServer = false; // the server named the time

    static RetryDelay compute(const QByteArray& retryAfter, const QByteArray& rateLimitReset, int attempt,
                              int initialBackoffMs, int maxBackoffMs, const QDateTime& now);
    static RetryDelay forResponse(const QNetworkReply* reply, int attempt, int initialBackoffMs,
                                  int maxBackoffMs);
};
