// The logs API (POST /v1/analytics/logs) against the practice server: what an event carries,
// paging, filters, errors and the request and answer shapes the spec gives.
#include "LogsApiFixture.h"

class TestLogsApi : public LogsApiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void eventsCarryKeyIdIpAndMethod();
    void keyIdsAreThoseTheKeysApiLists();
    void pagingFollowsTokensToTheEnd();
    void maxPagesTruncates();
    void domainFilterAndTimeWindow();
    void rateLimitedThenSucceeds();
    void serverErrorFailsTheCall();
    void requestBodyShape();
    void practiceServerAnswersAsTheSpecSays();
};

void TestLogsApi::eventsCarryKeyIdIpAndMethod()
{
    LogsQuery query;
    query.end = m_seededAt;
    query.start = m_seededAt.addDays(-3);
    query.maxPages = 3;
    const LogsPage page = read(Region::Us, query);
    QCOMPARE(page.events.size(), 300);

    const QSet<QString> seededIds{seededKeyId(m_fixture.account(), u"admin-leaked"_s),
                                  seededKeyId(m_fixture.account(), u"sending"_s),
                                  seededKeyId(m_fixture.account(), u"attacker"_s)};
    for (const LogEvent& event : page.events) {
        QCOMPARE(event.event, u"accepted"_s);
        QVERIFY(!event.id.isEmpty());
        QVERIFY2(event.timestamp.isValid(), "@timestamp must parse");
        QVERIFY(event.timestamp >= query.start && event.timestamp < query.end);
        QVERIFY2(m_fixture.account().findDomain(PracticeRegion::Us, event.domain), qPrintable(event.domain));
        QVERIFY2(!event.originatingIp.isEmpty(), qPrintable(event.id));
        QVERIFY2(!event.sender.isEmpty(), qPrintable(event.id));
        QVERIFY2(!event.recipient.isEmpty(), qPrintable(event.id));
        QCOMPARE(event.accountId, m_fixture.account().accountId());
        if (event.method == u"http"_s)
            QVERIFY2(seededIds.contains(event.apiKeyId), qPrintable(event.apiKeyId));
        else
            QVERIFY2(event.method == u"smtp"_s && event.apiKeyId.isEmpty(), qPrintable(event.method));
    }
    // The newest first, by default.
    for (qsizetype i = 1; i < page.events.size(); ++i)
        QVERIFY(page.events.at(i - 1).timestamp >= page.events.at(i).timestamp);

    const PracticeRequestRecord* request = m_fixture.lastRequest("POST", u"/v1/analytics/logs"_s);
    QVERIFY(request);
    QCOMPARE(mediaType(request), QByteArray("application/json"));
}

void TestLogsApi::keyIdsAreThoseTheKeysApiLists()
{
    KeysApi keys(*m_fixture.client);
    Capture<QList<KeyInfo>> listed;
    keys.list({}, {}, this, listed.callback());
    MRA_AWAIT_OK(listed);
    QSet<QString> listedIds;
    for (const KeyInfo& key : listed.value())
        listedIds.insert(key.id);

    LogsQuery query;
    query.end = hourStart(m_seededAt).addSecs(-10 * 3600);
    query.start = query.end.addSecs(-3600);
    query.maxPages = 2;
    const LogsPage page = read(Region::Us, query);
    QVERIFY(!page.events.isEmpty());
    int withKey = 0;
    for (const LogEvent& event : page.events) {
        if (event.apiKeyId.isEmpty())
            continue;
        ++withKey;
        QVERIFY2(listedIds.contains(event.apiKeyId), qPrintable(event.apiKeyId));
    }
    QVERIFY(withKey > 0);
}

