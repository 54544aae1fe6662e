#include "report/SupportReport.h"

#include "investigate/FindingRecord.h"
#include "investigate/GitHistoryText.h"
#include "recovery/ConfirmedItems.h"
#include "recovery/KeyRotationProgress.h"
#include "recovery/StepGuide.h"
#include "report/ReportActionText.h"
#include "report/ReportKeyRetest.h"
#include "report/ReportSecretScrub.h"
#include "report/ReportSubaccounts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject& object, const QString& name)
{
    return ReportSecretScrub::valueText(object.value(name));
}

QList<ReportAction> buildTimeline(const QList<Journal::Entry>& entries)
{
    QList<ReportAction> actions;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Journal::Entry& entry = entries.at(i);
        if (entry.type == u"finding"_s)
            continue; // listed with the other findings of step 1
        if (ReportActionText::isRequestSent(entry.type)) {
            // The answer that follows says the same with its result: show that one only.
            const auto answer =
                std::find_if(entries.cbegin() + i + 1, entries.cend(), [&](const Journal::Entry& later) {
                    return ReportActionText::answeredBy(entry, later);
                });
            if (answer != entries.cend())
                continue;
        }
        actions.append(ReportActionText::action(entry));
    }
    return actions;
}

ReportFinding findingFrom(const Journal::Entry& entry)
{
    ReportFinding finding;
    finding.time = entry.time.toUTC();
    finding.source = text(entry.data, u"source"_s);
    // The scanner's own JSON names some fields differently ("title", "path", "url"): take
    // whichever is there, the readable title before the kind's id.
    const auto first = [&entry](std::initializer_list<QString> names) {
        for (const QString& name : names) {
            const QString value = text(entry.data, name);
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    finding.kind = first({u"title"_s, u"kind"_s});
    finding.severity = text(entry.data, u"severity"_s).toLower();
    finding.location = first({u"location"_s, u"path"_s, u"url"_s});
    // A key from a repository's history: which commit, said as the wizard's table says it.
    const FindingRecord record = FindingRecord::fromJson(entry.data);
    if (!record.commit.isEmpty())
        finding.location = ReportSecretScrub::valueText(GitHistoryText::where(record));
    finding.line = entry.data.value(u"line"_s).toInt();
    finding.masked = text(entry.data, u"masked"_s);
    finding.advice = text(entry.data, u"advice"_s);
    return finding;
}

int severityRank(const QString& severity)
{
    static const QStringList order{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s, u"info"_s};
    const qsizetype index = order.indexOf(severity);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

QList<ReportUser> usersFrom(const Journal::Entry& entry)
{
    QList<ReportUser> users;
    for (const QJsonValue& value : entry.data.value(u"users"_s).toArray()) {
        const QJsonObject object = value.toObject();
        ReportUser user;
        user.id = text(object, u"id"_s);
        user.name = text(object, u"name"_s);
        user.email = text(object, u"email"_s);
        user.role = text(object, u"role"_s);
        user.owner = object.value(u"owner"_s).toBool();
        user.passwordUpdatedAt =
            QDateTime::fromString(object.value(u"password_updated_at"_s).toString(), Qt::ISODateWithMs)
                .toUTC();
        user.passwordChanged = object.value(u"password_changed"_s).toBool();
        user.twoFactorOn = object.value(u"tfa_active"_s).toBool();
        users.append(user);
    }
    return users;
}

QString userLabel(const ReportUser& user)
{
    if (user.name.isEmpty() || user.name == user.email)
        return user.email;
    return QCoreApplication::translate("SupportReport", "%1 (%2)").arg(user.name, user.email);
}

// The last known state of each key and SMTP login the program tried to delete or change:
// a failure that a later try fixed is no longer open.
struct LatestStates
{
    QStringList keysNotDeleted;
    QStringList smtpFailures;
    int smtpSet = 0;
    int smtpDeleted = 0;
};

LatestStates latestStates(const QList<Journal::Entry>& entries)
{
    QHash<QString, QString> keyState; // id -> last entry type
    QStringList keyOrder;
    QHash<QString, const Journal::Entry*> smtpState; // region|domain|login -> last result entry
    QStringList smtpOrder;
    for (const Journal::Entry& entry : entries) {
        if (entry.type == u"key-deleted"_s || entry.type == u"key-delete-failed"_s) {
            const QString id = text(entry.data, u"id"_s);
            if (!keyState.contains(id))
                keyOrder.append(id);
            keyState.insert(id, entry.type);
        } else if (entry.type == u"smtp-password-set"_s || entry.type == u"smtp-update-failed"_s ||
                   entry.type == u"smtp-deleted"_s || entry.type == u"smtp-delete-failed"_s) {
            const QString key = text(entry.data, u"region"_s) + u'|' + text(entry.data, u"domain"_s) + u'|' +
                                text(entry.data, u"login"_s);
            if (!smtpState.contains(key))
                smtpOrder.append(key);
            smtpState.insert(key, &entry);
        }
    }
    LatestStates states;
    for (const QString& id : std::as_const(keyOrder)) {
        if (keyState.value(id) == u"key-delete-failed"_s)
            states.keysNotDeleted.append(id);
    }
    for (const QString& key : std::as_const(smtpOrder)) {
        const Journal::Entry* entry = smtpState.value(key);
        const QString login = text(entry->data, u"login"_s);
        const QString region = ReportActionText::regionText(text(entry->data, u"region"_s));
        const QString error = text(entry->data, u"error"_s);
        if (entry->type == u"smtp-password-set"_s) {
            ++states.smtpSet;
        } else if (entry->type == u"smtp-deleted"_s) {
            ++states.smtpDeleted;
        } else if (entry->type == u"smtp-update-failed"_s) {
            states.smtpFailures.append(
                QCoreApplication::translate(
                    "SupportReport", "The SMTP password of %1 (%2) could not be changed (%3). Change it in "
                                     "the Control Panel.")
                    .arg(login, region, error));
        } else {
            states.smtpFailures.append(
                QCoreApplication::translate(
                    "SupportReport", "The SMTP login %1 (%2) could not be deleted (%3). Delete it in the "
                                     "Control Panel.")
                    .arg(login, region, error));
        }
    }
    return states;
}

// The last SMTP reset began and has no end recorded after it.
bool smtpResetUnfinished(const QList<Journal::Entry>& entries)
{
    bool unfinished = false;
    for (const Journal::Entry& entry : entries) {
        if (entry.type == u"smtp-reset-started"_s)
            unfinished = true;
        else if (entry.type == u"smtp-reset-finished"_s)
            unfinished = false;
    }
    return unfinished;
}

QString keyEvidence(const KeyRotationProgress& progress, const QList<Journal::Entry>& entries)
{
    if (!progress.started)
        return {};
    if (!progress.finished)
        return QCoreApplication::translate("SupportReport",
                                           "A replacement of the API key was started and is not "
                                           "finished.");
    // The finish entry names the new key and what was deleted, whatever came before it.
    const auto finished = std::find_if(entries.crbegin(), entries.crend(), [](const Journal::Entry& entry) {
        return entry.type == u"key-rotation-finished"_s;
    });
    if (finished == entries.crend())
        return {};
    return QCoreApplication::translate(
               "SupportReport", "The program made a new key (id %1), checked it and deleted %n old key(s).",
               nullptr, static_cast<int>(finished->data.value(u"deleted"_s).toArray().size()))
        .arg(text(finished->data, u"id"_s));
}

} // namespace

int SupportReport::doneStepCount() const
{
    return static_cast<int>(std::count_if(steps.cbegin(), steps.cend(),
                                          [](const ReportStepStatus& step) { return step.isDone(); }));
}

int SupportReport::highFindingCount() const
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(),
                      [](const ReportFinding& finding) { return severityRank(finding.severity) <= 1; }));
}

