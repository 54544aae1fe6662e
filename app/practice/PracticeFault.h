#pragma once

#include "practice/PracticeHttp.h"

#include <QByteArray>
#include <QDateTime>
#include <QRegularExpression>

// One fault the practice server injects, for tests and for trying the program's error
// handling by hand. A fault matches requests by method and a regular expression on the
// path, and fires for the next `times` matching requests.
struct PracticeFault
{
    enum class Kind
    {
        RateLimit,       // 429 (or 420) with Retry-After, X-RateLimit-Reset and/or a wait in the body
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

    // RateLimit: how the wait is said. Nothing public shows Retry-After or X-RateLimit-* on a
    // Mailgun 429 (docs/mailgun-behaviour.md, "rate limits"); what is recorded is the wait in
    // the message: "account-requests-per-sec limit exceeded, try again after 120 seconds" (OAS,
    // 429 on messages) and, as a 420, "recipient limit exceeded, try again after Mon, 25 Aug
    // 2025 07:00:31 UTC" (mailgun-java #50). Without either, the message names no wait.
    int rateLimitStatus = 429; // 429, or 420 as Mailgun's recipient limit answers
    int bodyRetrySeconds = -1; // "try again after N seconds" when >= 0
    QDateTime bodyRetryAt;     // "try again after <date> UTC" when valid (and no seconds)

    // The answer of a RateLimit fault: Mailgun's {"message": ...} with the headers asked for.
    PracticeResponse rateLimitResponse() const;
};
