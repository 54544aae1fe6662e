#include "report/ReportActionText.h"

#include "recovery/StepGuide.h"
#include "report/ReportSecretScrub.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using Result = ReportAction::Result;

QString field(const Journal::Entry& entry, const QString& name)
{
    return ReportSecretScrub::valueText(entry.data.value(name));
}

// A count that newer entries may give as a number and older ones as a list.
int countOf(const QJsonValue& value)
{
    return value.isArray() ? static_cast<int>(value.toArray().size()) : value.toInt();
}

QString done()
{
    return QCoreApplication::translate("ReportActionText", "Done");
}

QString failedBecause(const QString& reason)
{
    if (reason.isEmpty())
        return QCoreApplication::translate("ReportActionText", "Failed");
    return QCoreApplication::translate("ReportActionText", "Failed (%1)").arg(reason);
}

// "postmaster@mg.example.com on mg.example.com (US)"
QString smtpLogin(const Journal::Entry& entry)
{
    const QString login = field(entry, u"login"_s);
    const QString domain = field(entry, u"domain"_s);
    const QString region = ReportActionText::regionText(field(entry, u"region"_s));
    if (domain.isEmpty())
        return QCoreApplication::translate("ReportActionText", "%1 (%2)").arg(login, region);
    return QCoreApplication::translate("ReportActionText", "%1 on %2 (%3)").arg(login, domain, region);
}

QString checklistItemText(const QString& stepId, const QString& itemId)
{
    RecoveryStep step;
    if (recoveryStepFromId(stepId, &step)) {
        for (const ChecklistItem& item : stepGuide(step).items) {
            if (item.id == itemId)
                return item.text;
        }
    }
    return itemId;
}

ReportAction make(const Journal::Entry& entry, const QString& text, Result result, const QString& resultText)
{
    ReportAction action;
    action.time = entry.time.toUTC();
    action.step = ReportActionText::stepOf(entry);
    action.text = text;
    action.result = result;
    action.resultText = resultText;
    action.type = entry.type;
    return action;
}

ReportAction recorded(const Journal::Entry& entry, const QString& text)
{
    return make(entry, text, Result::Recorded, QCoreApplication::translate("ReportActionText", "Recorded"));
}

ReportAction started(const Journal::Entry& entry, const QString& text)
{
    return make(entry, text, Result::Started, QCoreApplication::translate("ReportActionText", "Started"));
}

