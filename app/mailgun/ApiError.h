#pragma once

#include <QString>

// What went wrong with one API request, in terms the program can act on and the user can
// understand. Built from the HTTP status, Mailgun's error body and the network error.
struct ApiError
{
    enum class Kind
    {
        None,
        InvalidKey,      // 401: the key is wrong, deleted, disabled or expired
        IpNotAllowed,    // 401 "Forbidden": the account's IP allowlist blocks this computer
        Forbidden,       // 403: the key is valid but its role or kind may not do this
        AccountDisabled, // Mailgun has disabled the account
        NotFound,        // 404
        BadRequest,      // 400 and other 4xx: Mailgun refused the request as sent
        RateLimited,     // 429 after all retries
        ServerError,     // 5xx after all retries
        Timeout,         // no answer in time
        Network,         // connection refused, dropped, host not found
        Tls,             // the secure connection could not be set up
        InsecureUrl,     // refused by the program: http to a non-loopback host, or a foreign host
        Cancelled,       // the program or the user stopped it
        BadResponse,     // an answer the program could not read
        IncompleteList,  // a list that did not end or repeated itself: stopped after `pagesRead` pages
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // Mailgun's own text (message, Reason, Description, error, Error, or the raw body).
    QString serverMessage;
    // Seconds until a rate limit lifts, when the server said so; -1 when unknown.
    int retryAfterSeconds = -1;
    // IncompleteList: how many pages were read before the program stopped.
    int pagesRead = 0;

    bool isError() const { return kind != Kind::None; }
    // A plain sentence that says what happened and what to do next.
    QString userMessage() const;
    // A short stable name for JSON output and logs ("invalid-key", "rate-limited", ...).
    QString code() const;

    // Builds the error for an HTTP response. `body` is the raw response body.
    static ApiError fromHttp(int status, const QByteArray& body);
    // Mailgun's error text, tried in the documented order: message, Reason, Description,
    // error, Error, then the raw text.
    static QString extractServerMessage(const QByteArray& body);
};
