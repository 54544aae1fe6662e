#pragma once

#include "mailgun/Region.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

class MailgunClient;
class QObject;

// What Mailgun holds after one of AccountCleanup's changes, read back from Mailgun, because
// an answer of 200 does not prove the change took effect: nothing public says how to clear
// archive_to, account webhooks take up to 10 minutes to change, and Mailgun calls itself
// eventually consistent (docs/mailgun-behaviour.md, point 8). Values from the account are
// kept masked (credentials in URLs) and shown as plain text.
struct CleanupReadBack
{
    Q_DECLARE_TR_FUNCTIONS(CleanupReadBack)

public:
    QString check;        // "archive-to", "route", "account-webhook", "webhook-url"
    QString target;       // the domain, the route or webhook id, or the URL (masked)
    QString expected;     // what was asked for, as Mailgun would hold it ("" for "nothing")
    QString found;        // what Mailgun holds now, the same way (masked)
    bool read = false;    // Mailgun answered the read-back
    bool matches = false; // it holds what was asked for
    QString remaining;    // webhook-url: the domain's other webhooks, "event: url, url; …"

    // One or two plain sentences for the admin: what Mailgun holds now, and what to do when
    // it is not what was asked for.
    QString sentence() const;
    // For the journal's "cleanup-read-back" entry: ids and masked values, never a secret.
    QJsonObject journalData(Region region) const;

    using Done = std::function<void(const CleanupReadBack&)>;
    static void archiveTo(MailgunClient* client, Region region, const QString& domain, const QObject* context,
                          Done done);
    static void route(MailgunClient* client, Region region, const QString& id, const QObject* context,
                      Done done);
    static void accountWebhook(MailgunClient* client, Region region, const QString& id,
                               const QObject* context, Done done);
    // The URL must be gone from every event of every domain in `domains`.
    static void webhookUrl(MailgunClient* client, Region region, const QStringList& domains,
                           const QString& url, const QObject* context, Done done);
};
