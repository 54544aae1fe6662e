#include "report/ReportWording.h"

#include "report/ReportSecretScrub.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ReportWording {

QString title()
{
    return QCoreApplication::translate("ReportWording", "Mailgun account recovery report");
}

QString practiceBanner()
{
    return QCoreApplication::translate(
        "ReportWording", "PRACTICE: this report describes the practice account, a simulation on this "
                         "computer. Do not send it to Mailgun.");
}

QList<std::pair<QString, QString>> headerRows(const SupportReport& report)
{
    QList<std::pair<QString, QString>> rows;
    const QString account =
        report.ownerEmail.isEmpty()
            ? QCoreApplication::translate("ReportWording", "Not known to the program")
            : QCoreApplication::translate("ReportWording", "Owned by %1").arg(report.ownerEmail);
    rows.append({QCoreApplication::translate("ReportWording", "Account"), account});
    if (report.account) {
        rows.append({QCoreApplication::translate("ReportWording", "Domains"),
                     QCoreApplication::translate("ReportWording", "%1 in the US region, %2 in the EU region")
                         .arg(report.account->domainsUs)
                         .arg(report.account->domainsEu)});
        if (!report.account->keyInUseId.isEmpty())
            rows.append({QCoreApplication::translate("ReportWording", "API key used for this work"),
                         QCoreApplication::translate("ReportWording", "id %1, role %2")
                             .arg(ReportSecretScrub::scrub(report.account->keyInUseId),
                                  ReportSecretScrub::scrub(report.account->keyInUseRole))});
    }
    rows.append({QCoreApplication::translate("ReportWording", "Incident began"),
                 SupportReport::formatTime(report.incidentStart)});
    rows.append({QCoreApplication::translate("ReportWording", "Report made"),
                 SupportReport::formatTime(report.generatedAt)});
    QString tool = QCoreApplication::applicationName();
    if (!QCoreApplication::applicationVersion().isEmpty())
        tool += u' ' + QCoreApplication::applicationVersion();
    if (!tool.isEmpty())
        rows.append({QCoreApplication::translate("ReportWording", "Made with"), tool});
    return rows;
}

QString summaryText(const SupportReport& report)
{
    QString text = QCoreApplication::translate("ReportWording", "%1 of %n recovery step(s) are done.",
                                               nullptr, static_cast<int>(report.steps.size()))
                       .arg(report.doneStepCount());
    text += u' ' + QCoreApplication::translate("ReportWording", "%n action(s) recorded.", nullptr,
                                               static_cast<int>(report.actions.size()));
    text += u' ' + QCoreApplication::translate("ReportWording",
                                               "%n finding(s) about the leak, %1 of them serious.", nullptr,
                                               static_cast<int>(report.findings.size()))
                       .arg(report.highFindingCount());
    if (report.stillOpen.isEmpty())
        text += u' ' + QCoreApplication::translate("ReportWording", "Nothing is still open.");
    else
        text += u' ' + QCoreApplication::translate("ReportWording", "%n thing(s) still open.", nullptr,
                                                   static_cast<int>(report.stillOpen.size()));
    return text;
}

QString summaryHeading()
{
    return QCoreApplication::translate("ReportWording", "Summary");
}

QString stillOpenHeading()
{
    return QCoreApplication::translate("ReportWording", "Still open");
}

QString nothingOpen()
{
    return QCoreApplication::translate("ReportWording", "Nothing is open: every step is done.");
}

QString findingsHeading()
{
    return QCoreApplication::translate("ReportWording", "How the credentials may have leaked (step 1)");
}

QString noFindings()
{
    return QCoreApplication::translate(
        "ReportWording", "The program recorded no findings. The admin may have investigated by hand.");
}

QString actionsHeading()
{
    return QCoreApplication::translate("ReportWording", "Actions taken, in order");
}

QString noActions()
{
    return QCoreApplication::translate("ReportWording", "No action has been recorded yet.");
}

QString usersHeading()
{
    return QCoreApplication::translate("ReportWording", "Users of the account");
}

QString usersNotChecked()
{
    return QCoreApplication::translate(
        "ReportWording", "The program has not checked the users yet. Their passwords and two-factor "
                         "sign-in must be checked in the Control Panel.");
}

QString usersCheckedAt(const SupportReport& report)
{
    return QCoreApplication::translate(
               "ReportWording", "As Mailgun listed them on %1. \"Changed\" means after the incident began.")
        .arg(SupportReport::formatTime(report.usersCheckedAt));
}

QString remindersHeading()
{
    return QCoreApplication::translate("ReportWording", "Also asked by Mailgun's procedure");
}

QString notesHeading()
{
    return QCoreApplication::translate("ReportWording", "About this report");
}

QStringList stepColumns()
{
    return {QCoreApplication::translate("ReportWording", "Step"),
            QCoreApplication::translate("ReportWording", "Status"),
            QCoreApplication::translate("ReportWording", "What the program saw")};
}

QStringList findingColumns()
{
    return {QCoreApplication::translate("ReportWording", "Severity"),
            QCoreApplication::translate("ReportWording", "Where"),
            QCoreApplication::translate("ReportWording", "What"),
            QCoreApplication::translate("ReportWording", "Value (masked)"),
            QCoreApplication::translate("ReportWording", "What to do")};
}

