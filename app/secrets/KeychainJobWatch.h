#pragma once

#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

// Sees one QtKeychain job through to exactly one answer: the job's own result, or TimedOut
// when the keychain stays silent too long, or no answer at all once the caller's context
// object is gone. The watch deletes itself after answering.
//
// It never deletes the job. QtKeychain's libsecret backend hands raw pointers to the job to
// GLib callbacks that cannot be cancelled, so deleting a job that is still waiting would be
// a use-after-free when the keychain answers late. A timed-out job is only disconnected;
// it deletes itself (autoDelete) when the keychain finally answers.
class KeychainJobWatch : public QObject
{
    Q_OBJECT

public:
    // Turns the finished job into an answer (a read job also yields the secret).
    using ResultReader = std::function<SecretStore::Result(QKeychain::Job& job)>;

    KeychainJobWatch(QKeychain::Job* job, std::chrono::milliseconds timeout, const QObject* context,
                     ResultReader reader, SecretStore::Callback done, QObject* parent);

private:
    void onJobFinished(QKeychain::Job* job);
    void onTimeout();
    void abandon();
    void answer(const SecretStore::Result& result);
    void detach();
    void log(SecretStore::Status status) const;

    QPointer<QKeychain::Job> m_job;
    // For the log: what the job does and the entry's name, never the value.
    const char* m_operation = "remove";
    QString m_entry;
    QElapsedTimer m_clock;
    QPointer<const QObject> m_context;
    bool m_hasContext = false;
    bool m_answered = false;
    std::chrono::milliseconds m_timeout;
    ResultReader m_reader;
    SecretStore::Callback m_done;
    QTimer m_timer;
};
