#pragma once

#include <QByteArray>
#include <QRegularExpression>

// One fault the practice server injects, for tests and for trying the program's error
// handling by hand. A fault matches requests by method and a regular expression on the
// path, and fires for the next `times` matching requests.
struct PracticeFault
{
    enum class Kind
    {
        RateLimit,       // 429 with Retry-After and/or X-RateLimit-Reset, nothing applied
        ServerError,     // `status` (5xx) with a JSON message, nothing applied
        Delay,           // answer normally after `delayMs`
        DropBeforeApply, // close the connection without applying the change
        DropAfterApply,  // apply the change, then close the connection without an answer
        Hang,            // never answer (the client must time out); nothing applied
    };

    Kind kind = Kind::ServerError;
    QByteArray method;       // empty matches any method
    QRegularExpression path; // matched against the URL path, e.g. "^/v1/keys$"
    int times = 1;
    int status = 503;                  // ServerError
    int retryAfterSeconds = -1;        // RateLimit: sent as Retry-After when >= 0
    qint64 rateLimitResetEpochMs = -1; // RateLimit: sent as X-RateLimit-Reset (ms) when >= 0
    int delayMs = 0;                   // Delay
};
