#pragma once

#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QRegularExpression>

#include <cstdio>
#include <sys/resource.h>

// What the large-account benchmarks share: 200 domains with 3 SMTP logins each in the US
// region, and 50 ms added to every answer.
namespace LargeAccountBench {

constexpr int domainCount = 200;
constexpr int loginsPerDomain = 3;
constexpr int latencyMs = 50;

// Starts the practice server with exactly the benchmark's domains and latency.
inline bool start(PracticeServer& server)
{
    if (!server.start()) {
        std::fputs("practice server did not start\n", stderr);
        return false;
    }
    server.account().region(PracticeRegion::Us).domains.clear();
    server.account().region(PracticeRegion::Eu).domains.clear();
    // The seeded subaccounts' own logins are not part of the benchmark's work either.
    for (const PracticeSubaccount& subaccount : server.account().subaccounts()) {
        if (PracticeAccount* held = server.account().subaccountHoldings().find(subaccount.id)) {
            held->region(PracticeRegion::Us).domains.clear();
            held->region(PracticeRegion::Eu).domains.clear();
        }
    }
    server.account().addDomains(PracticeRegion::Us, domainCount, loginsPerDomain);
    PracticeFault latency;
    latency.kind = PracticeFault::Kind::Delay;
    latency.path = QRegularExpression(QStringLiteral(".*"));
    latency.times = 1000000;
    latency.delayMs = latencyMs;
    server.addFault(latency);
    return true;
}

inline long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace LargeAccountBench
