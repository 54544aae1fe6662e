#include "mailgun/api/LogsApi.h"

#include "mailgun/api/ApiCall.h"
#include "mailgun/api/MailgunDates.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxLogsPageSize = 100; // the spec: "The maximum number of items returned (100 max)"

struct LogsFetch
{
    MailgunClient* client = nullptr;
    Region region = Region::Us;
    LogsQuery query;
    QPointer<const QObject> context;
    ApiCallback<LogsPage> done;
    LogsPage result;
    int pages = 0;
};

void fetchLogsPage(const std::shared_ptr<LogsFetch>& fetch, const QString& token)
{
    ++fetch->pages;
    const QJsonObject body = LogsApi::requestBody(fetch->query, token);
    fetch->client->send(ApiRequest::postJson(fetch->region, u"/v1/analytics/logs"_s, body), fetch->context,
                        [fetch](const ApiResponse& response) {
                            if (!response.ok()) {
                                fetch->done(ApiResult<LogsPage>::failure(response.error));
                                return;
                            }
                            const QJsonObject object = response.object();
                            if (!response.json.isObject() || !object.value(u"items"_s).isArray()) {
                                fetch->done(ApiResult<LogsPage>::failure(badResponseError(response)));
                                return;
                            }
                            const QList<LogEvent> events = parseList<LogEvent>(object.value(u"items"_s));
                            fetch->result.events.append(events);
                            const QJsonObject pagination = object.value(u"pagination"_s).toObject();
                            const QJsonValue total = pagination.value(u"total"_s);
                            if (total.isDouble())
                                fetch->result.total = qint64(total.toDouble());
                            const QString next = pagination.value(u"next"_s).toString();
                            const bool more = !next.isEmpty() && !events.isEmpty();
                            if (more && fetch->pages >= fetch->query.maxPages) {
                                fetch->result.truncated = true;
                            } else if (more && fetch->context) {
                                fetchLogsPage(fetch, next);
                                return;
                            }
                            fetch->done(ApiResult<LogsPage>::success(fetch->result));
                        });
}

} // namespace

LogsApi::LogsApi(MailgunClient& client)
    : m_client(client)
{}

QJsonObject LogsApi::requestBody(const LogsQuery& query, const QString& pageToken)
{
    QJsonObject body;
    if (query.start.isValid())
        body.insert(u"start"_s, MailgunDates::toRfc2822(query.start));
    if (query.end.isValid())
        body.insert(u"end"_s, MailgunDates::toRfc2822(query.end));
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
    auto fetch = std::make_shared<LogsFetch>();
    fetch->client = &m_client;
    fetch->region = region;
    fetch->query = query;
    fetch->query.maxPages = qMax(1, query.maxPages);
    fetch->context = context;
    fetch->done = std::move(done);
    fetchLogsPage(fetch, {});
}
