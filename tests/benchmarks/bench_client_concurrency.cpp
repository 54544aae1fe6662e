// How fast the client reads a large account when every answer takes 50 ms: all SMTP logins
// of 200 domains (3 each) plus the domain list, through the per-region cap on requests in
// flight. Prints the wall time next to the ideal (round trips x latency / cap) and the peak
// memory. Run by hand or with the `bench` target; not part of ctest's default run.
#include "LargeAccountBench.h"
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/ApiPath.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

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
    const double ideal = double(roundTrips) * latencyMs / cap;
    std::printf("bench_client_concurrency: %d domains, %d logins, %d round trips, latency %d ms, cap %d\n",
                domainCount, logins, roundTrips, latencyMs, cap);
    std::printf("  wall time %lld ms, ideal %.0f ms (%.2fx ideal), sequential would be %d ms\n",
                static_cast<long long>(elapsed), ideal, elapsed / ideal, roundTrips * latencyMs);
    std::printf("  peak memory %ld KiB, failures %d\n", peakRssKb(), failures);
    return code == 0 && failures == 0 && logins == domainCount * loginsPerDomain ? 0 : 1;
}
