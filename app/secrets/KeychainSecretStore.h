#pragma once

#include "secrets/SecretStore.h"

#include <QList>
#include <QPointer>

#include <chrono>

namespace QKeychain {
class Job;
}

// SecretStore over QtKeychain: the Secret Service (GNOME Keyring, KWallet) on Linux, the
// Credential Store on Windows, the Keychain on macOS. Every job gets its own timeout,
// because a keychain waiting for an unlock prompt, or a session without one, may never
// answer; the plain-text fallback is never enabled.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `serviceName`: what the entries are stored under, so that the practice account's
    // secrets never share a name with the real ones.
    explicit KeychainSecretStore(const QString& serviceName,
                                 std::chrono::milliseconds timeout = std::chrono::seconds(15),
                                 QObject* parent = nullptr);

    QString serviceName() const override { return m_serviceName; }

    void write(const QString& entry, const Secret& value, const QObject* context, Callback done) override;
    void read(const QString& entry, const QObject* context, Callback done) override;
    void remove(const QString& entry, const QObject* context, Callback done) override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Jobs this store started that QtKeychain has not destroyed yet, including those given
    // up after a timeout (they go away when the keychain finally answers). For tests and
    // diagnostics: a job must never outlive its answer from the keychain.
    qsizetype liveJobCount() const;

private:
    void track(QKeychain::Job* job);

    QString m_serviceName;
    std::chrono::milliseconds m_timeout;
    mutable QList<QPointer<QKeychain::Job>> m_jobs;
};
