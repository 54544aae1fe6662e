#pragma once

#include <QByteArray>
#include <QDateTime>

class QNetworkReply;

// How long to wait before sending a request again. Mailgun may say so itself (Retry-After
// in seconds or as an HTTP date; X-RateLimit-Reset as an epoch time, in milliseconds when
// above 10^12, else seconds); otherwise the wait doubles with every attempt, with jitter.
struct RetryDelay
{
    // The longest wait the program accepts from a server at all; a longer one (or a
    // nonsense one) ends the run at once with a plain message instead of a timer.
    static constexpr qint64 longestServerWaitMs = 7LL * 24 * 3600 * 1000;

    qint64 ms = 0;
    bool fromServer = false; // the server named the time
    // The server sent a Retry-After that means nothing usable: negative, not finite, not a
    // number, or more than a week away. Never waited out: the caller stops and says so.
    bool unusable = false;

    static RetryDelay compute(const QByteArray& retryAfter, const QByteArray& rateLimitReset, int attempt,
                              int initialBackoffMs, int maxBackoffMs, const QDateTime& now);
    static RetryDelay forResponse(const QNetworkReply* reply, int attempt, int initialBackoffMs,
                                  int maxBackoffMs);
};