ReportAction keyAction(const Journal::Entry& entry)
{
    const QString id = field(entry, u"id"_s);
    const QString& type = entry.type;
    if (type == u"key-rotation-started"_s) {
        const int count = countOf(entry.data.value(u"delete"_s));
        QString text =
            QCoreApplication::translate(
                "ReportActionText",
                "Started replacing the private API key: a new key with the role \"%1\" is made first, "
                "then %n old key(s) are deleted.",
                nullptr, count)
                .arg(field(entry, u"role"_s));
        const QString ids = field(entry, u"delete"_s);
        if (!ids.isEmpty())
            text += u' ' + QCoreApplication::translate("ReportActionText", "Keys to delete: %1.").arg(ids);
        return started(entry, text);
    }
    if (type == u"key-created"_s)
        return make(
            entry,
            QCoreApplication::translate("ReportActionText", "Created a new private API key (id %1).").arg(id),
            Result::Done, done());
    if (type == u"key-stored"_s)
        return make(entry,
                    QCoreApplication::translate(
                        "ReportActionText",
                        "Stored the new key (id %1) in this computer's keychain and read it back.")
                        .arg(id),
                    Result::Done, done());
    if (type == u"key-store-failed"_s)
        return make(entry,
                    QCoreApplication::translate(
                        "ReportActionText", "Tried to store the new key (id %1) in this computer's keychain.")
                        .arg(id),
                    Result::Failed, failedBecause(field(entry, u"reason"_s)));
    if (type == u"key-saved-by-hand"_s)
        return make(
            entry,
            QCoreApplication::translate("ReportActionText",
                                        "The admin confirmed that they saved the new key (id %1) themselves.")
                .arg(id),
            Result::Done, done());
    if (type == u"key-verified"_s)
        return make(entry,
                    QCoreApplication::translate("ReportActionText",
                                                "Checked with Mailgun that the new key (id %1) works.")
                        .arg(id),
                    Result::Done, done());
    if (type == u"key-orphan-deleted"_s)
        return make(entry,
                    QCoreApplication::translate(
                        "ReportActionText", "Deleted a half-made key (id %1) left over from an earlier try.")
                        .arg(id),
                    Result::Done, done());
    if (type == u"key-deleted"_s)
        return make(entry,
                    QCoreApplication::translate("ReportActionText", "Deleted the old API key %1.").arg(id),
                    Result::Done, done());
    if (type == u"key-delete-failed"_s)
        return make(
            entry,
            QCoreApplication::translate("ReportActionText", "Tried to delete the old API key %1.").arg(id),
            Result::Failed, failedBecause(field(entry, u"error"_s)));
    if (type == u"key-rotation-finished"_s) {
        const int deleted = countOf(entry.data.value(u"deleted"_s));
        const int remaining = countOf(entry.data.value(u"remaining"_s));
        QString text = QCoreApplication::translate(
                           "ReportActionText", "Finished replacing the private API key. The new key is %1.")
                           .arg(id);
        text += u' ' +
                QCoreApplication::translate("ReportActionText", "%n old key(s) deleted.", nullptr, deleted);
        if (remaining > 0) {
            text += u' ' + QCoreApplication::translate("ReportActionText", "Still there: %1.")
                               .arg(field(entry, u"remaining"_s));
            return make(entry, text, Result::Failed,
                        QCoreApplication::translate("ReportActionText", "%n old key(s) could not be deleted",
                                                    nullptr, remaining));
        }
        return make(entry, text, Result::Done, done());
    }
    return {};
}

ReportAction smtpAction(const Journal::Entry& entry)
{
    const QString& type = entry.type;
    if (type == u"smtp-reset-started"_s) {
        // Newer entries list the planned rows with their action, older ones only the logins.
        const QJsonArray rows = entry.data.value(u"rows"_s).toArray();
        if (rows.isEmpty()) {
            const int count = countOf(entry.data.value(u"logins"_s));
            QString text = QCoreApplication::translate(
                "ReportActionText", "Started resetting the SMTP passwords of %n login(s).", nullptr, count);
            const QString logins = field(entry, u"logins"_s);
            if (!logins.isEmpty())
                text += u' ' + QCoreApplication::translate("ReportActionText", "Logins: %1.").arg(logins);
            return started(entry, text);
        }
        int toDelete = 0;
        for (const QJsonValue& row : rows)
            toDelete += row.toObject().value(u"action"_s).toString() == u"delete"_s ? 1 : 0;
        const int newPasswords = static_cast<int>(rows.size()) - toDelete;
        return started(entry, QCoreApplication::translate(
                                  "ReportActionText", "Started resetting SMTP logins: %1 get a new password, "
                                                      "%2 will be deleted.")
                                  .arg(newPasswords)
                                  .arg(toDelete));
    }
    if (type == u"smtp-password-not-stored"_s)
        return make(
            entry,
            QCoreApplication::translate("ReportActionText",
                                        "Made a new SMTP password for %1. The keychain was not available, so "
                                        "it was shown to the admin once instead.")
                .arg(smtpLogin(entry)),
            Result::Recorded, QCoreApplication::translate("ReportActionText", "Shown to the admin"));
    if (type == u"smtp-password-stored"_s)
        return make(entry,
                    QCoreApplication::translate(
                        "ReportActionText", "Stored a new SMTP password for %1 in this computer's keychain.")
                        .arg(smtpLogin(entry)),
                    Result::Done, done());
    if (type == u"smtp-password-set"_s)
        return make(entry,
                    QCoreApplication::translate("ReportActionText", "Set a new SMTP password for %1.")
                        .arg(smtpLogin(entry)),
                    Result::Done, done());
    if (type == u"smtp-update-failed"_s) {
        QString text =
            QCoreApplication::translate("ReportActionText", "Tried to set a new SMTP password for %1.")
                .arg(smtpLogin(entry));
        if (entry.data.value(u"ambiguous"_s).toBool())
            text += u' ' +
                    QCoreApplication::translate(
                        "ReportActionText", "Mailgun did not answer clearly: the change may have been made.");
        return make(entry, text, Result::Failed, failedBecause(field(entry, u"error"_s)));
    }
    if (type == u"smtp-deleted"_s)
        return make(entry,
                    QCoreApplication::translate("ReportActionText", "Deleted the SMTP login %1.")
                        .arg(smtpLogin(entry)),
                    Result::Done, done());
    if (type == u"smtp-delete-failed"_s)
        return make(entry,
                    QCoreApplication::translate("ReportActionText", "Tried to delete the SMTP login %1.")
                        .arg(smtpLogin(entry)),
                    Result::Failed, failedBecause(field(entry, u"error"_s)));
    if (type == u"smtp-reset-finished"_s) {
        const int set = countOf(entry.data.value(u"set"_s));
        const int deleted = countOf(entry.data.value(u"deleted"_s));
        const int failed = countOf(entry.data.value(u"failed"_s));
        const QString text =
            QCoreApplication::translate(
                "ReportActionText",
                "Finished resetting SMTP passwords: %1 new password(s), %2 login(s) deleted, "
                "%3 failed.")
                .arg(set)
                .arg(deleted)
                .arg(failed);
        if (failed > 0)
            return make(
                entry, text, Result::Failed,
                QCoreApplication::translate("ReportActionText", "%n login(s) failed", nullptr, failed));
        return make(entry, text, Result::Done, done());
    }
    return {};
}

