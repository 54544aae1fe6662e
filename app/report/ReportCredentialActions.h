#pragma once

#include "recovery/Journal.h"
#include "report/SupportReport.h"

// The report's sentences for the journal entries of step 2 (the private API key, "key-...")
// and step 3 (the SMTP logins, "smtp-..."). An entry type neither knows gives an action
// without text, which ReportActionText then lists with its fields.
namespace ReportCredentialActions {
ReportAction keyAction(const Journal::Entry& entry);
ReportAction smtpAction(const Journal::Entry& entry);
} // namespace ReportCredentialActions
