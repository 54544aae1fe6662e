#pragma once

#include <QJsonObject>
#include <QString>

// One finding of step 1 as the session, the journal ("finding" entries) and the support
// report keep it, whatever found it: the folder scan, the website probe or the account
// review. It never holds a secret: `masked` is already masked.
struct FindingRecord
{
    QString source;   // "scan", "probe" or "account"
    QString kind;     // a stable id: "api-key", "env-file", "forwarding-route", ...
    QString title;    // what it is, in one plain sentence fragment
    QString severity; // "critical", "high", "medium", "low" or "info"
    QString location; // a file path, a web address, or where in the account
    int line = 0;     // 1-based line in a file; 0 when not about a line
    QString masked;   // the secret, masked; empty when none
    QString advice;   // what to do about it, plainly
    QString keyId;    // the Keys API id of an account key this finding is about, if any
    QString match;    // for found keys: "in-use", "account-key", "not-this-account", ...
    // The backup or compressed file on disk the finding is inside (`location` then names the
    // file in it, "backup.zip!site/.env"); empty otherwise, and in journals written before.
    QString archive;
    // Found in a git repository's history (`location` is then the repository's folder followed
    // by the path in the commit): the folder, the commit's short id, its date (ISO 8601) and
    // what became of the file since ("deleted", "changed", "no-working-files"). Empty
    // otherwise, and in journals written before.
    QString repository;
    QString commit;
    QString commitDate;
    QString since;

    // The same thing found again (a second scan of the same folder) has the same identity,
    // so it is recorded once.
    QString identity() const;
    // What every finding has, whatever found it; the caller adds where and what to do.
    static FindingRecord of(const QString& source, const QString& kind, const QString& title,
                            const QString& severity);
    QJsonObject toJson() const;
    static FindingRecord fromJson(const QJsonObject& object);
};
