#include "mailgun/MailgunClient.h"

#include "mailgun/MailgunLog.h"
#include "mailgun/OneShotBodyDevice.h"
#include "mailgun/RequestBody.h"
#include "mailgun/RetryDelay.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

struct MailgunClient::Job
{
    ApiRequest request;
    QPointer<const QObject> context;
    bool hadContext = false;
    Callback done;
    int attempts = 0;
    QNetworkReply* reply = nullptr;
    QTimer* timeout = nullptr;
    bool timedOut = false;
    bool cancelled = false;
    QElapsedTimer clock;    // since the current attempt was sent
    int keyGeneration = -1; // MailgunClient::m_keyGeneration when the key was sent; -1: no key sent
};

namespace {

int regionKey(Region region)
{
    return static_cast<int>(region);
}

// QUrlQuery leaves '+' as it is, which Mailgun (like any form decoder) reads as a space:
// "+0000" in a date would arrive as " 0000". Every reserved character is encoded instead.
QByteArray encodedQuery(const QUrlQuery& query)
{
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QUrl requestUrl(const ApiEndpoints& endpoints, const ApiRequest& request)
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl url = endpoints.base(request.region);
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery(request.query)), QUrl::StrictMode);
    return url;
}

// What a log line names of a request: method, path and region. Never the query (it may
// hold addresses and dates), the headers (the key) or the body (new secrets).
QString logTarget(const ApiRequest& request)
{
    QString path = request.absoluteUrl.isValid() ? request.absoluteUrl.path() : request.path;
    for (const QChar end : {u'?', u'#'}) {
        const qsizetype at = path.indexOf(end);
        if (at >= 0)
            path.truncate(at);
    }
    return QString::fromLatin1(request.method) + u' ' + path + u" ("_s + regionId(request.region) + u')';
}

bool isRetryableStatus(int status)
{
    return ApiError::isRateLimitStatus(status) || status == 500 || status == 502 || status == 503 ||
           status == 504;
}

ApiError networkError(QNetworkReply::NetworkError code, bool timedOut, bool cancelled)
{
    ApiError error;
    if (cancelled) {
        error.kind = ApiError::Kind::Cancelled;
    } else if (timedOut) {
        error.kind = ApiError::Kind::Timeout;
    } else {
        switch (code) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            error.kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            break;
        default:
            error.kind = ApiError::Kind::Network;
        }
    }
    return error;
}

// The request certainly never reached the server, so repeating it cannot apply it twice.
bool neverReachedServer(QNetworkReply::NetworkError code)
{
    return code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError;
}

} // namespace

MailgunClient::MailgunClient(const ApiEndpoints& endpoints, QObject* parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

MailgunClient::~MailgunClient()
{
    // Replies die with the network manager; none of their callbacks may run any more.
    for (const auto& job : std::as_const(m_running)) {
        if (job->reply)
            job->reply->disconnect(this);
    }
}

int MailgunClient::inFlight(Region region) const
{
    return m_inFlight.value(regionKey(region));
}

int MailgunClient::queued(Region region) const
{
    const auto it = m_queues.constFind(regionKey(region));
    return it == m_queues.cend() ? 0 : static_cast<int>(it->size());
}

void MailgunClient::send(const ApiRequest& request, const QObject* context, Callback done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    if (job->request.onBehalfOf.isEmpty())
        job->request.onBehalfOf = m_onBehalfOf;
    job->context = context;
    job->hadContext = context != nullptr;
    job->done = std::move(done);

    const QUrl url = requestUrl(m_endpoints, request);
    QString refusal = ApiEndpoints::problemWithBase(url);
    if (refusal.isEmpty() && request.absoluteUrl.isValid() && !m_endpoints.isConfiguredOrigin(url))
        refusal = u"foreign host"_s;
    // Sent without its header, a subaccount's request would act on the parent account.
    const bool badSubaccount =
        !job->request.onBehalfOf.isEmpty() &&
        (!ApiRequest::isValidSubaccountId(job->request.onBehalfOf) || !m_endpoints.isConfiguredOrigin(url));
    if (refusal.isEmpty() && badSubaccount)
        refusal = u"subaccount id"_s;
    if (!refusal.isEmpty()) {
        // The refusal names the whole address, query included: not for the log.
        qCWarning(lcMailgun, "%s: refused, not a configured https or loopback server",
                  qUtf8Printable(logTarget(request)));
        ApiResponse response;
        response.error.kind =
            refusal == u"subaccount id"_s ? ApiError::Kind::BadRequest : ApiError::Kind::InsecureUrl;
        response.error.serverMessage = refusal;
        QTimer::singleShot(0, this, [this, job, response] { finish(job, response); });
        m_running.append(job);
        ++m_inFlight[regionKey(request.region)];
        return;
    }
    enqueue(job);
}

void MailgunClient::enqueue(std::shared_ptr<Job> job)
{
    const Region region = job->request.region;
    m_queues[regionKey(region)].push_back(std::move(job));
    pump(region);
}

void MailgunClient::pump(Region region)
{
    const int key = regionKey(region);
    const QDateTime pausedUntil = m_pausedUntil.value(key);
    if (pausedUntil.isValid()) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(pausedUntil);
        if (wait > 0) {
            if (!m_resumeScheduled.contains(key)) {
                m_resumeScheduled.insert(key);
                QTimer::singleShot(static_cast<int>(wait), this, [this, region, key] {
                    m_resumeScheduled.remove(key);
                    pump(region);
                });
            }
            return;
        }
        m_pausedUntil.remove(key);
    }
    auto& queue = m_queues[key];
    while (!queue.empty() && m_inFlight.value(key) < m_options.maxInFlightPerRegion) {
        std::shared_ptr<Job> job = std::move(queue.front());
        queue.pop_front();
        if (job->hadContext && !job->context)
            continue; // nobody is waiting for this answer any more
        ++m_inFlight[key];
        m_running.append(job);
        start(job);
    }
}

