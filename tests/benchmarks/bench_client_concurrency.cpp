// How fast the client reads a large account when every answer takes 50 ms: all SMTP logins
// of 200 domains (3 each) plus the domain list, through the per-region cap on requests in
// flight. The requests are counted where they arrive, on the practice server, and the ideal
// is built from the least the work needs (one page of domains, one page of logins per domain:
// every list fits in one page), so a client that sent more would show as slower, and one that
// sent other requests fails. Prints the wall time next to the ideal (minimum requests x latency
// / requests in flight) and the peak memory. Run by hand or with the `bench` target; not part
// of ctest's default run.
#include "LargeAccountBench.h"
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/ApiPath.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace LargeAccountBench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int cap = argc > 1 ? QByteArray(argv[1]).toInt() : 8;

    PracticeServer server;
    if (!LargeAccountBench::start(server))
        return 1;

    MailgunClient client(apiEndpointsOf(server));
    MailgunClient::Options options;
    options.maxInFlightPerRegion = cap;
    client.setOptions(options);
    client.setApiKey(Secret(server.practiceKey()));

    QElapsedTimer timer;
    timer.start();
    int roundTrips = 0;
    int pending = 0;
    int logins = 0;
    int failures = 0;
    auto finishIfDone = [&] {
        if (pending == 0)
            QCoreApplication::quit();
    };
    ++pending;
    client.fetchAllPages(Region::Us, u"/v4/domains"_s, {}, u"items"_s, u"total_count"_s, 1000, &app,
                         [&](const QList<QJsonObject>& domains, const ApiError& error) {
                             ++roundTrips;
                             --pending;
                             if (error.isError()) {
                                 ++failures;
                                 finishIfDone();
                                 return;
                             }
                             for (const QJsonObject& domain : domains) {
                                 ++pending;
                                 const QString path = u"/v3/domains/"_s +
                                                      encodedPathSegment(domain.value(u"name"_s).toString()) +
                                                      u"/credentials"_s;
                                 client.fetchAllPages(
                                     Region::Us, path, {}, u"items"_s, u"total_count"_s, 100, &app,
                                     [&](const QList<QJsonObject>& items, const ApiError& e) {
                                         ++roundTrips;
                                         --pending;
                                         failures += e.isError() ? 1 : 0;
                                         logins += static_cast<int>(items.size());
                                         finishIfDone();
                                     });
                             }
                             finishIfDone();
                         });
    QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(2); });
    const int code = QCoreApplication::exec();
    const qint64 elapsed = timer.elapsed();
    // What reached the server, not what the client reported back.
    int received = 0;
    int domainLists = 0;
    int loginLists = 0;
    int answered = 0;
    static const QRegularExpression loginList(u"^/v3/domains/[^/]+/credentials$"_s);
    for (const PracticeRequestRecord& request : server.requests()) {
        ++received;
        answered += request.status == 200 ? 1 : 0;
        domainLists += request.method == "GET" && request.path == u"/v4/domains"_s ? 1 : 0;
        loginLists += request.method == "GET" && loginList.match(request.path).hasMatch() ? 1 : 0;
    }
    const int minimumRequests = 1 + domainCount; // literal: one list of domains, one of logins each
    // Qt opens at most six connections to one host, whatever the client's own cap.
    const int inFlight = std::min(cap, 6);
    const double ideal = double(minimumRequests) * latencyMs / inFlight;
    std::printf("bench_client_concurrency: %d domains, %d logins, latency %d ms, cap %d (%d on the wire)\n",
                domainCount, logins, latencyMs, cap, inFlight);
    std::printf("  server received %d requests (%d domain lists, %d login lists, %d answered 200); "
                "minimum %d; client callbacks %d\n",
                received, domainLists, loginLists, answered, minimumRequests, roundTrips);
    std::printf("  wall time %lld ms, ideal %.0f ms (%.2fx ideal), sequential would be %d ms\n",
                static_cast<long long>(elapsed), ideal, elapsed / ideal, minimumRequests * latencyMs);
    std::printf("  peak memory %ld KiB, failures %d\n", peakRssKb(), failures);
    bool ok = code == 0 && failures == 0 && logins == domainCount * loginsPerDomain;
    if (received != domainLists + loginLists || loginLists < domainCount || domainLists < 1) {
        std::fprintf(stderr,
                     "FAIL: the server did not receive the lists the work needs, or other requests\n");
        ok = false;
    }
    if (received != minimumRequests)
        std::fprintf(stderr, "NOTE: %d requests beyond the minimum\n", received - minimumRequests);
    return ok ? 0 : 1;
}