ReportAction usersAction(const Journal::Entry& entry)
{
    if (entry.type == u"users-checked"_s) {
        const QJsonArray users = entry.data.value(u"users"_s).toArray();
        int changed = 0;
        int twoFactor = 0;
        for (const QJsonValue& user : users) {
            changed += user.toObject().value(u"password_changed"_s).toBool() ? 1 : 0;
            twoFactor += user.toObject().value(u"tfa_active"_s).toBool() ? 1 : 0;
        }
        const int count = static_cast<int>(users.size());
        return recorded(entry,
                        QCoreApplication::translate("ReportActionText",
                                                    "Checked the %n user(s) of the account: %1 changed their "
                                                    "password after the incident began, %2 use two-factor "
                                                    "sign-in.",
                                                    nullptr, count)
                            .arg(changed)
                            .arg(twoFactor));
    }
    if (entry.type == u"user-reset-link-opened"_s)
        return make(entry,
                    QCoreApplication::translate("ReportActionText", "Opened the password reset page for %1.")
                        .arg(field(entry, u"email"_s)),
                    Result::Done, done());
    return {};
}

// Step 1's removals of what copied mail out. The entry holds what was removed.
const QStringList cleanupSentTypes{u"route-delete-sent"_s, u"account-webhook-delete-sent"_s,
                                   u"webhook-delete-sent"_s, u"archive-to-clear-sent"_s};
const QStringList cleanupDoneTypes{u"route-deleted"_s, u"account-webhook-deleted"_s, u"webhook-deleted"_s,
                                   u"archive-to-cleared"_s};

bool isCleanupType(const QString& type)
{
    return cleanupSentTypes.contains(type) || cleanupDoneTypes.contains(type) || type == u"cleanup-failed"_s;
}