void MailgunClient::start(const std::shared_ptr<Job>& job)
{
    const ApiRequest& request = job->request;
    const QUrl url = requestUrl(m_endpoints, request);
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", "MailgunRecoveryAssistant/" MRA_VERSION);
    // Credentials go only to the configured API servers, never to a host named in a response.
    job->keyGeneration = -1;
    if (m_endpoints.isConfiguredOrigin(url) && !m_key.isEmpty()) {
        networkRequest.setRawHeader("Authorization",
                                    "Basic " + (u"api:"_s + m_key.reveal()).toUtf8().toBase64());
        job->keyGeneration = m_keyGeneration;
    }
    if (!request.onBehalfOf.isEmpty())
        networkRequest.setRawHeader("X-Mailgun-On-Behalf-Of", request.onBehalfOf.toLatin1());

    ++job->attempts;
    job->timedOut = false;
    job->clock.start();
    const RequestBody body = RequestBody::encode(request);
    if (!body.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, body.contentType);
    QNetworkReply* reply = nullptr;
    if (request.isIdempotent()) {
        reply = body.bytes.isEmpty()
                    ? m_network->sendCustomRequest(networkRequest, request.method)
                    : m_network->sendCustomRequest(networkRequest, request.method, body.bytes);
    } else {
        // Never resent by Qt behind our back: see OneShotBodyDevice.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.bytes.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotBodyDevice(body.bytes);
        reply = m_network->sendCustomRequest(networkRequest, request.method, device);
        device->setParent(reply);
    }
    job->reply = reply;

    job->timeout = new QTimer(reply);
    job->timeout->setSingleShot(true);
    connect(job->timeout, &QTimer::timeout, reply, [job] {
        job->timedOut = true;
        job->reply->abort();
    });
    job->timeout->start(m_options.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onFinished(job, reply); });
}

