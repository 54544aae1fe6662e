#pragma once

#include "ApiCapture.h"
#include "PrismProxy.h"
#include "mailgun/ApiError.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/Region.h"
#include "practice/PracticeServer.h"
#include "recovery/ConnectController.h"

#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The project's rule: every request the program sends and every response the practice server
// returns conforms to Mailgun's OpenAPI spec. This suite puts Stoplight Prism (a validating
// proxy, `prism proxy --errors`) in front of the practice server, one instance per region,
// and drives the program's real client through it over every endpoint the program uses,
// including the mutations and the error answers the program relies on.
//
// What Prism reports, and how this suite sees it:
// - a request that breaks the spec: Prism answers 422 itself and never forwards it;
// - a response that breaks the spec: Prism answers 500 instead of the response;
// - a status code the spec does not list for the operation: only a warning (the response
//   passes, unvalidated), in the `sl-violations` header and in Prism's log.
// MailgunClient does not expose response headers, so the log on Prism's stdout is the one
// record of all three: every request starts with a "Request received" line, and every
// violation or error that follows belongs to it (the client sends one request at a time per
// region here, so nothing interleaves). Each test function fails if its requests produced a
// finding that is not one of the exact, documented spec defects in knownSpecDefects().
// Two defects of the spec cannot be tolerated after the fact, because Prism refuses such a
// request without forwarding it; spec-errata.cjs fixes exactly those before Prism loads the
// spec (and fails when the spec no longer says what it corrects).
//
// The suite is two executables sharing this harness (tst_contract_account for the Connect
// check, keys, domains, SMTP logins, users and the allowlist; tst_contract_forwarding for
// routes, webhooks, subaccounts, statistics, the signing key and logs), each starting its
// own practice server and Prism pair.

// A finding Mailgun's spec itself gets wrong, tolerated for exactly one operation and status.
struct SpecDefect
{
    QByteArray method;
    QRegularExpression path;
    int upstreamStatus; // 0: Prism never forwarded the request
    QString finding;    // a substring of the finding
    QString why;
};

const QList<SpecDefect>& knownSpecDefects();
const SpecDefect* knownDefectFor(const ProxiedRequest& request, const QString& finding);
bool isNoPathMatched(const ApiError& error);
QString describe(const ApiError& error);
QString describe(ConnectController::Outcome outcome);

// The same for a request sent with MailgunClient::send.
struct RawCapture
{
    std::optional<ApiResponse> response;

    MailgunClient::Callback callback()
    {
        return [this](const ApiResponse& value) {
            response = value;
        };
    }
    bool done() const { return response.has_value(); }
};

constexpr int awaitMs = 30000;

// Waits for a typed call and requires success; on failure prints the error, which for a
// contract violation is Prism's problem+json with the violated rule.
#define CONTRACT_AWAIT(capture) QTRY_VERIFY_WITH_TIMEOUT((capture).done(), awaitMs)
#define CONTRACT_AWAIT_OK(capture)                                                                           \
    do {                                                                                                     \
        CONTRACT_AWAIT(capture);                                                                             \
        if (!(capture).get().ok()) {                                                                         \
            qWarning("%s", qPrintable(describe((capture).get().error)));                                     \
            QFAIL("the call failed; its error is printed above");                                            \
        }                                                                                                    \
    } while (false)
// Waits for a typed call and requires the error the program relies on.
#define CONTRACT_AWAIT_ERROR(capture, status, errorKind)                                                     \
    do {                                                                                                     \
        CONTRACT_AWAIT(capture);                                                                             \
        if ((capture).get().error.httpStatus != (status) || (capture).get().error.kind != (errorKind)) {     \
            qWarning("expected HTTP %d, got %s", (status), qPrintable(describe((capture).get().error)));     \
            QFAIL("the call did not fail as expected; its result is printed above");                         \
        }                                                                                                    \
    } while (false)

// What both suites share: the practice server, one Prism per region in front of it, and a
// client that sends one request at a time through them. A suite's slots call these helpers
// and assert on what they return.
class ContractHarness : public QObject
{
    Q_OBJECT

protected:
    // True when Prism is installed (else the suite skips).
    static bool prismInstalled();
    // Applies the errata, starts the server and both proxies. Empty, or why it failed.
    QString startProxies();
    // Before a test function: remembers how many requests each proxy has seen.
    void rememberSeenRequests();
    // After a test function: every finding of its requests that is not a known spec
    // defect, and how many requests it sent (*checked).
    QStringList violationsSinceRemembered(int* checked);
    void stopProxies();

    std::unique_ptr<MailgunClient> makeClient(const QString& key) const;
    ConnectController::Result checkKey(const QString& key);
    PrismProxy& proxy(Region region) { return region == Region::Eu ? m_euProxy : m_usProxy; }

    QTemporaryDir m_workDir;
    std::unique_ptr<PracticeServer> m_server;
    PrismProxy m_usProxy;
    PrismProxy m_euProxy;
    qsizetype m_seen[2] = {0, 0}; // requests of each proxy checked by earlier functions
    std::unique_ptr<MailgunClient> m_client;
};

// The slots every suite has: set-up, the check after each function, tear-down.
#define CONTRACT_HARNESS_SLOTS                                                                               \
    void initTestCase()                                                                                      \
    {                                                                                                        \
        if (!prismInstalled())                                                                               \
            QSKIP("Stoplight Prism is not installed; run `npm ci --prefix tests/contract` to enable the "    \
                  "OpenAPI contract test");                                                                  \
        const QString error = startProxies();                                                                \
        QVERIFY2(error.isEmpty(), qPrintable(error));                                                        \
    }                                                                                                        \
    void init()                                                                                              \
    {                                                                                                        \
        rememberSeenRequests();                                                                              \
    }                                                                                                        \
    void cleanup()                                                                                           \
    {                                                                                                        \
        int checked = 0;                                                                                     \
        const QStringList violations = violationsSinceRemembered(&checked);                                  \
        QVERIFY2(checked > 0, "no request went through the validating proxy");                               \
        QVERIFY2(                                                                                            \
            violations.isEmpty(),                                                                            \
            qPrintable(QStringLiteral("%1 contract violation(s), listed above").arg(violations.size())));    \
    }                                                                                                        \
    void cleanupTestCase()                                                                                   \
    {                                                                                                        \
        stopProxies();                                                                                       \
    }
