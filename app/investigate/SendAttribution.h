#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"
#include "mailgun/api/LogEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Who sent the mail of a time window, from the Logs API: which API key (api-key-id), which
// SMTP sender, from which internet address (originating-ip), through the API or SMTP. When
// most of a spike came from one key, login or address, that is where the abuse came from.
class SendAttribution
{
    Q_DECLARE_TR_FUNCTIONS(SendAttribution)

public:
    struct Share
    {
        QString id;
        qint64 count = 0;
    };

    QDateTime from;
    QDateTime to;
    qint64 sampled = 0; // events read
    qint64 viaApi = 0;
    qint64 viaSmtp = 0;
    bool truncated = false; // only the newest events of a busy window were read
    QList<Share> byKey;     // most first; API sends only
    QList<Share> byIp;
    QList<Share> bySmtpSender;

    void add(const QList<LogEvent>& events);
    // Orders every list, most first.
    void sort();

    // "sends-by-key", "sends-by-login", "sends-from-ip" when one of them sent most of it.
    QList<AccountFinding> findings(const AccountInventory& inventory, const ReviewContext& context) const;
    // The key in words: matched against the key list, or "a key that no longer exists".
    static QString describeKey(const QString& keyId, const AccountInventory& inventory,
                               const ReviewContext& context);

private:
    QString summary() const;
};
