#pragma once

#include "recovery/Journal.h"
#include "report/SupportReport.h"

// One plain sentence per journal entry, for the report's list of actions. Every entry type
// the program writes has its own sentence; a type this version does not know is still listed,
// with its fields (never one whose name says it holds a secret), so nothing vanishes from
// the report when a newer version wrote the journal.
namespace ReportActionText {
// The action one entry stands for. Pairs such as "key-delete-sent" then "key-deleted" are
// folded by the report: this describes the answer alone.
ReportAction action(const Journal::Entry& entry);
// A request that was sent and whose answer was never recorded.
ReportAction unanswered(const Journal::Entry& sent);
// The entry types that announce a request; answeredBy() tells whether `later` is its answer.
bool isRequestSent(const QString& type);
bool answeredBy(const Journal::Entry& sent, const Journal::Entry& later);
// The step an entry type belongs to, if any.
std::optional<RecoveryStep> stepOf(const Journal::Entry& entry);
// "US" or "EU" for "us" / "eu"; anything else as it is.
QString regionText(const QString& region);
} // namespace ReportActionText
