#include "report/ReportKeyRetest.h"

#include "report/ReportActionBasics.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;
using namespace ReportActionBasics;

namespace ReportKeyRetest {

bool isRetestType(const QString& type)
{
    return type == u"key-retested"_s;
}

ReportAction action(const Journal::Entry& entry)
{
    const QString id = field(entry, u"id"_s);
    const QString outcome = field(entry, u"outcome"_s);
    const QString status = field(entry, u"status"_s);
    if (outcome == u"refused"_s)
        return make(entry,
                    QCoreApplication::translate(
                        "ReportActionText", "Tried the deleted key %1 once more with a harmless read, right "
                                            "after the new key passed the same read: Mailgun refused it "
                                            "(HTTP %2).")
                        .arg(id, status),
                    ReportAction::Result::Done, done());
    if (outcome == u"still-works"_s)
        return make(entry,
                    QCoreApplication::translate(
                        "ReportActionText", "Tried the old key %1 once more with a harmless read: it STILL "
                                            "WORKS (HTTP %2).")
                        .arg(id, status),
                    ReportAction::Result::Failed,
                    failedBecause(QCoreApplication::translate("ReportActionText", "the key still works")));
    if (outcome == u"not-testable"_s)
        return recorded(entry, QCoreApplication::translate(
                                   "ReportActionText", "The sending key %1 was deleted from the key list. "
                                                       "A sending key cannot be tested without sending.")
                                   .arg(id));
    return make(
        entry,
        QCoreApplication::translate("ReportActionText", "Tried to test the old key %1 once more.").arg(id),
        ReportAction::Result::Failed,
        failedBecause(
            field(entry, u"reason"_s) == u"no-positive-control"_s
                ? QCoreApplication::translate("ReportActionText",
                                              "could not be checked: the new key did not get through either")
                : QCoreApplication::translate("ReportActionText", "could not be checked")));
}

QStringList stillWorking(const QList<Journal::Entry>& entries)
{
    QMap<QString, Journal::Entry> last; // key id -> its last test
    QStringList order;
    for (const Journal::Entry& entry : entries) {
        if (!isRetestType(entry.type))
            continue;
        const QString id = field(entry, u"id"_s);
        if (!last.contains(id))
            order.append(id);
        last.insert(id, entry);
    }
    QStringList sentences;
    for (const QString& id : std::as_const(order)) {
        const Journal::Entry& entry = last.value(id);
        if (field(entry, u"outcome"_s) != u"still-works"_s)
            continue;
        sentences.append(QCoreApplication::translate(
                             "SupportReport", "The old API key %1 STILL WORKS: Mailgun accepted it at %2. "
                                              "Delete it in the Control Panel now.")
                             .arg(id, SupportReport::formatTime(entry.time)));
    }
    return sentences;
}

} // namespace ReportKeyRetest
