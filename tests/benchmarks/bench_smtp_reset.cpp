// How long `reset-smtp` takes on a large account: 200 domains with 3 SMTP logins each, every
// new password stored in the real keychain (pending entry, read back, made current after
// Mailgun accepted it) and every step journaled to a file, as in real use.
//
// Three runs of the same reset, each counted on the practice server's side (what it received
// and answered), not by the program's own counters:
//   network alone: every answer takes 50 ms; keychain and journal in memory.
//   local alone:   answers at once; the real keychain and the journal on disk.
//   together:      50 ms answers, real keychain, journal on disk: the real thing.
// The ideal is the larger of the network floor and the measured local run. The floor is built
// from the minimum the reset needs, a literal, not from what the program sent: one PUT of a
// new password per login (the plan, read before the clock starts, is not part of it). Any
// further round trip (a read-back, a retry, a second PUT) costs time above the floor. The benchmark fails
// (exit 1) when the real run did other work than the others, or took more than 1.3 x the ideal. Run inside
// scripts/with-test-keyring.sh; not part of ctest. Arguments: requests in flight per region
// (8), logins worked on at once (32).
#include "LargeAccountBench.h"
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/SecretEntries.h"
#include "recovery/SmtpResetController.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace LargeAccountBench;

namespace {

// Qt opens at most six connections to one host, so no more than six requests of a region
// are ever on the wire together, whatever the client's own cap.
constexpr int qtConnectionsPerHost = 6;
constexpr double allowedRatio = 1.3;
// The least a reset of one login needs from Mailgun: PUT /v3/domains/{domain}/credentials/{login}.
constexpr int minimumRequestsPerLogin = 1;

// A keychain in memory that answers at once: the network part of the run alone.
class MemoryKeychain : public SecretStore
{
public:
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString& entry, const Secret& value, const QObject* context, Callback done) override
    {
        m_values.insert(entry, value);
        answer(context, std::move(done), {Status::Ok, {}, {}});
    }
    void read(const QString& entry, const QObject* context, Callback done) override
    {
        answer(context, std::move(done),
               {m_values.contains(entry) ? Status::Ok : Status::NotFound, m_values.value(entry), {}});
    }
    void remove(const QString& entry, const QObject* context, Callback done) override
    {
        m_values.remove(entry);
        answer(context, std::move(done), {Status::Ok, {}, {}});
    }

private:
    static void answer(const QObject* context, Callback done, Result result)
    {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context), [done = std::move(done), result] { done(result); },
            Qt::QueuedConnection);
    }
    QHash<QString, Secret> m_values;
};

// Counts the keychain calls the run makes, in front of the store, for the figures.
class CountingKeychain : public SecretStore
{
public:
    explicit CountingKeychain(SecretStore* inner)
        : m_inner(inner)
    {}
    QString serviceName() const override { return m_inner->serviceName(); }
    void write(const QString& entry, const Secret& value, const QObject* context, Callback done) override
    {
        ++calls;
        m_inner->write(entry, value, context, std::move(done));
    }
    void read(const QString& entry, const QObject* context, Callback done) override
    {
        ++calls;
        m_inner->read(entry, context, std::move(done));
    }
    void remove(const QString& entry, const QObject* context, Callback done) override
    {
        ++calls;
        m_inner->remove(entry, context, std::move(done));
    }
    int calls = 0;

private:
    SecretStore* m_inner;
};

struct Outcome
{
    qint64 ms = -1;
    int changes = 0;  // PUTs of SMTP passwords the server answered with 200
    int requests = 0; // everything the server received during the reset
    int keychainCalls = 0;
    qint64 journalLines = 0;
    bool complete = false;
};

void setLatency(PracticeServer& server, int ms)
{
    server.clearFaults();
    if (ms <= 0)
        return;
    PracticeFault latency;
    latency.kind = PracticeFault::Kind::Delay;
    latency.path = QRegularExpression(QStringLiteral(".*"));
    latency.times = 1000000;
    latency.delayMs = ms;
    server.addFault(latency);
}

qint64 lineCount(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().count('\n');
}

