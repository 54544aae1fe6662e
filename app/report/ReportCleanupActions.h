#pragma once

#include "recovery/Journal.h"
#include "report/SupportReport.h"

#include <QString>

// The report's sentences for step 1's removals of what copied mail out: routes, account and
// domain webhooks, archive addresses. Each entry holds what was removed.
namespace ReportCleanupActions {
// Every entry type of a removal: sent, done or failed.
bool isCleanupType(const QString& type);
// "route-delete-sent" and the like: a removal was asked for.
bool isRemovalSent(const QString& type);
// The entry type that records the success of a removal asked for with `sentType`
// ("route-delete-sent" -> "route-deleted"); empty for any other type.
QString doneTypeOf(const QString& sentType);
// "the route 1234 of the US region, which matched ... and did: ..."
QString removedWhat(const Journal::Entry& entry);
// The action of a done or failed removal.
ReportAction action(const Journal::Entry& entry);
} // namespace ReportCleanupActions