void TestLogsApi::pagingFollowsTokensToTheEnd()
{
    // news.<company>: only the baseline, a few dozen events in six hours.
    LogsQuery query;
    query.domain = u"news."_s + company;
    query.end = hourStart(m_seededAt).addDays(-3);
    query.start = query.end.addSecs(-6 * 3600);
    query.newestFirst = false;
    query.pageSize = 7;
    query.maxPages = 100;
    m_fixture.server->clearRequests();
    const LogsPage page = read(Region::Us, query);
    QVERIFY(!page.truncated);
    QVERIFY2(page.total > 14, qPrintable(QString::number(page.total)));
    QCOMPARE(qint64(page.events.size()), page.total);
    const int requests = m_fixture.countRequests("POST", u"/v1/analytics/logs"_s);
    QCOMPARE(requests, int((page.total + 6) / 7));

    QSet<QString> ids;
    for (qsizetype i = 0; i < page.events.size(); ++i) {
        const LogEvent& event = page.events.at(i);
        QCOMPARE(event.domain, query.domain);
        ids.insert(event.id);
        if (i > 0)
            QVERIFY2(page.events.at(i - 1).timestamp <= event.timestamp, "oldest first was asked");
    }
    QCOMPARE(ids.size(), page.events.size());

    // Every page after the first carried the previous answer's token, and the query again.
    const QJsonObject body = lastBody();
    QVERIFY(!body.value(u"pagination"_s)[u"token"_s].toString().isEmpty());
    QCOMPARE(body.value(u"pagination"_s)[u"sort"_s].toString(), u"timestamp:asc"_s);
    QCOMPARE(body.value(u"pagination"_s)[u"limit"_s].toInt(), 7);
}

void TestLogsApi::maxPagesTruncates()
{
    LogsQuery query;
    query.end = m_seededAt;
    query.start = m_seededAt.addSecs(-2 * 3600);
    query.pageSize = 25;
    query.maxPages = 3;
    m_fixture.server->clearRequests();
    const LogsPage page = read(Region::Us, query);
    QVERIFY(page.truncated);
    QCOMPARE(page.events.size(), 75);
    QCOMPARE(m_fixture.countRequests("POST", u"/v1/analytics/logs"_s), 3);
    QVERIFY2(page.total > 1000, qPrintable(QString::number(page.total)));

    // A window that fits in the pages read is not truncated.
    query.maxPages = 1;
    query.pageSize = 100;
    query.start = m_seededAt.addDays(-20);
    query.end = query.start.addSecs(3 * 3600);
    query.domain = u"mg.northwind-outfitters.de"_s;
    const LogsPage small = read(Region::Eu, query);
    QVERIFY(!small.truncated);
    QCOMPARE(qint64(small.events.size()), small.total);
}

void TestLogsApi::domainFilterAndTimeWindow()
{
    LogsQuery query;
    query.domain = u"eu."_s + company;
    query.start = m_seededAt.addSecs(-30 * 3600 + 1234);
    query.end = query.start.addSecs(5 * 3600 + 17);
    query.events = {u"accepted"_s, u"failed"_s};
    query.maxPages = 2;
    const LogsPage page = read(Region::Eu, query);
    QCOMPARE(page.events.size(), 200);
    bool sawFailed = false;
    for (const LogEvent& event : page.events) {
        QCOMPARE(event.domain, query.domain);
        QVERIFY2(event.timestamp >= query.start && event.timestamp < query.end,
                 qPrintable(event.timestamp.toString(Qt::ISODateWithMs)));
        QVERIFY2(event.event == u"accepted"_s || event.event == u"failed"_s, qPrintable(event.event));
        sawFailed = sawFailed || event.event == u"failed"_s;
    }
    QVERIFY2(sawFailed, "the spike bounces");

    const QJsonObject body = lastBody();
    QCOMPARE(body.value(u"start"_s).toString(), MailgunDates::toRfc2822(query.start));
    QCOMPARE(body.value(u"end"_s).toString(), MailgunDates::toRfc2822(query.end));
    QCOMPARE(body.value(u"filter"_s)[u"AND"_s][0][u"values"_s][0][u"value"_s].toString(), query.domain);

    // The US server knows no EU domain: nothing, rather than someone else's events.
    const LogsPage elsewhere = read(Region::Us, query);
    QVERIFY(elsewhere.events.isEmpty());
    QCOMPARE(elsewhere.total, 0);
    QVERIFY(!elsewhere.truncated);
}

