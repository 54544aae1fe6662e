#pragma once

#include "mailgun/ApiEndpoints.h"
#include "mailgun/ApiError.h"
#include "recovery/AccountSummary.h"
#include "secrets/Secret.h"

#include <QObject>
#include <QPointer>

class MailgunClient;

// Checks a pasted key against both regions and reads an account summary. Used by the
// Connect page and by `mailgun-recovery check`.
class ConnectController : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Valid,           // works, with admin rights
        ValidNotAdmin,   // works, but cannot manage keys: the automatic steps need an admin key
        KeyRefused,      // 401: wrong, deleted, disabled or expired, a sending key, or the IP
                         // allowlist; Mailgun's answer never says which (error says what is known)
        AccountDisabled, // Mailgun disabled the account
        NotAllowed,      // 403: the key works, but may not read the account's domains
        Unreachable,     // network, TLS, timeout, Mailgun down
        BadFormat,       // not a key at all; nothing was sent
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Unreachable;
        ApiError error; // the error that decided the outcome, if any
        AccountSummary summary;

        bool canUseApi() const { return outcome == Outcome::Valid || outcome == Outcome::ValidNotAdmin; }
        QString headline() const;    // one short sentence
        QString explanation() const; // what it means and what to do
        QString outcomeId() const;   // "valid", "key-refused", ... for JSON
    };

    explicit ConnectController(QObject* parent = nullptr);

    // Starts a check; `finished` follows. A running check is cancelled first. The client is
    // used for every request; its key is set to `key`.
    void check(MailgunClient* client, const Secret& key);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString& text);
    void finished(const ConnectController::Result& result);

private:
    void probeRegions();
    void onProbesDone();
    void readSummary();
    void onSummaryDone();
    void complete(Result result);

    QPointer<MailgunClient> m_client;
    bool m_running = false;
    int m_generation = 0;
    int m_pending = 0;
    ApiError m_regionErrors[2];
    ApiError m_keysError;
    Result m_result;
};
Q_DECLARE_METATYPE(ConnectController::Result)
