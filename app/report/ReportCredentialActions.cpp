#include "report/ReportCredentialActions.h"

#include "report/ReportActionBasics.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ReportActionBasics;

namespace ReportCredentialActions {

using Result = ReportAction::Result;

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
            QCoreApplication::translate("ReportActionText",
                                        "Finished resetting SMTP passwords: %1, %2, %3 failed.")
                .arg(QCoreApplication::translate("ReportActionText", "%n new password(s)", nullptr, set),
                     QCoreApplication::translate("ReportActionText", "%n login(s) deleted", nullptr, deleted))
                .arg(failed);
        if (failed > 0)
            return make(
                entry, text, Result::Failed,
                QCoreApplication::translate("ReportActionText", "%n login(s) failed", nullptr, failed));
        return make(entry, text, Result::Done, done());
    }
    return {};
}

} // namespace ReportCredentialActions
