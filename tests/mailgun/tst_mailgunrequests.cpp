// The client's requests: paging, the cap on requests in flight, where credentials may go,
// body and query encoding, and cancelling.
#include "MailgunClientFixture.h"

class TestMailgunRequests : public MailgunClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesEveryPage();
    void capsRequestsInFlight();
    void refusesPlainHttpToANonLoopbackHost();
    void neverSendsCredentialsToAnotherHost();
    void encodesBodiesAsDeclared();
    void formEncodingKeepsPlusSigns();
    void queryEncodingKeepsPlusSigns();
    void cancelAllAnswersCancelled();
    void noCallbackAfterContextIsDestroyed();
};

void TestMailgunRequests::fetchesEveryPage()
{
    m_server->account().addDomains(PracticeRegion::Eu, 23, 1);
    const ApiResponse first = sendAndWait(*m_client, ApiRequest::get(Region::Eu, u"/v4/domains"_s));
    const int total = first.object().value(u"total_count"_s).toInt();
    QVERIFY(total >= 23);

    QList<QJsonObject> items;
    ApiError error;
    bool done = false;
    m_client->fetchAllPages(Region::Eu, u"/v4/domains"_s, {}, u"items"_s, u"total_count"_s, 5, this,
                            [&](const QList<QJsonObject>& all, const ApiError& e) {
                                items = all;
                                error = e;
                                done = true;
                            });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    QCOMPARE(items.size(), total);
    QSet<QString> names;
    for (const QJsonObject& item : items)
        names.insert(item.value(u"name"_s).toString());
    QCOMPARE(names.size(), total); // no page read twice, none skipped
}

void TestMailgunRequests::capsRequestsInFlight()
{
    MailgunClient::Options options = fastOptions();
    options.maxInFlightPerRegion = 3;
    m_client->setOptions(options);
    PracticeFault slow = fault(PracticeFault::Kind::Delay, "GET", u"^/v4/domains$"_s, 12);
    slow.delayMs = 100;
    m_server->addFault(slow);
    int answered = 0;
    int highest = 0;
    // After each answer the client starts the next queued request from the event loop; a
    // look queued from the answer runs right after that, when the most are in flight.
    int highestAfterAnswers = 0;
    int looks = 0;
    for (int i = 0; i < 12; ++i) {
        m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), this, [&](const ApiResponse& response) {
            QVERIFY(response.ok());
            ++answered;
            QTimer::singleShot(0, this, [&] {
                highestAfterAnswers = std::max(highestAfterAnswers, m_client->inFlight(Region::Us));
                ++looks;
            });
        });
        highest = std::max(highest, m_client->inFlight(Region::Us));
    }
    QCOMPARE(highest, 3);
    QCOMPARE(m_client->queued(Region::Us), 9);
    QTRY_COMPARE_WITH_TIMEOUT(looks, 12, 20000);
    QCOMPARE(answered, 12);
    QCOMPARE(highestAfterAnswers, 3); // refilled to the cap, never above it
    QCOMPARE(m_client->inFlight(Region::Us), 0);
}