void TestLogsApi::rateLimitedThenSucceeds()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::RateLimit;
    fault.method = "POST";
    fault.path = QRegularExpression(u"^/v1/analytics/logs$"_s);
    fault.retryAfterSeconds = 0;
    m_fixture.server->addFault(fault);
    m_fixture.server->clearRequests();

    LogsQuery query;
    query.maxPages = 1;
    query.pageSize = 10;
    query.end = m_seededAt;
    const LogsPage page = read(Region::Us, query);
    QCOMPARE(page.events.size(), 10);
    QCOMPARE(m_fixture.countRequests("POST", u"/v1/analytics/logs"_s), 2);
    QCOMPARE(m_fixture.server->requests().constFirst().status, 429);
    QCOMPARE(m_fixture.server->requests().constLast().status, 200);
}

void TestLogsApi::serverErrorFailsTheCall()
{
    PracticeFault fault;
    fault.kind = PracticeFault::Kind::ServerError;
    fault.status = 503;
    fault.path = QRegularExpression(u"^/v1/analytics/logs$"_s);
    fault.times = 5;
    m_fixture.server->addFault(fault);

    LogsApi logs(*m_fixture.client);
    Capture<LogsPage> page;
    logs.list(Region::Eu, LogsQuery{}, this, page.callback());
    MRA_AWAIT(page);
    QVERIFY(!page.get().ok());
    QCOMPARE(page.get().error.httpStatus, 503);
    QCOMPARE(page.get().error.kind, ApiError::Kind::ServerError);
}

void TestLogsApi::requestBodyShape()
{
    LogsQuery query;
    query.start = QDateTime(QDate(2026, 1, 23), QTime(10, 16), QTimeZone::utc());
    query.end = QDateTime(QDate(2026, 1, 24), QTime(10, 16), QTimeZone::utc());
    query.domain = u"mg.example.com"_s;
    query.events = {u"accepted"_s, u"failed"_s};
    query.includeSubaccounts = false;
    query.pageSize = 500;
    QJsonObject body = LogsApi::requestBody(query, {});
    QCOMPARE(body.value(u"start"_s).toString(), u"Fri, 23 Jan 2026 10:16:00 +0000"_s);
    QCOMPARE(body.value(u"end"_s).toString(), u"Sat, 24 Jan 2026 10:16:00 +0000"_s);
    QCOMPARE(body.value(u"events"_s).toArray(), QJsonArray({u"accepted"_s, u"failed"_s}));
    const QJsonObject condition = body.value(u"filter"_s)[u"AND"_s][0].toObject();
    QCOMPARE(condition.value(u"attribute"_s).toString(), u"domain"_s);
    QCOMPARE(condition.value(u"comparator"_s).toString(), u"="_s);
    QCOMPARE(condition.value(u"values"_s)[0][u"label"_s].toString(), u"mg.example.com"_s);
    QCOMPARE(condition.value(u"values"_s)[0][u"value"_s].toString(), u"mg.example.com"_s);
    QCOMPARE(body.value(u"include_subaccounts"_s), QJsonValue(false));
    QCOMPARE(body.value(u"include_totals"_s), QJsonValue(true));
    QCOMPARE(body.value(u"pagination"_s)[u"sort"_s].toString(), u"timestamp:desc"_s);
    QCOMPARE(body.value(u"pagination"_s)[u"limit"_s].toInt(), 100);
    QVERIFY(!body.value(u"pagination"_s).toObject().contains(u"token"_s));

    query.newestFirst = false;
    query.pageSize = 0;
    query.domain.clear();
    query.start = {};
    query.end = {};
    body = LogsApi::requestBody(query, u"abc123"_s);
    QVERIFY(!body.contains(u"start"_s));
    QVERIFY(!body.contains(u"end"_s));
    QVERIFY(!body.contains(u"filter"_s));
    QCOMPARE(body.value(u"include_totals"_s), QJsonValue(false));
    QCOMPARE(body.value(u"pagination"_s)[u"sort"_s].toString(), u"timestamp:asc"_s);
    QCOMPARE(body.value(u"pagination"_s)[u"limit"_s].toInt(), 1);
    QCOMPARE(body.value(u"pagination"_s)[u"token"_s].toString(), u"abc123"_s);
}