Outcome runReset(PracticeServer& server, MailgunClient& client, SecretStore* store,
                 const QString& journalPath, int parallel)
{
    Journal journal(journalPath);
    CountingKeychain counting(store);
    SmtpResetController controller(&client, &counting, &journal);
    controller.setMaxParallel(parallel);
    Outcome outcome;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&controller, &SmtpResetController::planReady, &loop, [&] {
        server.clearRequests();
        counting.calls = 0;
        timer.start();
        controller.start();
    });
    QObject::connect(&controller, &SmtpResetController::finished, &loop, [&] {
        outcome.ms = timer.elapsed();
        loop.quit();
    });
    QObject::connect(&controller, &SmtpResetController::failed, &loop, [&](const QString& message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    controller.load(QDateTime::currentDateTimeUtc().addDays(-14));
    loop.exec();
    for (const PracticeRequestRecord& request : server.requests()) {
        ++outcome.requests;
        outcome.changes +=
            request.method == "PUT" && request.path.contains(u"/credentials/"_s) && request.status == 200 ? 1
                                                                                                          : 0;
    }
    outcome.keychainCalls = counting.calls;
    // Empty the keychain again: the Secret Service rewrites its whole file on each change,
    // so a keychain left full would make the next run slower for reasons of its own.
    int removing = 0;
    for (const SmtpLoginRow& row : controller.plan().rows) {
        ++removing;
        store->remove(SecretEntries::smtp(row.region, row.login), &loop, [&](const SecretStore::Result&) {
            if (--removing == 0)
                loop.quit();
        });
    }
    if (removing > 0)
        loop.exec();
    outcome.complete = controller.isComplete();
    outcome.journalLines = journalPath.isEmpty() ? 0 : lineCount(journalPath);
    return outcome;
}

void print(const char* name, const Outcome& outcome)
{
    std::printf("  %-14s %6lld ms; server received %4d requests, %4d password changes; "
                "%5d keychain calls; %5lld journal lines\n",
                name, static_cast<long long>(outcome.ms), outcome.requests, outcome.changes,
                outcome.keychainCalls, static_cast<long long>(outcome.journalLines));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int cap = argc > 1 ? QByteArray(argv[1]).toInt() : 8;

    PracticeServer server;
    if (!LargeAccountBench::start(server))
        return 1;
    const int logins = domainCount * loginsPerDomain;
    MailgunClient client(apiEndpointsOf(server));
    MailgunClient::Options options;
    options.maxInFlightPerRegion = cap;
    client.setOptions(options);
    client.setApiKey(Secret(server.practiceKey()));
    QTemporaryDir folder;
    // Each real run starts from an empty keychain service of its own, so both do the same
    // keychain work (a first reset: no earlier password in the keychain).
    KeychainSecretStore localKeychain(QStringLiteral("Mailgun Recovery Assistant (bench, local)"),
                                      std::chrono::seconds(30));
    KeychainSecretStore keychain(QStringLiteral("Mailgun Recovery Assistant (bench)"),
                                 std::chrono::seconds(30));
    MemoryKeychain memoryKeychain;
    const int parallel = argc > 2 ? QByteArray(argv[2]).toInt() : 32; // the controller's default

    setLatency(server, latencyMs);
    const Outcome network = runReset(server, client, &memoryKeychain, QString(), parallel);
    setLatency(server, 0);
    const Outcome local =
        runReset(server, client, &localKeychain, folder.filePath(u"local.jsonl"_s), parallel);
    setLatency(server, latencyMs);
    const Outcome together =
        runReset(server, client, &keychain, folder.filePath(u"together.jsonl"_s), parallel);

    const int inFlight = std::min(cap, qtConnectionsPerHost);
    const int minimumRequests = logins * minimumRequestsPerLogin;
    const double networkFloor = double(minimumRequests) * latencyMs / inFlight;
    const double ideal = std::max(networkFloor, double(local.ms));
    const double ratio = together.ms / ideal;
    std::printf("reset-smtp: %d domains x %d logins, %d ms latency, %d requests in flight per region "
                "(client cap %d), %d logins at once\n",
                domainCount, loginsPerDomain, latencyMs, inFlight, cap, parallel);
    print("network alone", network);
    print("local alone", local);
    print("together", together);
    std::printf("  network floor %.0f ms (minimum %d requests x %d ms / %d); the server received %d (%d "
                "beyond the minimum); ideal = larger of the floor and local alone = %.0f ms\n",
                networkFloor, minimumRequests, latencyMs, inFlight, together.requests,
                together.requests - minimumRequests, ideal);
    std::printf("  total %lld ms, ideal %.0f ms, ratio %.2f (allowed %.2f); peak memory %ld KiB\n",
                static_cast<long long>(together.ms), ideal, ratio, allowedRatio, peakRssKb());

    bool ok = true;
    for (const Outcome* outcome : {&network, &local, &together}) {
        if (!outcome->complete || outcome->ms < 0 || outcome->changes != logins) {
            std::fprintf(stderr, "FAIL: a run did not change exactly %d passwords\n", logins);
            ok = false;
        }
    }
    if (local.requests != together.requests || network.requests != together.requests ||
        local.keychainCalls != together.keychainCalls) {
        std::fprintf(stderr, "FAIL: the local and the real run did different work\n");
        ok = false;
    }
    if (ratio > allowedRatio) {
        std::fprintf(stderr, "FAIL: ratio %.2f is above %.2f\n", ratio, allowedRatio);
        ok = false;
    }
    return ok ? 0 : 1;
}
