#pragma once

#include "recovery/Journal.h"
#include "report/SupportReport.h"

#include <QJsonValue>
#include <QString>

// What every sentence of the report's list of actions is made of: an entry's fields as text
// (secrets hidden), the words for how it ended, and the action itself. The words keep the
// translation context "ReportActionText".
namespace ReportActionBasics {
// A field of the entry as text, scrubbed of anything that looks like a secret.
QString field(const Journal::Entry& entry, const QString& name);
// A count that newer entries may give as a number and older ones as a list.
int countOf(const QJsonValue& value);
// "Done"; "Failed" or "Failed (reason)".
QString done();
QString failedBecause(const QString& reason);
// "postmaster@mg.example.com on mg.example.com (US)"
QString smtpLogin(const Journal::Entry& entry);

ReportAction make(const Journal::Entry& entry, const QString& text, ReportAction::Result result,
                  const QString& resultText);
ReportAction recorded(const Journal::Entry& entry, const QString& text);
ReportAction started(const Journal::Entry& entry, const QString& text);
} // namespace ReportActionBasics
