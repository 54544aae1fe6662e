#include "report/ReportActionText.h"

#include "recovery/StepGuide.h"
#include "report/ReportActionBasics.h"
#include "report/ReportCleanupActions.h"
#include "report/ReportCredentialActions.h"
#include "report/ReportKeyRetest.h"
#include "report/ReportSecretScrub.h"
#include "report/ReportSubaccounts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;
using namespace ReportActionBasics;

namespace {

using Result = ReportAction::Result;

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
                                                    "Checked the %n user(s) of the account. New password "
                                                    "since the incident began: %1. Two-factor sign-in "
                                                    "(2FA) on: %2.",
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
    if (type == u"finding"_s || ReportCleanupActions::isCleanupType(type))
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
           type == u"smtp-delete-sent"_s || ReportCleanupActions::isRemovalSent(type);
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
    if (ReportCleanupActions::isRemovalSent(sent.type))
        return (later.type == ReportCleanupActions::doneTypeOf(sent.type) ||
                later.type == u"cleanup-failed"_s) &&
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
    else if (ReportCleanupActions::isRemovalSent(sent.type))
        text = QCoreApplication::translate("ReportActionText", "Asked Mailgun to remove %1.")
                   .arg(ReportCleanupActions::removedWhat(sent));
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
    if (ReportCleanupActions::isCleanupType(type))
        described = ReportCleanupActions::action(entry);
    else if (ReportSubaccounts::isSubaccountType(type))
        described = ReportSubaccounts::action(entry);
    else if (ReportKeyRetest::isRetestType(type))
        described = ReportKeyRetest::action(entry);
    else if (type.startsWith(u"key-"_s))
        described = ReportCredentialActions::keyAction(entry);
    else if (type.startsWith(u"smtp-"_s))
        described = ReportCredentialActions::smtpAction(entry);
    else
        described = usersAction(entry);
    return described.text.isEmpty() ? genericAction(entry) : described;
}

} // namespace ReportActionText
