#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/LogEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class MailgunClient;
class QObject;

// What to ask POST /v1/analytics/logs for. Mailgun pages the answer (at most 100 events a
// page, an opaque token to the next); `maxPages` bounds how many pages one call follows, so
// a busy account is sampled rather than read whole.
struct LogsQuery
{
    QDateTime start; // Mailgun's default when invalid: one day before `end`
    QDateTime end;   // Mailgun's default when invalid: now
    QStringList events{QStringLiteral("accepted")};
    QString domain; // only this domain when not empty
    bool includeSubaccounts = true;
    bool newestFirst = true; // pagination.sort "timestamp:desc"
    int pageSize = 100;      // 1..100
    int maxPages = 10;
};

struct LogsPage
{
    QList<LogEvent> events; // every event of the pages read, in the order asked
    qint64 total = -1;      // pagination.total when Mailgun gave it, else -1
    bool truncated = false; // more pages were left unread (maxPages reached, or the next repeated this one)
};

// The Logs API (POST /v1/analytics/logs), account-wide within each region.
class LogsApi
{
public:
    explicit LogsApi(MailgunClient& client);

    void list(Region region, const LogsQuery& query, const QObject* context, ApiCallback<LogsPage> done);
    // The JSON body sent for `query` and a page token (empty for the first page).
    static QJsonObject requestBody(const LogsQuery& query, const QString& pageToken);

private:
    MailgunClient& m_client;
};