QStringList actionColumns()
{
    return {QCoreApplication::translate("ReportWording", "Time (UTC)"),
            QCoreApplication::translate("ReportWording", "Step"),
            QCoreApplication::translate("ReportWording", "Action"),
            QCoreApplication::translate("ReportWording", "Result")};
}

QStringList userColumns()
{
    return {QCoreApplication::translate("ReportWording", "User"),
            QCoreApplication::translate("ReportWording", "Role"),
            QCoreApplication::translate("ReportWording", "Password changed"),
            QCoreApplication::translate("ReportWording", "Two-factor sign-in")};
}

QString tableTime(const QDateTime& time)
{
    if (!time.isValid())
        return u"–"_s;
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString stepName(RecoveryStep step)
{
    return QCoreApplication::translate("ReportWording", "%1. %2")
        .arg(static_cast<int>(step) + 1)
        .arg(recoveryStepTitle(step));
}

QString stepShortName(const std::optional<RecoveryStep>& step)
{
    if (!step)
        return u"–"_s;
    return QString::number(static_cast<int>(*step) + 1);
}

QString stepStatusText(const ReportStepStatus& status)
{
    if (status.isDone())
        return QCoreApplication::translate("ReportWording", "Done");
    if (status.isStarted())
        return QCoreApplication::translate("ReportWording", "In progress (%1 of %2 confirmed)")
            .arg(status.confirmedItems)
            .arg(status.totalItems);
    return QCoreApplication::translate("ReportWording", "Not started");
}

QString findingWhere(const ReportFinding& finding)
{
    QString source;
    if (finding.source == u"scan"_s)
        source = QCoreApplication::translate("ReportWording", "On the admin's computer");
    else if (finding.source == u"probe"_s)
        source = QCoreApplication::translate("ReportWording", "On the website");
    else if (finding.source == u"account"_s)
        source = QCoreApplication::translate("ReportWording", "In the Mailgun account");
    else
        source = finding.source;
    QString location = finding.location;
    if (finding.line > 0)
        location =
            QCoreApplication::translate("ReportWording", "%1, line %2").arg(location).arg(finding.line);
    if (location.isEmpty())
        return source;
    return QCoreApplication::translate("ReportWording", "%1: %2").arg(source, location);
}

QString severityText(const QString& severity)
{
    if (severity == u"critical"_s)
        return QCoreApplication::translate("ReportWording", "Critical");
    if (severity == u"high"_s)
        return QCoreApplication::translate("ReportWording", "High");
    if (severity == u"medium"_s)
        return QCoreApplication::translate("ReportWording", "Medium");
    if (severity == u"low"_s)
        return QCoreApplication::translate("ReportWording", "Low");
    if (severity == u"info"_s)
        return QCoreApplication::translate("ReportWording", "Information");
    return severity;
}

QString userName(const ReportUser& user)
{
    QString name = user.name.isEmpty() || user.name == user.email
                       ? user.email
                       : QCoreApplication::translate("ReportWording", "%1 <%2>").arg(user.name, user.email);
    if (user.owner)
        name += u' ' + QCoreApplication::translate("ReportWording", "(account owner)");
    return name;
}

QString passwordText(const ReportUser& user)
{
    const QString when = user.passwordUpdatedAt.isValid()
                             ? user.passwordUpdatedAt.toString(u"yyyy-MM-dd HH:mm"_s)
                             : QCoreApplication::translate("ReportWording", "date unknown");
    if (user.passwordChanged)
        return QCoreApplication::translate("ReportWording", "Yes (%1)").arg(when);
    return QCoreApplication::translate("ReportWording", "No (last change: %1)").arg(when);
}

QString twoFactorText(const ReportUser& user)
{
    return user.twoFactorOn ? QCoreApplication::translate("ReportWording", "On")
                            : QCoreApplication::translate("ReportWording", "Off");
}

QList<Reminder> reminders(const SupportReport& report)
{
    return {
        {QCoreApplication::translate(
             "ReportWording", "Contact the hosting provider (or the web developer) so they check the website "
                              "and the server for the way in."),
         report.hostingProviderContacted},
        {QCoreApplication::translate("ReportWording",
                                     "Check public code repositories (GitHub, GitLab, Bitbucket) for keys or "
                                     "passwords, and replace any that were there."),
         report.repositoriesChecked},
    };
}

QString reminderState(bool confirmed)
{
    return confirmed ? QCoreApplication::translate("ReportWording", "Done, confirmed by the admin")
                     : QCoreApplication::translate("ReportWording", "Not yet confirmed");
}

QStringList notes()
{
    return {
        QCoreApplication::translate(
            "ReportWording", "This report holds no key and no password. Values found are shown masked: only "
                             "their first 4 and last 4 characters."),
        QCoreApplication::translate("ReportWording", "Times are in UTC."),
        QCoreApplication::translate(
            "ReportWording", "It was made by the Mailgun Recovery Assistant from the record it keeps on the "
                             "admin's computer. Work done by hand in the Control Panel shows as the admin's "
                             "confirmations."),
    };
}

} // namespace ReportWording
