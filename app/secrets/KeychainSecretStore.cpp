#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainJobWatch.h"
#include "secrets/KeychainStatus.h"

#include <qt6keychain/keychain.h>

namespace {

SecretStore::Result resultOf(const QKeychain::Job& job)
{
    SecretStore::Result result;
    result.status = statusForKeychainError(job.error());
    // QtKeychain's error texts describe the failure, never the data it was given.
    if (job.error() != QKeychain::NoError)
        result.detail = job.errorString();
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& serviceName, std::chrono::milliseconds timeout,
                                         QObject* parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
    , m_timeout(timeout)
{}

void KeychainSecretStore::write(const QString& entry, const Secret& value, const QObject* context,
                                Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(entry);
    job->setTextData(value.reveal());
    track(job);
    new KeychainJobWatch(job, m_timeout, context, resultOf, std::move(done), this);
}

void KeychainSecretStore::read(const QString& entry, const QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(entry);
    track(job);
    auto reader = [](QKeychain::Job& finished) {
        SecretStore::Result result = resultOf(finished);
        if (result.ok())
            result.value = Secret(static_cast<QKeychain::ReadPasswordJob&>(finished).textData());
        return result;
    };
    new KeychainJobWatch(job, m_timeout, context, reader, std::move(done), this);
}

void KeychainSecretStore::remove(const QString& entry, const QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(entry);
    track(job);
    new KeychainJobWatch(job, m_timeout, context, resultOf, std::move(done), this);
}

qsizetype KeychainSecretStore::liveJobCount() const
{
    m_jobs.removeIf([](const QPointer<QKeychain::Job>& job) { return job.isNull(); });
    return m_jobs.size();
}

void KeychainSecretStore::track(QKeychain::Job* job)
{
    liveJobCount(); // prunes the finished ones so the list stays short
    m_jobs.append(job);
}