QString cleanupWhat(const Journal::Entry& entry)
{
    const QString region = ReportActionText::regionText(field(entry, u"region"_s));
    if (entry.data.contains(u"route"_s)) {
        const QJsonObject route = entry.data.value(u"route"_s).toObject();
        return QCoreApplication::translate("ReportActionText",
                                           "the route %1 of the %2 region, which matched %3 and did: %4")
            .arg(field(entry, u"id"_s), region, ReportSecretScrub::valueText(route.value(u"expression"_s)),
                 ReportSecretScrub::valueText(route.value(u"actions"_s)));
    }
    if (entry.data.contains(u"webhook"_s)) {
        const QJsonObject hook = entry.data.value(u"webhook"_s).toObject();
        return QCoreApplication::translate("ReportActionText",
                                           "the account webhook of the %1 region that sent %2 to %3")
            .arg(region, ReportSecretScrub::valueText(hook.value(u"event_types"_s)),
                 ReportSecretScrub::valueText(hook.value(u"url"_s)));
    }
    if (entry.data.contains(u"archive_to"_s))
        return QCoreApplication::translate("ReportActionText", "the copy of every message of %1 sent to %2")
            .arg(field(entry, u"domain"_s), field(entry, u"archive_to"_s));
    return QCoreApplication::translate("ReportActionText", "the %1 webhook of %2 that sent to %3")
        .arg(field(entry, u"event"_s), field(entry, u"domain"_s), field(entry, u"url"_s));
}

ReportAction cleanupAction(const Journal::Entry& entry)
{
    if (entry.type == u"cleanup-failed"_s)
        return make(
            entry,
            QCoreApplication::translate("ReportActionText", "Tried to remove %1.").arg(cleanupWhat(entry)),
            Result::Failed, failedBecause(field(entry, u"error"_s)));
    return make(entry, QCoreApplication::translate("ReportActionText", "Removed %1.").arg(cleanupWhat(entry)),
                Result::Done, done());
}

ReportAction genericAction(const Journal::Entry& entry)
{
    QStringList parts;
    for (auto it = entry.data.begin(); it != entry.data.end(); ++it) {
        const QString value = ReportSecretScrub::isSecretFieldName(it.key())
                                  ? QCoreApplication::translate("ReportActionText", "(hidden)")
                                  : ReportSecretScrub::valueText(it.value());
        parts.append(ReportSecretScrub::scrub(it.key()) + u": "_s + value);
    }
    const QString type = ReportSecretScrub::scrub(entry.type);
    if (parts.isEmpty())
        return recorded(entry, QCoreApplication::translate("ReportActionText", "Recorded \"%1\".").arg(type));
    return recorded(entry, QCoreApplication::translate("ReportActionText", "Recorded \"%1\": %2.")
                               .arg(type, parts.join(u"; "_s)));
}

} // namespace

