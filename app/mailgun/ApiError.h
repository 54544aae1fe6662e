#pragma once

#include <QString>

// What went wrong with one API request, in terms the program can act on and the user can
// understand. Built from the HTTP status, Mailgun's error body and the network error.
struct ApiError
{
    enum class Kind
    {
        None,
        KeyRefused,      // 401: Mailgun refused the key. The answer never says why: a wrong,
                         // deleted, disabled or expired key, a sending key, the IP allowlist,
                         // or (on a domain's path) a domain outside the account or region
        Forbidden,       // 403: the key is valid but its role or kind may not do this
        AccountDisabled, // Mailgun has disabled the account
        NotFound,        // 404
        BadRequest,      // 400 and other 4xx: Mailgun refused the request as sent
        RateLimited,     // 429 (or 420) after all retries
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
    // Mailgun's own text (message, Reason, Description, error, Error, or plain text), one
    // short line safe to show; empty when the answer had none (see ErrorBody).
    QString serverMessage;
    // {"Field": x}: the field Mailgun rejected; empty otherwise.
    QString rejectedField;
    // Seconds until a rate limit lifts, when the server said so; -1 when unknown.
    int retryAfterSeconds = -1;
    // IncompleteList: how many pages were read before the program stopped.
    int pagesRead = 0;
    // KeyRefused: the refused request named one domain, so a domain outside this account
    // or in the other region is one more possible cause.
    bool onDomainPath = false;
    // KeyRefused: the same key got an answer earlier (from this client), so it is not
    // mistyped: it was deleted or disabled since, or the IP allowlist changed.
    bool keyWorkedEarlier = false;

    bool isError() const { return kind != Kind::None; }
    // A plain sentence that says what happened and what to do next.
    QString userMessage() const;
    // KeyRefused: userMessage() without its opening sentence, for a page whose headline says
    // it already. Empty for other kinds.
    QString refusalCauses() const;
    // A short stable name for JSON output and logs ("key-refused", "rate-limited", ...).
    QString code() const;

    // Builds the error for an HTTP response. `body` is the raw response body, `path` the
    // request's path (it tells whether the request named a domain).
    static ApiError fromHttp(int status, const QByteArray& body, const QString& path = {});
    // Mailgun's error text, safe to show: see ErrorBody.
    static QString extractServerMessage(const QByteArray& body);
    // 429, and 420, which some of Mailgun's limits answer with instead (mailgun-java #50).
    static bool isRateLimitStatus(int status) { return status == 429 || status == 420; }
    // A path that names one domain: /v3/<domain>/..., /v3/domains/<name>/..., /v4/domains/<name>...
    static bool isDomainPath(const QString& path);
};
