#include "report/ReportCleanupActions.h"

#include "report/ReportActionBasics.h"
#include "report/ReportActionText.h"
#include "report/ReportSecretScrub.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;
using namespace ReportActionBasics;

namespace {

// Each sent type is answered by the done type at the same place.
const QStringList cleanupSentTypes{u"route-delete-sent"_s, u"account-webhook-delete-sent"_s,
                                   u"webhook-delete-sent"_s, u"archive-to-clear-sent"_s};
const QStringList cleanupDoneTypes{u"route-deleted"_s, u"account-webhook-deleted"_s, u"webhook-deleted"_s,
                                   u"archive-to-cleared"_s};

} // namespace

namespace ReportCleanupActions {

using Result = ReportAction::Result;

bool isCleanupType(const QString& type)
{
    return cleanupSentTypes.contains(type) || cleanupDoneTypes.contains(type) ||
           type == u"cleanup-failed"_s || type == u"cleanup-read-back"_s;
}

bool isRemovalSent(const QString& type)
{
    return cleanupSentTypes.contains(type);
}

QString doneTypeOf(const QString& sentType)
{
    const qsizetype index = cleanupSentTypes.indexOf(sentType);
    return index >= 0 ? cleanupDoneTypes.at(index) : QString();
}

QString removedWhat(const Journal::Entry& entry)
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

ReportAction action(const Journal::Entry& entry)
{
    if (entry.type == u"cleanup-read-back"_s) {
        // What Mailgun held when the program read it back after the change (CleanupReadBack).
        const QString expected = field(entry, u"expected"_s);
        const QString found = field(entry, u"found"_s);
        const QString nothing = QCoreApplication::translate("ReportActionText", "nothing");
        //: %1 is what was checked (e.g. a route's forwarding address), %2 the route or webhook, %3 what
        //: the admin asked for and %4 what Mailgun has now ("nothing" when empty).
        const QString text =
            QCoreApplication::translate("ReportActionText",
                                        "Checked %1 (%2) again: you asked for %3; Mailgun now has %4.")
                .arg(field(entry, u"check"_s), field(entry, u"target"_s),
                     expected.isEmpty() ? nothing : expected, found.isEmpty() ? nothing : found);
        if (entry.data.value(u"read"_s).toBool() && !entry.data.value(u"matches"_s).toBool())
            return make(entry, text, Result::Failed,
                        failedBecause(QCoreApplication::translate("ReportActionText",
                                                                  "the change did not take effect")));
        return make(entry, text, entry.data.value(u"read"_s).toBool() ? Result::Done : Result::NoAnswer,
                    done());
    }
    if (entry.type == u"cleanup-failed"_s)
        return make(
            entry,
            QCoreApplication::translate("ReportActionText", "Tried to remove %1.").arg(removedWhat(entry)),
            Result::Failed, failedBecause(field(entry, u"error"_s)));
    return make(entry, QCoreApplication::translate("ReportActionText", "Removed %1.").arg(removedWhat(entry)),
                Result::Done, done());
}

} // namespace ReportCleanupActions
