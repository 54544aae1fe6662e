#include "ContractHarness.h"

#include "SessionPractice.h"
#include "mailgun/ApiEndpoints.h"

#include <QFileInfo>
#include <QMetaEnum>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

const QList<SpecDefect>& knownSpecDefects()
{
    static const QList<SpecDefect> defects{
        // The OAS lists only 200 and 404 for this operation, but Mailgun refuses a password
        // outside its rules with 400: length 5..32 (reference §4.6: legacy docs, mailgun-php,
        // mailgun-go's mock) and "New password cannot be the same as old password." (§4.3).
        {"PUT", QRegularExpression(u"^/v3/domains/[^/]+/credentials/[^/]+$"_s), 400,
         u"Unable to match the returned status code"_s,
         u"PUT credentials answers 400 on password rules; the spec lists only 200, 404 (reference §4.3, §4.6)"_s},
        // 403 means "valid key, role too narrow" on every endpoint (Mailgun's API Response
        // Codes page, reference §1.6), but the OAS lists it for few operations. The program
        // meets it on exactly these three, the requests of the Connect check: GET /v4/domains
        // (a sending-only key, a disabled account), GET /v1/keys and GET /v5/users (a key
        // that is not an admin's).
        {"GET", QRegularExpression(u"^/v4/domains$"_s), 403, u"Unable to match the returned status code"_s,
         u"403 on GET /v4/domains is documented account-wide, not in the OAS (reference §1.6)"_s},
        {"GET", QRegularExpression(u"^/v1/keys$"_s), 403, u"Unable to match the returned status code"_s,
         u"403 on GET /v1/keys is documented account-wide, not in the OAS (reference §1.6, §2.5)"_s},
        {"GET", QRegularExpression(u"^/v5/users$"_s), 403, u"Unable to match the returned status code"_s,
         u"403 on GET /v5/users is documented account-wide, not in the OAS (reference §1.6, §9)"_s},
        // Account-level webhooks are absent from the OAS copy, though Mailgun documents them
        // on its docs pages (reference §7.3). Prism cannot validate what the spec lacks.
        {"GET", QRegularExpression(u"^/v1/webhooks$"_s), 0, u"NO_PATH_MATCHED_ERROR"_s,
         u"/v1/webhooks is absent from the OAS (reference §7.3)"_s},
        {"DELETE", QRegularExpression(u"^/v1/webhooks/[^/]+$"_s), 0, u"NO_PATH_MATCHED_ERROR"_s,
         u"/v1/webhooks is absent from the OAS (reference §7.3)"_s},
    };
    return defects;
}

const SpecDefect* knownDefectFor(const ProxiedRequest& request, const QString& finding)
{
    for (const SpecDefect& defect : knownSpecDefects()) {
        if (request.method.toLatin1() == defect.method && defect.path.match(request.path).hasMatch() &&
            request.upstreamStatus == defect.upstreamStatus && finding.contains(defect.finding))
            return &defect;
    }
    return nullptr;
}

bool isNoPathMatched(const ApiError& error)
{
    // Prism answers with an RFC 9457 problem document whose title is this sentence.
    return error.httpStatus == 404 && (error.serverMessage.contains(u"NO_PATH_MATCHED_ERROR"_s) ||
                                       error.serverMessage == u"Route not resolved, no path matched"_s);
}

QString describe(const ApiError& error)
{
    return u"%1 (HTTP %2): %3"_s.arg(error.code()).arg(error.httpStatus).arg(error.serverMessage);
}

QString describe(ConnectController::Outcome outcome)
{
    return QString::fromLatin1(QMetaEnum::fromType<ConnectController::Outcome>().valueToKey(int(outcome)));
}

bool ContractHarness::prismInstalled()
{
    return QFileInfo(QString::fromUtf8(MRA_CONTRACT_DIR) + u"/node_modules/.bin/prism"_s).isExecutable();
}

std::unique_ptr<MailgunClient> ContractHarness::makeClient(const QString& key) const
{
    ApiEndpoints endpoints;
    endpoints.us = m_usProxy.url();
    endpoints.eu = m_euProxy.url();
    auto client = std::make_unique<MailgunClient>(endpoints);
    client->setApiKey(Secret(key));
    MailgunClient::Options options;
    options.timeoutMs = awaitMs;
    // Once, so a 500 from Prism (a response that broke the spec) is reported, not retried
    // against state the first attempt already changed; one at a time per region, so each
    // request's findings follow it in Prism's log.
    options.maxAttempts = 1;
    options.maxInFlightPerRegion = 1;
    client->setOptions(options);
    return client;
}

