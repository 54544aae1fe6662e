#pragma once

#include "report/SupportReport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The words of the report, shared by the Markdown and HTML writers so both say exactly the
// same. Written for two readers: a Mailgun support engineer who acts on it, and the admin
// who must understand what it says about their account.
namespace ReportWording {
QString title();
QString practiceBanner();
// Label and value rows of the header: account, domains, key, incident start, date.
QList<std::pair<QString, QString>> headerRows(const SupportReport& report);
QString summaryText(const SupportReport& report);

QString summaryHeading();
QString stillOpenHeading();
QString nothingOpen();
QString findingsHeading();
QString noFindings();
QString actionsHeading();
QString noActions();
QString usersHeading();
QString usersNotChecked();
QString usersCheckedAt(const SupportReport& report);
QString remindersHeading();
QString notesHeading();

QStringList stepColumns();                // Step, Status, What the program saw
QStringList findingColumns();             // Severity, Where, What, Value (masked), What to do
QStringList actionColumns();              // Time (UTC), Step, Action, Result
QString tableTime(const QDateTime& time); // "2026-11-28 04:12:33", UTC
QStringList userColumns();                // User, Role, Password changed, Two-factor sign-in

QString stepName(RecoveryStep step); // "2. Replace the API key"
QString stepShortName(const std::optional<RecoveryStep>& step);
QString stepStatusText(const ReportStepStatus& status);
QString findingWhere(const ReportFinding& finding);
QString severityText(const QString& severity);
QString userName(const ReportUser& user);
QString passwordText(const ReportUser& user);
QString twoFactorText(const ReportUser& user);

struct Reminder
{
    QString text;
    bool confirmed = false;
};
QList<Reminder> reminders(const SupportReport& report);
QString reminderState(bool confirmed);
QStringList notes();
} // namespace ReportWording
