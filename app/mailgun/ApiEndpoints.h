#pragma once

#include "mailgun/Region.h"

#include <QUrl>

// Where the program sends API requests: Mailgun's two regional hosts, or another server
// (the practice account, a test double, a validating proxy) given on the command line.
struct ApiEndpoints
{
    QUrl us;
    QUrl eu;

    static ApiEndpoints production();
    // The same base for both regions (--api-base).
    static ApiEndpoints both(const QUrl& base);

    QUrl base(Region region) const { return region == Region::Eu ? eu : us; }
    void setBase(Region region, const QUrl& url) { (region == Region::Eu ? eu : us) = url; }

    // Empty when the URL may be used as an API base; otherwise a sentence for the user.
    // https is required, plain http only for loopback addresses.
    static QString problemWithBase(const QUrl& base);
    // Empty when both bases are acceptable.
    QString problem() const;

    // True when `url` points at one of the configured API servers (same scheme, host and
    // port). Credentials are only ever sent to such URLs.
    bool isConfiguredOrigin(const QUrl& url) const;
};