void MailgunClient::onFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply)
{
    job->timeout->stop();
    reply->deleteLater();
    job->reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    ApiResponse response;
    response.httpStatus = status;
    response.attempts = job->attempts;

    bool retryable = false;
    if (status == 0 || job->timedOut || job->cancelled) {
        response.error = networkError(code, job->timedOut, job->cancelled);
        retryable = !job->cancelled && response.error.kind != ApiError::Kind::Tls &&
                    (job->request.isIdempotent() || neverReachedServer(code));
    } else {
        response.body = reply->readAll();
        response.error = ApiError::fromHttp(
            status, response.body, job->request.absoluteUrl.isValid() ? QString() : job->request.path);
        // Only this key's own history tells "mistyped" from "deleted since" (point 1).
        if (job->keyGeneration == m_keyGeneration && status >= 200 && status < 300)
            m_keyAnswered = true;
        else if (job->keyGeneration == m_keyGeneration && status == 401)
            response.error.keyWorkedEarlier = m_keyAnswered;
        // A 429 (or 420) means the request was not processed, so even a POST may be sent again.
        retryable =
            isRetryableStatus(status) && (job->request.isIdempotent() || ApiError::isRateLimitStatus(status));
        if (!response.body.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
            if (parseError.error == QJsonParseError::NoError)
                response.json =
                    document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            else if (!response.error.isError())
                response.error.kind = ApiError::Kind::BadResponse;
        }
    }
    const QString target = logTarget(job->request);
    if (status == 0 || job->timedOut || job->cancelled)
        qCDebug(lcMailgun, "%s: no answer (%s), attempt %d, %lld ms", qUtf8Printable(target),
                qUtf8Printable(response.error.code()), job->attempts, job->clock.elapsed());
    else
        qCDebug(lcMailgun, "%s: HTTP %d, attempt %d, %lld ms", qUtf8Printable(target), status, job->attempts,
                job->clock.elapsed());

    if (retryable && job->attempts < m_options.maxAttempts) {
        const RetryDelay delay = RetryDelay::forResponse(reply, response.body, job->attempts,
                                                         m_options.initialBackoffMs, m_options.maxBackoffMs);
        if (delay.unusable) {
            // Nothing sensible to wait for: stop now; the message says to try again later.
            qCInfo(lcMailgun, "%s: the server's Retry-After makes no sense: no retry",
                   qUtf8Printable(target));
        } else if (delay.fromServer && delay.ms > m_options.maxWaitForRateLimitMs) {
            response.error.retryAfterSeconds = static_cast<int>((delay.ms + 999) / 1000);
            qCInfo(lcMailgun, "%s: the server asks to wait %lld ms, longer than allowed: no retry",
                   qUtf8Printable(target), delay.ms);
        } else {
            const Region region = job->request.region;
            const int key = regionKey(region);
            m_running.removeOne(job);
            --m_inFlight[key];
            const QString why = status == 0 ? response.error.code() : u"HTTP %1"_s.arg(status);
            qCInfo(lcMailgun, "%s: %s, attempt %d of %d in %lld ms%s", qUtf8Printable(target),
                   qUtf8Printable(why), job->attempts + 1, m_options.maxAttempts, delay.ms,
                   ApiError::isRateLimitStatus(status) ? ", the whole region waits" : "");
            if (ApiError::isRateLimitStatus(status)) {
                // The limit is per account: hold the whole region, not only this request.
                const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(delay.ms);
                if (!m_pausedUntil.value(key).isValid() || m_pausedUntil.value(key) < until)
                    m_pausedUntil.insert(key, until);
                m_queues[key].push_front(job);
                pump(region);
            } else {
                QTimer::singleShot(static_cast<int>(delay.ms), this, [this, job] { enqueue(job); });
                pump(region);
            }
            return;
        }
    } else if (ApiError::isRateLimitStatus(status) && response.error.retryAfterSeconds < 0) {
        const RetryDelay delay = RetryDelay::forResponse(reply, response.body, job->attempts,
                                                         m_options.initialBackoffMs, m_options.maxBackoffMs);
        if (delay.fromServer && !delay.unusable)
            response.error.retryAfterSeconds = static_cast<int>((delay.ms + 999) / 1000);
    }
    finish(job, std::move(response));
}

void MailgunClient::finish(const std::shared_ptr<Job>& job, ApiResponse response)
{
    const Region region = job->request.region;
    if (m_running.removeOne(job))
        --m_inFlight[regionKey(region)];
    QTimer::singleShot(0, this, [this, region] { pump(region); });
    if (job->hadContext && !job->context)
        return;
    // Last: the callback may delete this client.
    Callback done = std::move(job->done);
    if (done)
        done(response);
}

void MailgunClient::cancelAll()
{
    for (auto& queue : m_queues) {
        while (!queue.empty()) {
            std::shared_ptr<Job> job = std::move(queue.front());
            queue.pop_front();
            ApiResponse response;
            response.error.kind = ApiError::Kind::Cancelled;
            ++m_inFlight[regionKey(job->request.region)];
            m_running.append(job);
            QTimer::singleShot(0, this, [this, job, response] { finish(job, response); });
        }
    }
    const auto running = m_running;
    for (const auto& job : running) {
        job->cancelled = true;
        if (job->reply)
            job->reply->abort();
    }
}
