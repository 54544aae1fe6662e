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
    };

    using Callback = std::function<void(const ApiResponse&)>;
    using PagesCallback = std::function<void(const QList<QJsonObject>& items, const ApiError& error)>;

    explicit MailgunClient(const ApiEndpoints& endpoints, QObject* parent = nullptr);
    ~MailgunClient() override;

    const ApiEndpoints& endpoints() const { return m_endpoints; }
    void setApiKey(const Secret& key) { m_key = key; }
    const Secret& apiKey() const { return m_key; }
    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    // Sends the request. `done` runs exactly once, later, on this thread, unless `context`
    // is destroyed first (then it never runs).
    void send(const ApiRequest& request, const QObject* context, Callback done);

    // GETs every page of a skip/limit list (`itemsField` holds the page's items, `totalField`
    // the total count) and hands over all items at once.
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
    void fetchPage(Region region, const QString& path, const QUrlQuery& query, const QString& itemsField,
                   const QString& totalField, int pageSize, int skip,
                   std::shared_ptr<QList<QJsonObject>> items, QPointer<const QObject> context,
                   PagesCallback done);

    ApiEndpoints m_endpoints;
    Secret m_key;
    Options m_options;
    QNetworkAccessManager* m_network;
    QHash<int, std::deque<std::shared_ptr<Job>>> m_queues; // by region
    QHash<int, int> m_inFlight;                            // by region
    QHash<int, QDateTime> m_pausedUntil;                   // by region, after a 429
    QSet<int> m_resumeScheduled;                           // regions with a resume timer
    QList<std::shared_ptr<Job>> m_running;
};
