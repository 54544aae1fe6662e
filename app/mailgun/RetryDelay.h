#pragma once

#include <QByteArray>
#include <QDateTime>

class QNetworkReply;

// How long to wait before sending a request again after a 429 (or 420), a 5xx or a lost
// connection. The first of these that is present decides (docs/mailgun-behaviour.md, "rate
// limits"): Retry-After (seconds or an HTTP date); a hint in the body ("try again after 120
// seconds", "try again after Mon, 25 Aug 2025 07:00:31 UTC"); X-RateLimit-Reset (an epoch
// time, in milliseconds when above 10^12, else seconds; a small number is read as seconds
// from now); otherwise the wait doubles with every attempt, with jitter, up to a cap.
struct RetryDelay
{
    // The longest wait the program accepts from a server at all; a longer one (or a
    // nonsense one) ends the run at once with a plain message instead of a timer.
    static constexpr qint64 longestServerWaitMs = 7LL * 24 * 3600 * 1000;

    enum class Source
    {
        Backoff,
        RetryAfter,
        BodyHint,
        RateLimitReset,
    };

    qint64 ms = 0;
    bool fromServer = false; // the server named the time
    Source source = Source::Backoff;
    // The server sent a Retry-After that means nothing usable: negative, not finite, not a
    // number, or more than a week away. Never waited out: the caller stops and says so.
    bool unusable = false;

    // `body` is the answer's body, where Mailgun may name the time in words.
    static RetryDelay compute(const QByteArray& retryAfter, const QByteArray& rateLimitReset,
                              const QByteArray& body, int attempt, int initialBackoffMs, int maxBackoffMs,
                              const QDateTime& now);
    static RetryDelay forResponse(const QNetworkReply* reply, const QByteArray& body, int attempt,
                                  int initialBackoffMs, int maxBackoffMs);
};