QUrl SupportReport::supportPageUrl()
{
    return QUrl(u"https://app.mailgun.com/support"_s);
}

QString SupportReport::formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return QCoreApplication::translate("SupportReport", "unknown");
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

SupportReport SupportReport::build(const QList<Journal::Entry>& entries, const QDateTime& incidentStart,
                                   const std::optional<AccountSummary>& account, const QDateTime& now)
{
    SupportReport report;
    report.generatedAt = now.toUTC();
    report.incidentStart = incidentStart.toUTC();
    report.account = account;
    report.actions = buildTimeline(entries);
    report.subaccounts = ReportSubaccounts::fromJournal(entries);

    for (const Journal::Entry& entry : std::as_const(entries)) {
        if (entry.type == u"finding"_s)
            report.findings.append(findingFrom(entry));
        else if (entry.type == u"users-checked"_s) {
            report.usersChecked = true;
            report.usersCheckedAt = entry.time.toUTC();
            report.users = usersFrom(entry); // the last check is the one that counts
        }
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const ReportFinding& a, const ReportFinding& b) {
                         return severityRank(a.severity) < severityRank(b.severity);
                     });
    for (const ReportUser& user : std::as_const(report.users)) {
        if (user.owner)
            report.ownerEmail = user.email;
    }

    const ConfirmedItems confirmed = ConfirmedItemsJournal::replay(entries);
    const KeyRotationProgress rotation = KeyRotationProgress::fromJournal(entries);
    const LatestStates states = latestStates(entries);
    const auto usersWith = [&report](bool (*test)(const ReportUser&)) {
        return static_cast<int>(std::count_if(report.users.cbegin(), report.users.cend(), test));
    };
    const int changedCount = usersWith([](const ReportUser& user) { return user.passwordChanged; });
    const int twoFactorCount = usersWith([](const ReportUser& user) { return user.twoFactorOn; });
    const int userCount = static_cast<int>(report.users.size());

    for (RecoveryStep step : allRecoverySteps()) {
        const StepGuide guide = stepGuide(step);
        ReportStepStatus status;
        status.step = step;
        status.totalItems = static_cast<int>(guide.items.size());
        for (const ChecklistItem& item : guide.items) {
            if (confirmed.value(step).contains(item.id))
                ++status.confirmedItems;
            else
                status.openItems.append(item.text);
        }
        switch (step) {
        case RecoveryStep::Investigate:
            if (!report.findings.isEmpty())
                status.evidence = QCoreApplication::translate(
                                      "SupportReport", "%n finding(s) recorded, %1 of them serious.", nullptr,
                                      static_cast<int>(report.findings.size()))
                                      .arg(report.highFindingCount());
            break;
        case RecoveryStep::ApiKey:
            status.evidence = keyEvidence(rotation, entries);
            break;
        case RecoveryStep::SmtpCredentials:
            if (states.smtpSet + states.smtpDeleted + states.smtpFailures.size() > 0)
                status.evidence =
                    QCoreApplication::translate("SupportReport",
                                                "New passwords set: %1. Logins deleted: %2. Failed: %3.")
                        .arg(states.smtpSet)
                        .arg(states.smtpDeleted)
                        .arg(states.smtpFailures.size());
            break;
        case RecoveryStep::UserPasswords:
            if (report.usersChecked)
                status.evidence =
                    QCoreApplication::translate(
                        "SupportReport", "%1 of %n user(s) changed their password after the incident began.",
                        nullptr, userCount)
                        .arg(changedCount);
            break;
        case RecoveryStep::TwoFactor:
            if (report.usersChecked)
                status.evidence =
                    QCoreApplication::translate("SupportReport", "%1 of %n user(s) use two-factor sign-in.",
                                                nullptr, userCount)
                        .arg(twoFactorCount);
            break;
        case RecoveryStep::ReportToSupport:
            break;
        }
        report.steps.append(status);
    }
    const QSet<QString> reportItems = confirmed.value(RecoveryStep::ReportToSupport);
    report.hostingProviderContacted = reportItems.contains(u"report-hosting-contacted"_s);
    report.repositoriesChecked = reportItems.contains(u"report-repositories-checked"_s);

    // What is still open, the things the program knows went wrong first: an old key that
    // still works before anything else.
    report.stillOpen.append(ReportKeyRetest::stillWorking(entries));
    if (rotation.isUnfinished())
        report.stillOpen.append(QCoreApplication::translate(
            "SupportReport",
            "The replacement of the API key is not finished. Open step 2 in the program to continue it."));
    if (smtpResetUnfinished(entries))
        report.stillOpen.append(QCoreApplication::translate(
            "SupportReport",
            "The reset of the SMTP passwords is not finished. Open step 3 in the program to go on."));
    for (const QString& id : states.keysNotDeleted)
        report.stillOpen.append(
            QCoreApplication::translate(
                "SupportReport", "The old API key %1 could not be deleted. Delete it in the Control Panel.")
                .arg(id));
    report.stillOpen.append(states.smtpFailures);
    for (const ReportUser& user : std::as_const(report.users)) {
        if (!user.passwordChanged)
            report.stillOpen.append(
                QCoreApplication::translate("SupportReport",
                                            "%1 has not changed their password since the incident "
                                            "began.")
                    .arg(userLabel(user)));
    }
    for (const ReportUser& user : std::as_const(report.users)) {
        if (!user.twoFactorOn)
            report.stillOpen.append(
                QCoreApplication::translate("SupportReport", "%1 does not use two-factor sign-in yet.")
                    .arg(userLabel(user)));
    }
    const bool usersStepsDone = report.steps.at(static_cast<int>(RecoveryStep::UserPasswords)).isDone() &&
                                report.steps.at(static_cast<int>(RecoveryStep::TwoFactor)).isDone();
    if (!report.usersChecked && !usersStepsDone)
        report.stillOpen.append(QCoreApplication::translate(
            "SupportReport", "The program has not checked the users' passwords and two-factor sign-in."));
    for (const ReportStepStatus& status : std::as_const(report.steps)) {
        if (status.openItems.isEmpty())
            continue;
        report.stillOpen.append(
            QCoreApplication::translate("SupportReport", "Step %1, \"%2\": not yet confirmed: %3.")
                .arg(static_cast<int>(status.step) + 1)
                .arg(recoveryStepTitle(status.step), status.openItems.join(u"; "_s)));
    }
    return report;
}
