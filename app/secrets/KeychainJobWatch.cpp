#include "secrets/KeychainJobWatch.h"

#include <qt6keychain/keychain.h>

#include <utility>

using namespace Qt::StringLiterals;

KeychainJobWatch::KeychainJobWatch(QKeychain::Job* job, std::chrono::milliseconds timeout,
                                   const QObject* context, ResultReader reader, SecretStore::Callback done,
                                   QObject* parent)
    : QObject(parent)
    , m_job(job)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_timeout(timeout)
    , m_reader(std::move(reader))
    , m_done(std::move(done))
{
    // Stated explicitly so nobody turns the plain-text fallback on by accident: a secret
    // that cannot go to the keychain is shown to the user once, never written to a file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, &KeychainJobWatch::onJobFinished);
    if (context)
        connect(context, &QObject::destroyed, this, &KeychainJobWatch::abandon);
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &KeychainJobWatch::onTimeout);
    m_timer.start();
    job->start();
}

void KeychainJobWatch::onJobFinished(QKeychain::Job* job)
{
    answer(m_reader(*job));
}

void KeychainJobWatch::onTimeout()
{
    SecretStore::Result result;
    result.status = SecretStore::Status::TimedOut;
    result.detail = u"The keychain did not answer within %1 ms."_s.arg(m_timeout.count());
    answer(result);
}

void KeychainJobWatch::abandon()
{
    m_answered = true;
    m_done = nullptr;
    detach();
}

void KeychainJobWatch::answer(const SecretStore::Result& result)
{
    if (m_answered)
        return;
    m_answered = true;
    SecretStore::Callback done = std::exchange(m_done, nullptr);
    const bool contextGone = m_hasContext && !m_context;
    detach();
    if (done && !contextGone)
        done(result);
}

void KeychainJobWatch::detach()
{
    m_timer.stop();
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    deleteLater();
}
