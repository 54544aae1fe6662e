#pragma once

#include "mailgun/api/Route.h"

#include <QString>
#include <QStringList>

class WebhookHostCheck;

// What a route does with the mail it matches, read from its expression and actions: where
// it forwards copies (forward("...") and store(notify="...")), which of those places are not
// the account owner's, and whether it matches every address (a catch-all).
struct RouteForwarding
{
    QStringList targets;        // every mail address or URL the route sends mail to
    QStringList outsideTargets; // those not under one of the account's own domains
    bool catchAll = false;

    bool forwardsOutside() const { return !outsideTargets.isEmpty(); }

    static RouteForwarding of(const Route& route, const WebhookHostCheck& own);
    // The destinations named by one action: forward("a@b.c"), forward("https://..."),
    // store(notify="https://...").
    static QStringList targetsOf(const QString& action);
    // catch_all(), or a match_recipient()/match_header() whose pattern matches any address
    // (".*", ".*@example.com", "^.+@example.com$", "[^@]+@...").
    static bool isCatchAll(const QString& expression);
};
