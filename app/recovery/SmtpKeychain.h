#pragma once

#include "recovery/SmtpResetPlan.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

// Step 3's side of the keychain. Each login has two entries: the current one, which the
// user copies the password from ("smtp:us:login"), and a pending one that holds a new
// password until Mailgun has accepted it ("smtp-pending:us:login"), so the previous
// password is never overwritten before its replacement works.
//
// Every call answers exactly once: with the store's answer, or TimedOut when the store
// stays silent longer than the timeout. An answer that arrives after its call timed out is
// ignored (and counted), so a late "stored" can never start a change at Mailgun.
class SmtpKeychain : public QObject
{
    Q_OBJECT

public:
    enum class Slot
    {
        Current,
        Pending,
    };

    using Done = std::function<void(const SecretStore::Result&)>;

    explicit SmtpKeychain(SecretStore* store, QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    static QString entry(const SmtpLoginRow& row, Slot slot);
    static QString slotId(Slot slot);
    // "current" / "pending" from the journal; false for anything else.
    static bool slotFromId(const QString& id, Slot* slot);

    // Writes `value`, reads it back and compares: Ok only when the keychain gives back
    // exactly what was written.
    void storeVerified(const QString& entry, const Secret& value, Done done);
    void read(const QString& entry, Done done);
    void remove(const QString& entry, Done done);

    // A call went unanswered past the timeout in this process: its write may still land.
    bool hasTimedOut() const { return m_timedOut; }
    int lateAnswers() const { return m_lateAnswers; }

private:
    using Start = std::function<void(SecretStore::Callback)>;
    void call(const Start& start, Done done);

    QPointer<SecretStore> m_store;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(60)};
    bool m_timedOut = false;
    int m_lateAnswers = 0;
};
