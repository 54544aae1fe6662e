#pragma once

#include "recovery/AccountSummary.h"
#include "recovery/Journal.h"
#include "recovery/RecoveryStep.h"
#include "report/ReportSubaccount.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One thing the program or the admin did, as the report lists it: when, what, and how it
// ended. Built from one journal entry, or from a "sent" entry and the answer that followed.
struct ReportAction
{
    enum class Result
    {
        Done,     // it worked
        Failed,   // it was tried and did not work
        NoAnswer, // a request was sent and no answer was recorded (the program was closed?)
        Started,  // the start of a longer task; its end is a separate action
        Recorded, // a fact or a choice the admin made: nothing to succeed or fail
    };

    QDateTime time; // UTC
    std::optional<RecoveryStep> step;
    QString text; // one plain sentence: what was done
    Result result = Result::Recorded;
    QString resultText; // how it ended, in words; may hold a reason
    QString type;       // the journal entry type, kept for tests and for unknown types
};

// Something step 1 found that may explain the leak. Its value is already masked.
struct ReportFinding
{
    QDateTime time;
    QString source; // "scan", "probe", "account"
    QString kind;
    QString severity; // "high", "medium", "low", "info"
    QString location;
    int line = 0;
    QString masked;
    QString advice;
};

// One user of the account as the program last saw them.
struct ReportUser
{
    QString id;
    QString name;
    QString email;
    QString role;
    bool owner = false;
    QDateTime passwordUpdatedAt;
    bool passwordChanged = false;
    bool twoFactorOn = false;
};

// Where each of the six steps stands.
struct ReportStepStatus
{
    RecoveryStep step = RecoveryStep::Investigate;
    int confirmedItems = 0;
    int totalItems = 0;
    QStringList openItems; // the checklist sentences not yet confirmed
    QString evidence;      // what the program itself did or verified for this step; may be empty

    bool isDone() const { return totalItems > 0 && confirmedItems == totalItems; }
    bool isStarted() const { return confirmedItems > 0 || !evidence.isEmpty(); }
};

// The report the admin sends to Mailgun support: built only from the journal of one account
// (each account, the practice one too, has its own journal), the incident start and, when connected, the
// account summary. Every string taken from the journal is passed through ReportSecretScrub, so a secret that
// got into the journal by mistake still does not reach the report.
struct SupportReport
{
    // Set by the front end on a report of the practice account: it then says so on top.
    bool practice = false;
    QDateTime generatedAt;
    QDateTime incidentStart;
    std::optional<AccountSummary> account;
    QString ownerEmail; // from the last users check; empty when unknown
    QList<ReportAction> actions;
    QList<ReportFinding> findings;
    bool usersChecked = false;
    QDateTime usersCheckedAt;
    QList<ReportUser> users;
    QList<ReportSubaccount> subaccounts; // what step 1 read of each and what was done
    QList<ReportStepStatus> steps;
    QStringList stillOpen; // one sentence each, most important first
    bool hostingProviderContacted = false;
    bool repositoriesChecked = false;

    int doneStepCount() const;
    int highFindingCount() const;

    static SupportReport build(const QList<Journal::Entry>& entries, const QDateTime& incidentStart,
                               const std::optional<AccountSummary>& account = std::nullopt,
                               const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Where the admin opens a ticket: the Support option of the Mailgun Control Panel.
    static QUrl supportPageUrl();
    // "2026-11-28 04:12:33 UTC": times in the report are always UTC, for the support team.
    static QString formatTime(const QDateTime& time);
};
