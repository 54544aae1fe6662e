#pragma once

#include <QDateTime>
#include <QString>

// Mailgun formats dates differently per API area (shared/reference/mailgun-api.md §1.4); the
// practice server has to match each one exactly or clients that parse them would be untested.
class PracticeDates
{
public:
    // Keys API: "2026-01-23T10:16:00" (UTC, no offset).
    static QString isoNoZone(const QDateTime& at);
    // Users API: "2022-12-20T16:52:01.892000"; null when invalid (the caller decides).
    static QString isoMicros(const QDateTime& at);
    // Credentials, metrics: "Fri, 23 Jan 2026 10:16:00 +0000".
    static QString rfc2822(const QDateTime& at);
    // Domains, routes, sub-accounts: "Thu, 13 Oct 2011 18:02:00 GMT".
    static QString rfc1123(const QDateTime& at);
    // Stats: "Fri, 01 Apr 2012 00:00:00 UTC".
    static QString statsTime(const QDateTime& at);
    // Account webhooks: "2026-01-23T10:16:00Z".
    static QString rfc3339(const QDateTime& at);

    // Query or body dates: RFC 2822 or epoch seconds. Invalid when neither.
    static QDateTime parseRequestDate(const QString& text);
};
