#include "mailgun/api/LogsApi.h"

#include "mailgun/api/ApiCall.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int maxLogsPageSize = 100; // the spec: "The maximum number of items returned (100 max)"

using LogsFetch = PagedFetch<LogsPage, LogsQuery>;

void fetchLogsPage(const std::shared_ptr<LogsFetch>& fetch, const QString& token)
{
    LogsFetch::post(fetch, u"/v1/analytics/logs"_s, LogsApi::requestBody(fetch->request, token),
                    [fetch, token](const QJsonObject& object) {
                        if (!object.value(u"items"_s).isArray())
                            return false;
                        const QList<LogEvent> events = parseList<LogEvent>(object.value(u"items"_s));
                        fetch->result.events.append(events);
                        const QJsonObject pagination = object.value(u"pagination"_s).toObject();
                        const QJsonValue total = pagination.value(u"total"_s);
                        if (total.isDouble())
                            fetch->result.total = qint64(total.toDouble());
                        const QString next = pagination.value(u"next"_s).toString();
                        const bool more = !next.isEmpty() && !events.isEmpty();
                        // A next page that is this page again would only repeat it: the
                        // rest of the list cannot be read, so it counts as left unread.
                        if (more && (next == token || fetch->pages >= fetch->request.maxPages)) {
                            fetch->result.truncated = true;
                        } else if (more && fetch->context) {
                            fetchLogsPage(fetch, next);
                            return true;
                        }
                        fetch->done(ApiResult<LogsPage>::success(fetch->result));
                        return true;
                    });
}

} // namespace

LogsApi::LogsApi(MailgunClient& client)
    : m_client(client)
{}

QJsonObject LogsApi::requestBody(const LogsQuery& query, const QString& pageToken)
{
    QJsonObject body;
    insertAnalyticsWindow(body, query.start, query.end);
    if (!query.events.isEmpty())
        body.insert(u"events"_s, QJsonArray::fromStringList(query.events));
    if (!query.domain.isEmpty())
        body.insert(u"filter"_s, analyticsDomainFilter({query.domain}));
    body.insert(u"include_subaccounts"_s, query.includeSubaccounts);
    // Only the first page asks for the total: counting costs Mailgun a query of its own.
    body.insert(u"include_totals"_s, pageToken.isEmpty());
    QJsonObject pagination{
        {u"sort"_s, query.newestFirst ? u"timestamp:desc"_s : u"timestamp:asc"_s},
        {u"limit"_s, qBound(1, query.pageSize, maxLogsPageSize)},
    };
    if (!pageToken.isEmpty())
        pagination.insert(u"token"_s, pageToken);
    body.insert(u"pagination"_s, pagination);
    return body;
}

void LogsApi::list(Region region, const LogsQuery& query, const QObject* context, ApiCallback<LogsPage> done)
{
    LogsQuery bounded = query;
    bounded.maxPages = qMax(1, query.maxPages);
    const auto fetch = LogsFetch::start(m_client, region, bounded, context, std::move(done));
    fetchLogsPage(fetch, {});
}
