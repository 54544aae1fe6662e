#include "secrets/KeychainJobWatch.h"

#include "secrets/SecretsLog.h"

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
    if (qobject_cast<QKeychain::ReadPasswordJob*>(job))
        m_operation = "read";
    else if (qobject_cast<QKeychain::WritePasswordJob*>(job))
        m_operation = "write";
    m_entry = job->key();
    m_clock.start();
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
    if (!m_answered)
        qCDebug(lcSecrets, "keychain %s %s: nobody waits for the answer any more", m_operation,
                qUtf8Printable(m_entry));
    m_answered = true;
    m_done = nullptr;
    detach();
}

void KeychainJobWatch::answer(const SecretStore::Result& result)
{
    if (m_answered)
        return;
    m_answered = true;
    log(result.status);
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

void KeychainJobWatch::log(SecretStore::Status status) const
{
    const QByteArray answer = SecretStore::statusId(status).toUtf8();
    switch (status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        qCDebug(lcSecrets, "keychain %s %s: %s, %lld ms", m_operation, qUtf8Printable(m_entry),
                answer.constData(), m_clock.elapsed());
        break;
    case SecretStore::Status::Unavailable:
    case SecretStore::Status::AccessDenied:
        qCInfo(lcSecrets, "keychain %s %s: %s, %lld ms", m_operation, qUtf8Printable(m_entry),
               answer.constData(), m_clock.elapsed());
        break;
    case SecretStore::Status::TimedOut:
    case SecretStore::Status::Failed:
        qCWarning(lcSecrets, "keychain %s %s: %s, %lld ms", m_operation, qUtf8Printable(m_entry),
                  answer.constData(), m_clock.elapsed());
        break;
    }
}
