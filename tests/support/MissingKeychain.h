#pragma once

#include "secrets/SecretStore.h"

#include <memory>

// A keychain that is not there, as on a desktop without a Secret Service: every call
// answers Unavailable, later, as the real store does.
class MissingKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString&, const Secret&, const QObject* context, Callback done) override
    {
        answer(context, done);
    }
    void read(const QString&, const QObject* context, Callback done) override { answer(context, done); }
    void remove(const QString&, const QObject* context, Callback done) override { answer(context, done); }
    // How many calls have had their answer, so a test can wait for a late one.
    int answered() const { return *m_answered; }

private:
    void answer(const QObject* context, const Callback& done)
    {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context),
            [done, answered = m_answered] {
                Result result;
                result.status = Status::Unavailable;
                done(result);
                ++*answered;
            },
            Qt::QueuedConnection);
    }

    std::shared_ptr<int> m_answered = std::make_shared<int>(0);
};
