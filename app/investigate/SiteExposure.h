#pragma once

#include "investigate/FindingRecord.h"
#include "investigate/LeakFinding.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

struct ExposureKind;

// One thing the website probe found on the admin's own site: a file or page anyone can
// open that leaks secrets (a .env, a phpinfo page, a .git folder, ...), with the Mailgun
// credentials found in it, masked. Texts are in the user's language, plain.
struct SiteExposure
{
    QUrl url;                       // where it is
    QString kindId;                 // "env-file", "phpinfo-page", "git-folder", ... (ProbePath.cpp)
    QString title;                  // what it is
    QString whatLeaks;              // what a stranger can read there
    QString advice;                 // how to close it
    QString severity;               // "critical", "high", "medium" or "low"
    QList<LeakFinding> credentials; // Mailgun keys and passwords in it; secrets masked on output
    bool bodyTruncated = false;     // only the first part was read (size cap)
    // What the downloaded content looked like inside, whatever the address claims: ProbeContent's
    // id ("env", "php", "json", ...) and its phrase in plain words; empty when not read.
    QString contentKind;
    QString contentText;

    // Built from the probe table's kind; texts translated now.
    static SiteExposure fromKind(const ExposureKind& kind, const QUrl& url);

    // 0 low ... 3 critical; an exposure with a Mailgun credential in it counts as critical.
    int severityRank() const;
    static int severityRank(const QString& severity);

    // {url, line: 0, kind, severity, title, what_leaks, advice, masked: null, looks_like,
    //  credentials: [...]}
    QJsonObject toJson() const;
    // A credential found in it, as a finding of its own ({url, line, kind, severity, masked,
    // found_in, looks_like, ...}).
    QJsonObject credentialJson(const LeakFinding& credential) const;
    // The exposure itself, source "probe", location = the URL.
    FindingRecord record() const;
    // record() and one record per credential found in it.
    QList<FindingRecord> records() const;
};

Q_DECLARE_METATYPE(SiteExposure)