void TestLogsApi::practiceServerAnswersAsTheSpecSays()
{
    const auto post = [this](const QJsonObject& body) {
        std::optional<ApiResponse> answer;
        m_fixture.client->send(ApiRequest::postJson(Region::Us, u"/v1/analytics/logs"_s, body), this,
                               [&answer](const ApiResponse& response) { answer = response; });
        // The client times out first (10 s), so the callback never outlives `answer`.
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
            qFatal("the practice server did not answer");
        return *answer;
    };
    QCOMPARE(post({{u"pagination"_s, QJsonObject{{u"limit"_s, 101}}}}).httpStatus, 400);
    QCOMPARE(post({{u"pagination"_s, QJsonObject{{u"sort"_s, u"size:asc"_s}}}}).httpStatus, 400);
    QCOMPARE(post({{u"pagination"_s, QJsonObject{{u"token"_s, u"not-a-token"_s}}}}).httpStatus, 400);
    QCOMPARE(post({{u"events"_s, QJsonArray{u"sent"_s}}}).httpStatus, 400);
    QCOMPARE(post({{u"start"_s, u"yesterday"_s}}).httpStatus, 400);
    const QJsonObject colour{
        {u"attribute"_s, u"colour"_s}, {u"comparator"_s, u"="_s}, {u"values"_s, QJsonArray{}}};
    QCOMPARE(post({{u"filter"_s, QJsonObject{{u"AND"_s, QJsonArray{colour}}}}}).httpStatus, 400);

    // The defaults: the last day, newest first; no total unless asked for.
    const ApiResponse answer = post({});
    QCOMPARE(answer.httpStatus, 200);
    const QJsonObject body = answer.object();
    QVERIFY(MailgunDates::fromRfc2822(body.value(u"start"_s).toString()).isValid());
    QVERIFY(MailgunDates::fromRfc2822(body.value(u"end"_s).toString()).isValid());
    const QJsonArray items = body.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 100);
    static const QRegularExpression isoMs(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"_s);
    for (const QJsonValue& item : items) {
        const QString timestamp = item[u"@timestamp"_s].toString();
        QVERIFY2(isoMs.match(timestamp).hasMatch(), qPrintable(timestamp));
        QVERIFY(!item[u"domain"_s][u"name"_s].toString().isEmpty());
    }
    const QJsonObject pagination = body.value(u"pagination"_s).toObject();
    QVERIFY(!pagination.value(u"next"_s).toString().isEmpty());
    QVERIFY(!pagination.value(u"first"_s).toString().isEmpty());
    QVERIFY(!pagination.contains(u"previous"_s));
    QVERIFY(!pagination.contains(u"total"_s));

    // The next page: the token, and `previous` leads back.
    const ApiResponse next =
        post({{u"pagination"_s, QJsonObject{{u"token"_s, pagination.value(u"next"_s)}}}});
    QCOMPARE(next.httpStatus, 200);
    QVERIFY(next.object().value(u"items"_s).toArray().first() != items.first());
    const QJsonValue previous = next.object().value(u"pagination"_s)[u"previous"_s];
    const ApiResponse back = post({{u"pagination"_s, QJsonObject{{u"token"_s, previous}}}});
    QCOMPARE(back.object().value(u"items"_s).toArray(), items);
}

QTEST_GUILESS_MAIN(TestLogsApi)
#include "tst_logsapi.moc"
