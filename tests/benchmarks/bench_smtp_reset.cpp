// How long `reset-smtp` takes on a large account when every answer takes 50 ms: 200
// domains with 3 SMTP logins each, every password stored in the real keychain first and
// every step journaled to a file, as in real use. Prints the wall time of reading the
// logins and of the reset next to the ideal (round trips x latency / requests in flight)
// and the peak memory. Run inside scripts/with-test-keyring.sh; not part of ctest. With the
// argument "memory" the keychain and journal are in memory, to measure the network alone.
#include "LargeAccountBench.h"
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/SmtpResetController.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace LargeAccountBench;

namespace {

// A keychain in memory that answers at once: tells the network part of the run apart from
// the cost of the real keychain.
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

} // namespace

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

    QTemporaryDir folder;
    // "memory": journal and keychain in memory, to measure the network part alone.
    const bool inMemory = argc > 2 && QByteArray(argv[2]) == "memory";
    const bool memoryJournal = inMemory;
    Journal journal(memoryJournal ? QString() : folder.filePath(u"journal.json"_s));
    KeychainSecretStore keychain(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(30));
    MemoryKeychain memoryKeychain;
    SmtpResetController controller(&client, inMemory ? static_cast<SecretStore*>(&memoryKeychain) : &keychain,
                                   &journal);
    controller.setMaxParallel(2 * cap);

    QElapsedTimer timer;
    qint64 loadMs = 0;
    qint64 runMs = 0;
    int requestsAfterLoad = 0;
    QObject::connect(&controller, &SmtpResetController::planReady, &app, [&] {
        loadMs = timer.restart();
        requestsAfterLoad = static_cast<int>(server.requests().size());
        controller.start();
    });
    QObject::connect(&controller, &SmtpResetController::finished, &app, [&] {
        runMs = timer.elapsed();
        QCoreApplication::exit(controller.isComplete() ? 0 : 1);
    });
    QObject::connect(&controller, &SmtpResetController::failed, &app, [&](const QString& message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    timer.start();
    controller.load(QDateTime::currentDateTimeUtc().addDays(-14));
    const int status = QCoreApplication::exec();

    const int loadTrips = requestsAfterLoad;
    const int runTrips = static_cast<int>(server.requests().size()) - requestsAfterLoad;
    const double idealLoad = double(loadTrips) * latencyMs / cap;
    const double idealRun = double(runTrips) * latencyMs / cap;
    std::printf("reset-smtp: %d domains x %d logins, %d ms latency, %d requests in flight per region, %s\n",
                domainCount, loginsPerDomain, latencyMs, cap,
                inMemory ? "keychain and journal in memory" : "real keychain, journal on disk");
    std::printf("  read logins: %5lld ms for %4d round trips (ideal %6.0f ms, x%.2f)\n",
                static_cast<long long>(loadMs), loadTrips, idealLoad, loadMs / idealLoad);
    std::printf("  reset:       %5lld ms for %4d round trips (ideal %6.0f ms, x%.2f), %d logins changed\n",
                static_cast<long long>(runMs), runTrips, idealRun, runMs / idealRun, controller.doneCount());
    std::printf("  one after another would take %lld ms\n",
                static_cast<long long>(loadTrips + runTrips) * latencyMs);
    std::printf("  journal: %lld bytes, %lld entries; peak memory %ld KiB\n",
                static_cast<long long>(QFileInfo(journal.path()).size()),
                static_cast<long long>(journal.entries().size()), peakRssKb());
    return status;
}
