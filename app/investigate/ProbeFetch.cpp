#include "investigate/ProbeFetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

// What QNAM may hold for us before we read it: keeps memory bounded on a huge answer.
constexpr qint64 readBufferBytes = 64 * 1024;

bool isWebScheme(const QString& scheme)
{
    return scheme == u"http"_s || scheme == u"https"_s;
}

ProbeResponse::Failure failureOf(QNetworkReply::NetworkError error)
{
    using Failure = ProbeResponse::Failure;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Failure::Refused;
    case QNetworkReply::HostNotFoundError:
        return Failure::HostNotFound;
    case QNetworkReply::TimeoutError:
        return Failure::TimedOut;
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::Tls;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Failure::TooManyRedirects;
    default:
        return Failure::Network;
    }
}

} // namespace

ProbeFetch::ProbeFetch(QNetworkAccessManager* network, const QUrl& url, bool firstBytesOnly,
                       const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_firstBytesOnly(firstBytesOnly)
    , m_limits(limits)
{
    m_response.requested = url;
    m_response.finalUrl = url;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { stop(ProbeResponse::Failure::TimedOut); });
}

ProbeFetch::~ProbeFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ProbeFetch::start()
{
    m_timeout.start(m_limits.timeoutMs);
    send(m_response.requested);
}

void ProbeFetch::send(const QUrl& url)
{
    QNetworkRequest request(url);
    // Redirects are followed here, not by Qt, so that each hop is checked before it is asked.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    // An honest name: the owner's own check, so their logs show what it was.
    request.setRawHeader("User-Agent", "MailgunRecoveryAssistant/" MRA_VERSION " (site owner's leak check)");
    request.setRawHeader("Accept", "*/*");
    if (m_firstBytesOnly)
        request.setRawHeader("Range", "bytes=0-" + QByteArray::number(firstBytesLength - 1));
    m_response.finalUrl = url;
    m_response.body.clear();
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &ProbeFetch::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &ProbeFetch::onReplyFinished);
}

void ProbeFetch::cancel()
{
    stop(ProbeResponse::Failure::Cancelled);
}

void ProbeFetch::readAvailable()
{
    if (m_done || !m_reply)
        return;
    if (!takeBytes(m_reply))
        stop(ProbeResponse::Failure::None);
}

bool ProbeFetch::takeBytes(QNetworkReply* reply)
{
    const qint64 cap =
        m_firstBytesOnly ? qMin(m_limits.maxBodyBytes, firstBytesLength) : m_limits.maxBodyBytes;
    while (reply->bytesAvailable() > 0) {
        const qint64 room = cap - m_response.body.size();
        if (room <= 0) {
            // More than the cap: what we have is enough to judge, the rest is not read.
            m_response.truncated = true;
            return false;
        }
        m_response.body += reply->read(qMin(room, reply->bytesAvailable()));
    }
    return true;
}

void ProbeFetch::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status < 300 || status > 399 || status == 304 || location.isEmpty()) {
        complete();
        return;
    }
    const QUrl next = m_response.finalUrl.resolved(location);
    const bool sameHost = next.host().compare(m_response.requested.host(), Qt::CaseInsensitive) == 0;
    if (!sameHost || !isWebScheme(next.scheme()) || !next.userInfo().isEmpty()) {
        m_response.redirectTarget = next;
        stop(ProbeResponse::Failure::RedirectElsewhere);
        return;
    }
    if (++m_redirects > m_limits.maxRedirects) {
        stop(ProbeResponse::Failure::TooManyRedirects);
        return;
    }
    QNetworkReply* previous = m_reply;
    previous->disconnect(this);
    previous->deleteLater();
    send(next);
}

void ProbeFetch::stop(ProbeResponse::Failure failure)
{
    if (m_done)
        return;
    if (failure != ProbeResponse::Failure::None)
        m_response.failure = failure;
    // With Failure::None (a capped body) the status and headers are already known: kept.
    complete();
}

void ProbeFetch::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        reply->disconnect(this);
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (m_response.failure == ProbeResponse::Failure::None) {
            if (!m_response.truncated)
                takeBytes(reply);
            if (status.isValid() && status.toInt() > 0) {
                m_response.status = status.toInt();
            } else if (reply->error() != QNetworkReply::NoError) {
                m_response.failure = failureOf(reply->error());
                m_response.errorText = reply->errorString();
            }
        }
        if (m_response.failure == ProbeResponse::Failure::None) {
            QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            const qsizetype semicolon = type.indexOf(';');
            if (semicolon >= 0)
                type.truncate(semicolon);
            m_response.contentType = type.trimmed().toLower();
            m_response.debugTokenHeader = reply->hasRawHeader("X-Debug-Token");
        } else {
            m_response.body.clear();
        }
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished();
}
