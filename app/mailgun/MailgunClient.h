#pragma once

#include "mailgun/ApiEndpoints.h"
#include "mailgun/ApiRequest.h"
#include "secrets/Secret.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The one way the program talks to Mailgun. Asynchronous, over one QNetworkAccessManager.
// It adds HTTP Basic auth (user "api") only for the configured API servers, encodes bodies
// as the spec declares, times out every request, retries what is safe to retry with
// backoff that honours Retry-After and X-RateLimit-Reset, and caps the requests in flight
// per region so a large account goes fast without tripping Mailgun's limits.
class MailgunClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30000;             // per attempt, from sending to the last byte
        int maxAttempts = 5;               // first try included
        int initialBackoffMs = 500;        // doubled each retry, with jitter
        int maxBackoffMs = 20000;          // a single wait never exceeds this
        int maxWaitForRateLimitMs = 60000; // longer than this: give up and tell the user
        int maxInFlightPerRegion = 8;
        // fetchAllPages stops here and fails with IncompleteList. The lists read this way
        // (domains, SMTP logins of one domain, routes, users, subaccounts) are asked for 100
        // items a page, and Mailgun allows at most 1000 a page. 1000 pages is 100,000 items
        // at the usual size: far more than the largest account has domains or a domain has
        // SMTP logins (Mailgun caps routes at 1,000 and users at a few hundred), yet few enough
        // that a list that never ends costs minutes and some megabytes, not all the memory.
        int maxListPages = 1000;
    };

    using Callback = std::function<void(const ApiResponse&)>;
    using PagesCallback = std::function<void(const QList<QJsonObject>& items, const ApiError& error)>;

    explicit MailgunClient(const ApiEndpoints& endpoints, QObject* parent = nullptr);
    ~MailgunClient() override;

    const ApiEndpoints& endpoints() const { return m_endpoints; }
    // A new key starts without history: see ApiError::keyWorkedEarlier.
    void setApiKey(const Secret& key)
    {
        if (!(key == m_key)) {
            ++m_keyGeneration;
            m_keyAnswered = false;
        }
        m_key = key;
    }
    const Secret& apiKey() const { return m_key; }
    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }
    // Every request of this client acts for this subaccount (X-Mailgun-On-Behalf-Of) unless
    // it names one itself; empty: the key's own account. See SubaccountClients.
    void setOnBehalfOf(const QString& subaccountId) { m_onBehalfOf = subaccountId; }
    const QString& onBehalfOf() const { return m_onBehalfOf; }

    // Sends the request. `done` runs exactly once, later, on this thread, unless `context`
    // is destroyed first (then it never runs).
    void send(const ApiRequest& request, const QObject* context, Callback done);

    // GETs every page of a skip/limit list (`itemsField` holds the page's items, `totalField`
    // the total count) and hands over all items at once. A list that does not end within
    // Options::maxListPages pages, or whose next page repeats the one before (the server
    // ignores `skip`), fails with ApiError::Kind::IncompleteList: an item missing from a list
    // of keys or logins could be a credential the attacker left behind, so a cut list is
    // never handed over as if it were whole. `items` then holds what was read.
    void fetchAllPages(Region region, const QString& path, const QUrlQuery& query, const QString& itemsField,
                       const QString& totalField, int pageSize, const QObject* context, PagesCallback done);

    // Stops every queued and running request; their callbacks get Kind::Cancelled.
    void cancelAll();

    int inFlight(Region region) const;
    int queued(Region region) const;

private:
    struct Job;
    void enqueue(std::shared_ptr<Job> job);
    void pump(Region region);
    void start(const std::shared_ptr<Job>& job);
    void onFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply);
    void finish(const std::shared_ptr<Job>& job, ApiResponse response);
    int retryDelayMs(const std::shared_ptr<Job>& job, QNetworkReply* reply, int status) const;
    struct ListFetch;
    void fetchPage(const std::shared_ptr<ListFetch>& fetch);

    ApiEndpoints m_endpoints;
    Secret m_key;
    Options m_options;
    QString m_onBehalfOf;
    QNetworkAccessManager* m_network;
    QHash<int, std::deque<std::shared_ptr<Job>>> m_queues; // by region
    QHash<int, int> m_inFlight;                            // by region
    QHash<int, QDateTime> m_pausedUntil;                   // by region, after a 429
    QSet<int> m_resumeScheduled;                           // regions with a resume timer
    QList<std::shared_ptr<Job>> m_running;
    int m_keyGeneration = 0;    // bumped by every new key
    bool m_keyAnswered = false; // the current key got a 2xx answer
};
