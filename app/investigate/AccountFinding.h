#pragma once

#include "investigate/FindingRecord.h"
#include "mailgun/Region.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One thing the account review found: something an intruder may have set up (a key, an
// SMTP login, a forwarding route, a webhook, an archive address, a subaccount), a setting
// worth changing, or what the sending volume shows. Written for the admin: a plain title,
// what it means, and what to do.
struct AccountFinding
{
    // "recent-key", "unknown-requestor-key", "key-in-use", "recent-login-session",
    // "recent-smtp-login", "forwarding-route", "catch-all-route", "unknown-webhook",
    // "unknown-account-webhook", "archive-to", "subaccount", "ip-allowlist", "sending-spike",
    // "sends-by-key", "sends-by-login", "sends-from-ip"
    QString kindId;
    QString severity; // "critical", "high", "medium", "low", "info"
    Region region = Region::Us;
    QString title;
    QString detail;
    QString advice;
    QString objectId; // key id, login, route id, webhook id/url, domain, subaccount id
    QDateTime createdAt;
    QString keyId;      // a Keys API id when this finding is about a key (so step 2 can propose deleting it)
    bool inUse = false; // about the key this program is using

    // "critical" 4 ... "info" 0; anything else -1.
    static int severityRank(const QString& severity);
    // Most severe first; among equals, the newest first, then by title.
    static void sortBySeverity(QList<AccountFinding>& findings);
    // Makes what the account wrote harmless wherever a finding is shown (the wizard, the
    // terminal, the journal, the report): in the title, the detail and the advice, control and
    // bidi characters are replaced and credentials in URLs masked (UntrustedText::forDisplay).
    // `objectId` stays as the account has it, because the cleanup finds the item by it; what
    // leaves the program (record(), toJson()) has it masked.
    static void makeAccountTextSafe(QList<AccountFinding>& findings);

    // About the whole account (keys, sign-ins, subaccounts, the allowlist, the sending of both
    // regions together), not one region.
    bool isAccountWide() const;

    QJsonObject toJson() const;
    FindingRecord record() const; // source "account"
};
