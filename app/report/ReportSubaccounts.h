#pragma once

#include "recovery/Journal.h"
#include "report/ReportSubaccount.h"
#include "report/SupportReport.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The report's "Subaccounts" section and the timeline's sentences about them: each subaccount
// step 1 read, what it holds, and whether the program disabled it. From the journal's
// "subaccount-*" entries (SubaccountJournal, SubaccountDisableController).

namespace ReportSubaccounts {
// Every subaccount the journal knows, in the order first reviewed; the last review counts.
QList<ReportSubaccount> fromJournal(const QList<Journal::Entry>& entries);
QString heading();
// One paragraph: name, id, creation, status, what it holds and what was done.
QString describe(const ReportSubaccount& subaccount);

bool isSubaccountType(const QString& type);
ReportAction action(const Journal::Entry& entry);
} // namespace ReportSubaccounts