QString ContractHarness::startProxies()
{
    const QString dir = QString::fromUtf8(MRA_CONTRACT_DIR);
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        return u"tests/contract/node_modules is installed but `node` is not on PATH"_s;
    QString spec = qEnvironmentVariable("MRA_OPENAPI_SPEC");
    if (spec.isEmpty())
        spec = QString::fromUtf8(MRA_OPENAPI_SPEC);
    if (!QFileInfo::exists(spec))
        return u"Mailgun's OpenAPI spec is not at %1 (set MRA_OPENAPI_SPEC)"_s.arg(spec);

    // The spec as Prism loads it: Mailgun's, with the errata of spec-errata.cjs applied.
    if (!m_workDir.isValid())
        return m_workDir.errorString();
    const QString patchedSpec = m_workDir.filePath(u"openapi-with-errata.json"_s);
    QProcess errata;
    errata.setProcessChannelMode(QProcess::MergedChannels);
    errata.start(u"node"_s, {dir + u"/spec-errata.cjs"_s, spec, patchedSpec});
    if (!errata.waitForFinished(120000))
        return u"spec-errata.cjs did not finish"_s;
    const QString errataLog = QString::fromUtf8(errata.readAll()).trimmed();
    if (errata.exitStatus() != QProcess::NormalExit || errata.exitCode() != 0)
        return errataLog;
    qInfo("%s", qPrintable(errataLog));

    m_server = std::make_unique<PracticeServer>();
    QString error;
    if (!m_server->start(0, 0, &error))
        return error;

    // Both load the spec at the same time, a few seconds each.
    const QString script = dir + u"/prism-proxy.sh"_s;
    for (int attempt = 1;; ++attempt) {
        for (const Region region : allRegions)
            proxy(region).start(script, patchedSpec, m_server->baseUrl(practiceRegionOf(region)));
        const QDeadlineTimer deadline(std::chrono::minutes(3));
        const QString usError = m_usProxy.waitUntilListening(deadline);
        const QString euError = m_euProxy.waitUntilListening(deadline);
        if (usError.isEmpty() && euError.isEmpty())
            break;
        m_usProxy.stop();
        m_euProxy.stop();
        // A port taken between choosing and binding it: try other ports once more.
        if (attempt >= 2)
            return usError + u"\n"_s + euError;
    }
    m_client = makeClient(m_server->practiceKey());
    return {};
}

void ContractHarness::rememberSeenRequests()
{
    for (const Region region : allRegions)
        m_seen[int(region)] = proxy(region).requests().size();
}

// Every request of the test function that just ran must have passed Prism without a
// finding, other than the exact spec defects above. Prints every finding.
QStringList ContractHarness::violationsSinceRemembered(int* checked)
{
    QStringList violations;
    *checked = 0;
    for (const Region region : allRegions) {
        const QList<ProxiedRequest>& requests = proxy(region).requests();
        for (qsizetype i = m_seen[int(region)]; i < requests.size(); ++i) {
            const ProxiedRequest& request = requests.at(i);
            ++*checked;
            for (const QString& finding : request.findings) {
                const QString where = u"%1 %2 %3 (upstream status %4)"_s
                                          .arg(regionId(region).toUpper(), request.method, request.path)
                                          .arg(request.upstreamStatus);
                if (const SpecDefect* defect = knownDefectFor(request, finding)) {
                    qInfo("tolerated spec defect: %s: %s [%s]", qPrintable(where), qPrintable(finding),
                          qPrintable(defect->why));
                    continue;
                }
                violations.append(where + u": "_s + finding);
            }
        }
        m_seen[int(region)] = requests.size();
    }
    for (const QString& violation : std::as_const(violations))
        qWarning("CONTRACT VIOLATION: %s", qPrintable(violation));
    return violations;
}

void ContractHarness::stopProxies()
{
    m_client.reset();
    m_usProxy.stop();
    m_euProxy.stop();
}

ConnectController::Result ContractHarness::checkKey(const QString& key)
{
    const std::unique_ptr<MailgunClient> client = makeClient(key);
    ConnectController controller;
    std::optional<ConnectController::Result> result;
    QObject::connect(&controller, &ConnectController::finished, &controller,
                     [&result](const ConnectController::Result& value) { result = value; });
    controller.check(client.get(), Secret(key));
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, awaitMs))
        return {};
    return *result;
}
