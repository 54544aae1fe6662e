#pragma once

// What the website probe suites share (tst_siteprobe, tst_probefailures, tst_probecommand):
// running a probe to its end against a TestWebsite, and reading everything it would print.

#include "TestWebsite.h"
#include "cli/CommandLineApp.h"
#include "cli/ProbeCommand.h"
#include "investigate/ExposureCheck.h"
#include "investigate/PageScripts.h"
#include "investigate/ProbePath.h"
#include "investigate/SiteProbe.h"
#include "investigate/SoftNotFoundBaseline.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

struct Run
{
    QList<SiteExposure> exposures;
    QList<SiteExposure> signalled;
    SiteProbe::Summary summary;
    int planned = 0;
    int lastDone = -1;
    int lastTotal = -1;
    qint64 elapsedMs = 0;
};

// Sends a request of the test's own to `site` and waits until the site has it and has
// answered: by then the site has also received whatever was sent to it before.
inline bool sendMarker(TestWebsite& site, const QByteArray& path)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(site.url().resolved(QUrl(QString::fromLatin1(path))))));
    return QTest::qWaitFor([&] { return reply->isFinished() && site.requestsFor(path) == 1; }, 10000);
}

inline SiteProbe::Options fast()
{
    SiteProbe::Options options;
    options.requestsPerSecond = 1000;
    options.timeoutMs = 5000;
    return options;
}

// Runs a probe to its end; false (and a test failure) when it does not start or finish.
inline bool probe(const QStringList& addresses, const SiteProbe::Options& options, Run* run,
                  const KeyMatcher& matcher = KeyMatcher())
{
    SiteProbe prober;
    prober.setOptions(options);
    prober.setKeyMatcher(matcher);
    QObject::connect(&prober, &SiteProbe::exposureFound, &prober,
                     [run](const SiteExposure& exposure) { run->signalled.append(exposure); });
    QObject::connect(&prober, &SiteProbe::progress, &prober, [run](int done, int total) {
        run->lastDone = done;
        run->lastTotal = total;
    });
    QSignalSpy finished(&prober, &SiteProbe::finished);
    QElapsedTimer clock;
    clock.start();
    if (!prober.start(addresses))
        return false;
    run->planned = prober.plannedRequests();
    if (!prober.isRunning() || !finished.wait(120000))
        return false;
    run->elapsedMs = clock.elapsed();
    run->exposures = prober.exposures();
    run->summary = prober.summary();
    return !prober.isRunning() && finished.size() == 1;
}

inline QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson());
}

inline QString allOutput(const QList<SiteExposure>& exposures, const SiteProbe::Summary& summary)
{
    QString text =
        jsonText(ProbeCommand::resultJson(exposures, summary)) + ProbeCommand::resultText(exposures, summary);
    for (const SiteExposure& exposure : exposures) {
        text += jsonText(exposure.toJson());
        for (const FindingRecord& record : exposure.records())
            text += jsonText(record.toJson());
    }
    return text;
}

inline void verifyGetOnly(const TestWebsite& site)
{
    for (const TestWebsite::Request& request : site.requests())
        QVERIFY2(request.method == "GET" || request.method == "HEAD", request.method.constData());
}

inline CommandLineOptions probeOptions(const QStringList& arguments, bool owns)
{
    QStringList argv{u"mailgun-recovery"_s, u"probe"_s};
    argv += arguments;
    if (owns)
        argv.append(u"--i-own-this-site"_s);
    return CommandLineOptions::parse(argv);
}
