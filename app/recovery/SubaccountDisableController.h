#pragma once

#include "mailgun/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class Journal;
class MailgunClient;

// Disables a subaccount nobody recognises (POST /v5/accounts/subaccounts/{id}/disable), for
// the wizard's step 1 and the command line's disable-subaccount. Mailgun's docs: a disabled
// subaccount's API access is suspended and its dashboard read-only, and it can be enabled
// again. It is never closed or deleted here: that would remove its keys, domains and history,
// the evidence (docs/mailgun-behaviour.md, point 6).
//
// The journal records the request before it goes out and the outcome after. The outcome is
// read back from Mailgun's list of subaccounts, so a lost answer, or a 400 "already
// disabled", ends with what Mailgun holds, not with a guess. The request is never repeated.
class SubaccountDisableController : public QObject
{
    Q_OBJECT

public:
    SubaccountDisableController(MailgunClient* client, Journal* journal, QObject* parent = nullptr);

    // What disabling does, in plain words, for the confirmation dialog and the terminal.
    static QString effectText();
    // The question asked before disabling the subaccount `name`.
    static QString question(const QString& name);

    // Starts disabling; finished() follows, later. Refused (false) while one is running.
    bool disable(const QString& subaccountId, const QString& name);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `disabled`: Mailgun now lists the subaccount as disabled. `message`: a plain sentence.
    void finished(const QString& subaccountId, bool disabled, const QString& message);

private:
    void readBack(const ApiError& requestError);
    void done(bool disabled, const QString& message, const QJsonObject& extra = {});

    QPointer<MailgunClient> m_client;
    Journal* m_journal;
    QString m_id;
    QString m_name;
    bool m_running = false;
};

namespace SubaccountDisableEntry {
inline const QString sent = QStringLiteral("subaccount-disable-sent");
inline const QString disabled = QStringLiteral("subaccount-disabled");
inline const QString failed = QStringLiteral("subaccount-disable-failed");
} // namespace SubaccountDisableEntry