void TestMailgunRequests::refusesPlainHttpToANonLoopbackHost()
{
    MailgunClient client(ApiEndpoints::both(QUrl(u"http://api.example.com"_s)));
    client.setApiKey(Secret(m_server->practiceKey()));
    const ApiResponse response = sendAndWait(client, ApiRequest::get(Region::Us, u"/v4/domains"_s));
    QCOMPARE(response.error.kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(response.attempts, 0); // nothing was sent
    QVERIFY(!ApiEndpoints::problemWithBase(QUrl(u"http://api.example.com"_s)).isEmpty());
    QVERIFY(ApiEndpoints::problemWithBase(QUrl(u"http://127.0.0.1:8080"_s)).isEmpty());
    QVERIFY(ApiEndpoints::problemWithBase(QUrl(u"http://[::1]:8080"_s)).isEmpty());
    QVERIFY(ApiEndpoints::problemWithBase(QUrl(u"https://api.mailgun.net"_s)).isEmpty());
    QVERIFY(!ApiEndpoints::problemWithBase(QUrl(u"ftp://api.mailgun.net"_s)).isEmpty());
}

void TestMailgunRequests::neverSendsCredentialsToAnotherHost()
{
    PracticeServer other;
    QVERIFY(other.start());
    ApiRequest request = ApiRequest::get(Region::Us, {});
    request.absoluteUrl = other.baseUrl(PracticeRegion::Us).resolved(QUrl(u"/v4/domains"_s));
    const ApiResponse response = sendAndWait(*m_client, request);
    QCOMPARE(response.error.kind, ApiError::Kind::InsecureUrl);
    QVERIFY(other.requests().isEmpty());

    // A URL on the configured server itself is followed, with credentials.
    request.absoluteUrl = m_server->baseUrl(PracticeRegion::Us).resolved(QUrl(u"/v4/domains"_s));
    const ApiResponse own = sendAndWait(*m_client, request);
    QVERIFY(own.ok());
    QVERIFY(m_server->requests().last().hadAuthorization);
}

void TestMailgunRequests::encodesBodiesAsDeclared()
{
    sendAndWait(*m_client, ApiRequest::post(Region::Us, u"/v1/keys"_s, BodyEncoding::Multipart,
                                            {{u"role"_s, u"admin"_s}, {u"description"_s, u"encoding"_s}}));
    QVERIFY(m_server->requests().last().contentType.startsWith("multipart/form-data; boundary="));
    const QString routeId = m_server->account().region(PracticeRegion::Us).routes.first().id;
    sendAndWait(*m_client, ApiRequest::put(Region::Us, u"/v3/routes/"_s + routeId, BodyEncoding::UrlEncoded,
                                           {{u"description"_s, u"checked"_s}}));
    QCOMPARE(m_server->requests().last().contentType, "application/x-www-form-urlencoded");
    sendAndWait(*m_client, ApiRequest::postJson(Region::Us, u"/v1/analytics/metrics"_s,
                                                {{u"duration"_s, u"2d"_s}, {u"resolution"_s, u"hour"_s}}));
    QCOMPARE(m_server->requests().last().contentType, "application/json");
}

void TestMailgunRequests::formEncodingKeepsPlusSigns()
{
    const QString routeId = m_server->account().region(PracticeRegion::Us).routes.first().id;
    const ApiResponse response = sendAndWait(
        *m_client, ApiRequest::put(Region::Us, u"/v3/routes/"_s + routeId, BodyEncoding::UrlEncoded,
                                   {{u"description"_s, u"a+b & c=d"_s}}));
    QVERIFY2(response.ok(), qPrintable(response.error.serverMessage));
    QCOMPARE(m_server->account().region(PracticeRegion::Us).routes.first().description, u"a+b & c=d"_s);
}

void TestMailgunRequests::queryEncodingKeepsPlusSigns()
{
    // An RFC 2822 date carries "+0000": sent as "+", Mailgun would read a space.
    QUrlQuery query;
    query.addQueryItem(u"event"_s, u"accepted"_s);
    query.addQueryItem(u"start"_s, u"Tue, 03 Mar 2026 12:00:00 +0000"_s);
    query.addQueryItem(u"end"_s, u"Tue, 10 Mar 2026 12:00:00 +0000"_s);
    const ApiResponse response =
        sendAndWait(*m_client, ApiRequest::get(Region::Us, u"/v3/stats/total"_s, query));
    QVERIFY2(response.ok(), qPrintable(response.error.serverMessage));
    QVERIFY(m_server->requests().last().query.contains(u"+0000"_s));
}

void TestMailgunRequests::cancelAllAnswersCancelled()
{
    PracticeFault slow = fault(PracticeFault::Kind::Delay, "GET", u"^/v4/domains$"_s, 20);
    slow.delayMs = 500;
    m_server->addFault(slow);
    int cancelled = 0;
    for (int i = 0; i < 12; ++i)
        m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), this, [&](const ApiResponse& response) {
            if (response.error.kind == ApiError::Kind::Cancelled)
                ++cancelled;
        });
    m_client->cancelAll();
    QTRY_COMPARE(cancelled, 12);
    QCOMPARE(m_client->inFlight(Region::Us), 0);
}

void TestMailgunRequests::noCallbackAfterContextIsDestroyed()
{
    auto* context = new QObject;
    bool called = false;
    m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), context,
                   [&](const ApiResponse&) { called = true; });
    delete context;
    // A request sent after it, with a live context: once that one is answered, the first
    // one's answer has come and gone too.
    bool markerAnswered = false;
    m_client->send(ApiRequest::get(Region::Us, u"/v4/domains"_s), this,
                   [&](const ApiResponse&) { markerAnswered = true; });
    QTRY_VERIFY(markerAnswered);
    QTRY_COMPARE(m_client->inFlight(Region::Us), 0);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestMailgunRequests)
#include "tst_mailgunrequests.moc"