namespace ReportActionText {

QString regionText(const QString& region)
{
    if (region == u"us"_s)
        return u"US"_s;
    if (region == u"eu"_s)
        return u"EU"_s;
    return region;
}

std::optional<RecoveryStep> stepOf(const Journal::Entry& entry)
{
    const QString& type = entry.type;
    if (type == u"item-confirmed"_s) {
        RecoveryStep step;
        if (recoveryStepFromId(entry.data.value(u"step"_s).toString(), &step))
            return step;
        return std::nullopt;
    }
    if (type == u"finding"_s || isCleanupType(type))
        return RecoveryStep::Investigate;
    if (type.startsWith(u"key-"_s))
        return RecoveryStep::ApiKey;
    if (type.startsWith(u"smtp-"_s))
        return RecoveryStep::SmtpCredentials;
    if (type == u"users-checked"_s || type == u"user-reset-link-opened"_s)
        return RecoveryStep::UserPasswords;
    return std::nullopt;
}

bool isRequestSent(const QString& type)
{
    return type == u"key-create-sent"_s || type == u"key-delete-sent"_s || type == u"smtp-update-sent"_s ||
           type == u"smtp-delete-sent"_s || cleanupSentTypes.contains(type);
}

bool answeredBy(const Journal::Entry& sent, const Journal::Entry& later)
{
    const auto same = [&](const QString& name) {
        return sent.data.value(name) == later.data.value(name);
    };
    const auto sameSmtpLogin = [&] {
        return same(u"region"_s) && same(u"domain"_s) && same(u"login"_s);
    };
    if (sent.type == u"key-create-sent"_s)
        return later.type == u"key-created"_s && same(u"marker"_s);
    if (sent.type == u"key-delete-sent"_s)
        return (later.type == u"key-deleted"_s || later.type == u"key-delete-failed"_s) && same(u"id"_s);
    if (sent.type == u"smtp-update-sent"_s)
        return (later.type == u"smtp-password-set"_s || later.type == u"smtp-update-failed"_s) &&
               sameSmtpLogin();
    if (sent.type == u"smtp-delete-sent"_s)
        return (later.type == u"smtp-deleted"_s || later.type == u"smtp-delete-failed"_s) && sameSmtpLogin();
    const qsizetype cleanup = cleanupSentTypes.indexOf(sent.type);
    if (cleanup >= 0)
        return (later.type == cleanupDoneTypes.at(cleanup) || later.type == u"cleanup-failed"_s) &&
               same(u"region"_s) && same(u"id"_s) && same(u"domain"_s) && same(u"event"_s);
    return false;
}

ReportAction unanswered(const Journal::Entry& sent)
{
    const QString noAnswer = QCoreApplication::translate(
        "ReportActionText", "No answer was recorded: the program may have been closed while it waited");
    QString text;
    if (sent.type == u"key-create-sent"_s)
        text = QCoreApplication::translate("ReportActionText",
                                           "Asked Mailgun to create a new private API key (marked %1 in its "
                                           "description).")
                   .arg(field(sent, u"marker"_s));
    else if (sent.type == u"key-delete-sent"_s)
        text = QCoreApplication::translate("ReportActionText", "Asked Mailgun to delete the old API key %1.")
                   .arg(field(sent, u"id"_s));
    else if (sent.type == u"smtp-update-sent"_s)
        text = QCoreApplication::translate("ReportActionText",
                                           "Asked Mailgun to set a new SMTP password for %1.")
                   .arg(smtpLogin(sent));
    else if (cleanupSentTypes.contains(sent.type))
        text = QCoreApplication::translate("ReportActionText", "Asked Mailgun to remove %1.")
                   .arg(cleanupWhat(sent));
    else
        text = QCoreApplication::translate("ReportActionText", "Asked Mailgun to delete the SMTP login %1.")
                   .arg(smtpLogin(sent));
    return make(sent, text, Result::NoAnswer, noAnswer);
}

ReportAction action(const Journal::Entry& entry)
{
    const QString& type = entry.type;
    if (isRequestSent(type))
        return unanswered(entry);
    if (type == u"incident-start"_s) {
        const QDateTime start = QDateTime::fromString(entry.data.value(u"start"_s).toString(), Qt::ISODate);
        return recorded(
            entry, QCoreApplication::translate("ReportActionText", "Set the start of the incident to %1.")
                       .arg(start.isValid() ? SupportReport::formatTime(start) : field(entry, u"start"_s)));
    }
    if (type == u"item-confirmed"_s) {
        const QString item = ReportSecretScrub::scrub(checklistItemText(
            entry.data.value(u"step"_s).toString(), entry.data.value(u"item"_s).toString()));
        if (entry.data.value(u"confirmed"_s).toBool())
            return make(
                entry,
                QCoreApplication::translate("ReportActionText", "The admin confirmed: \"%1\".").arg(item),
                Result::Done, QCoreApplication::translate("ReportActionText", "Confirmed by the admin"));
        return recorded(entry, QCoreApplication::translate("ReportActionText",
                                                           "The admin took back the confirmation: \"%1\".")
                                   .arg(item));
    }
    ReportAction described;
    if (isCleanupType(type))
        described = cleanupAction(entry);
    else if (type.startsWith(u"key-"_s))
        described = keyAction(entry);
    else if (type.startsWith(u"smtp-"_s))
        described = smtpAction(entry);
    else
        described = usersAction(entry);
    return described.text.isEmpty() ? genericAction(entry) : described;
}

} // namespace ReportActionText
