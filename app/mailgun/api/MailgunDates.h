#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// Mailgun writes dates differently on each endpoint (reference §1.4). Every model reads
// them through here, so one tested parser decides what each format means. All results
// are UTC; anything that does not match the format exactly gives an invalid QDateTime.
class MailgunDates
{
public:
    enum class Format
    {
        // "2026-01-23T10:16:00" or "2022-12-20T16:52:01.892000", no zone, meaning UTC:
        // keys (created_at, updated_at, expires_at) and users (tfa_created_at,
        // password_updated_at).
        IsoUtc,
        // "Fri, 23 Jan 2026 10:16:00 +0000" (credentials, stats query parameters) and its
        // RFC 1123 form "Thu, 13 Oct 2011 18:02:00 GMT" (domains, routes, subaccounts, stats),
        // with the zone names RFC 2822 allows ("MST" appears in the spec's examples).
        Rfc2822,
        // "2024-07-08T16:30:18.530Z" or with an offset: account webhooks.
        Rfc3339,
    };

    static QDateTime parse(const QString& text, Format format);
    // Null, missing or non-string values give an invalid QDateTime: users carry null dates
    // when 2FA was never enabled or the password never changed.
    static QDateTime parse(const QJsonValue& value, Format format);

    static QDateTime fromIsoUtc(const QString& text);
    static QDateTime fromRfc2822(const QString& text);
    static QDateTime fromRfc3339(const QString& text);

    // RFC 2822 in English whatever the user's locale, for query parameters (stats, metrics).
    static QString toRfc2822(const QDateTime& dateTime);
    // How models write dates in their own JSON (command-line --json output): ISO 8601 in
    // UTC with "Z", or null when the date is unknown.
    static QJsonValue toJson(const QDateTime& dateTime);
};
