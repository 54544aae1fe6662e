#include "report/ReportSubaccounts.h"

#include "mailgun/api/SubaccountStatusText.h"
#include "recovery/SubaccountDisableController.h"
#include "recovery/SubaccountJournal.h"
#include "report/ReportActionBasics.h"
#include "report/ReportSecretScrub.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ReportActionBasics;

namespace {

QString text(const Journal::Entry& entry, const QString& name)
{
    return ReportSecretScrub::scrub(entry.data.value(name).toString());
}

QString label(const Journal::Entry& entry)
{
    return QCoreApplication::translate("ReportSubaccounts", "\u201c%1\u201d (id %2)")
        .arg(text(entry, u"name"_s), text(entry, u"subaccount_id"_s));
}

// Why disabling failed, from the status the program read back ("missing" is its own word for
// a subaccount Mailgun no longer lists).
QString statusReason(const QString& status)
{
    if (status.isEmpty())
        return {};
    if (status == u"missing"_s)
        return QCoreApplication::translate("ReportSubaccounts", "Mailgun no longer lists it");
    return SubaccountStatusText::word(status);
}

} // namespace

QList<ReportSubaccount> ReportSubaccounts::fromJournal(const QList<Journal::Entry>& entries)
{
    QList<ReportSubaccount> subaccounts;
    const auto find = [&subaccounts](const QString& id) -> ReportSubaccount& {
        for (ReportSubaccount& sub : subaccounts) {
            if (sub.id == id)
                return sub;
        }
        subaccounts.append(ReportSubaccount{});
        subaccounts.last().id = id;
        return subaccounts.last();
    };
    for (const Journal::Entry& entry : entries) {
        if (!isSubaccountType(entry.type))
            continue;
        ReportSubaccount& sub = find(text(entry, u"subaccount_id"_s));
        if (!text(entry, u"name"_s).isEmpty())
            sub.name = text(entry, u"name"_s);
        if (entry.type == SubaccountJournal::reviewedType) {
            sub.status = text(entry, u"status"_s);
            sub.createdAt = QDateTime::fromString(entry.data.value(u"created_at"_s).toString(), Qt::ISODate);
            sub.holdings.clear();
            for (const QJsonValue& sentence : entry.data.value(u"holdings"_s).toArray())
                sub.holdings.append(ReportSecretScrub::scrub(sentence.toString()));
        } else if (entry.type == SubaccountDisableEntry::disabled) {
            sub.outcome = QCoreApplication::translate("ReportSubaccounts", "Disabled by the program on %1.")
                              .arg(SupportReport::formatTime(entry.time));
        } else if (entry.type == SubaccountDisableEntry::failed) {
            sub.outcome =
                QCoreApplication::translate("ReportSubaccounts",
                                            "The program tried to disable it on %1; Mailgun did not "
                                            "confirm it (status: %2).")
                    .arg(SupportReport::formatTime(entry.time), text(entry, u"status"_s).isEmpty()
                                                                    ? text(entry, u"error"_s)
                                                                    : statusReason(text(entry, u"status"_s)));
        } else if (entry.type == SubaccountDisableEntry::sent && sub.outcome.isEmpty()) {
            sub.outcome = QCoreApplication::translate("ReportSubaccounts",
                                                      "The program asked Mailgun to disable it on %1; no "
                                                      "answer was recorded.")
                              .arg(SupportReport::formatTime(entry.time));
        }
    }
    return subaccounts;
}

QString ReportSubaccounts::heading()
{
    return QCoreApplication::translate("ReportSubaccounts", "Subaccounts");
}

QString ReportSubaccounts::describe(const ReportSubaccount& sub)
{
    QString paragraph =
        QCoreApplication::translate("ReportSubaccounts", "\u201c%1\u201d (id %2)").arg(sub.name, sub.id);
    if (sub.createdAt.isValid())
        paragraph += u", "_s + QCoreApplication::translate("ReportSubaccounts", "created %1")
                                   .arg(SupportReport::formatTime(sub.createdAt));
    if (!sub.status.isEmpty())
        paragraph += u", "_s + QCoreApplication::translate("ReportSubaccounts", "status %1")
                                   .arg(SubaccountStatusText::word(sub.status));
    paragraph += u". "_s + sub.holdings.join(u' ');
    paragraph += u' ' + (sub.outcome.isEmpty() ? QCoreApplication::translate("ReportSubaccounts",
                                                                             "The program did not change it.")
                                               : sub.outcome);
    return paragraph.simplified();
}

bool ReportSubaccounts::isSubaccountType(const QString& type)
{
    return type.startsWith(u"subaccount-"_s);
}

ReportAction ReportSubaccounts::action(const Journal::Entry& entry)
{
    if (entry.type == SubaccountJournal::reviewedType)
        return recorded(
            entry, QCoreApplication::translate("ReportSubaccounts", "Reviewed what the subaccount %1 holds.")
                       .arg(label(entry)));
    if (entry.type == SubaccountDisableEntry::sent)
        return started(entry, QCoreApplication::translate("ReportSubaccounts",
                                                          "Asked Mailgun to disable the subaccount %1.")
                                  .arg(label(entry)));
    if (entry.type == SubaccountDisableEntry::disabled)
        return make(
            entry,
            QCoreApplication::translate("ReportSubaccounts", "Disabled the subaccount %1.").arg(label(entry)),
            ReportAction::Result::Done, done());
    if (entry.type == SubaccountDisableEntry::failed)
        return make(entry,
                    QCoreApplication::translate("ReportSubaccounts", "Tried to disable the subaccount %1.")
                        .arg(label(entry)),
                    ReportAction::Result::Failed, failedBecause(statusReason(text(entry, u"status"_s))));
    return {};
}
