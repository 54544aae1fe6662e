#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What one request of the website probe brought back: at most the size cap of the body, and
// why it ended if it ended badly. It holds only what the site showed to anyone.
struct ProbeResponse
{
    enum class Failure
    {
        None,
        Refused,           // the connection was refused
        HostNotFound,      // the name does not resolve
        TimedOut,          // no complete answer within the timeout
        Tls,               // the certificate or the secure connection failed
        RedirectElsewhere, // a redirect to another host, not followed
        TooManyRedirects,
        Network, // anything else below HTTP
        Cancelled,
    };

    QUrl requested;
    QUrl finalUrl; // after the same-host redirects that were followed
    int status = 0;
    QByteArray contentType;        // lower case, without parameters ("text/plain")
    QByteArray body;               // at most the size cap
    bool truncated = false;        // the body was longer than the cap and the rest was not read
    bool debugTokenHeader = false; // Symfony's X-Debug-Token: the profiler is on
    Failure failure = Failure::None;
    QUrl redirectTarget; // for RedirectElsewhere
    QString errorText;   // Qt's text, for Network

    bool answered() const { return failure == Failure::None && status > 0; }
    // Whether the failure means the site cannot be reached at all (not just this one path).
    bool siteUnreachable() const;
    // Why it failed, in one plain sentence for the admin.
    QString plainReason() const;
};
