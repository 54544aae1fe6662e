#pragma once

#include "investigate/GitOrigin.h"

#include <QString>

struct FindingRecord;
struct LeakFinding;

// Wording for a secret found in a repository's history, shared by the wizard's table, the
// command line and the report. The path and the author come from the repository: they are
// shown on one line, with control characters replaced.
namespace GitHistoryText {

// "In the history of /srv/site: .env, commit 1a2b3c4 of 2 Dec 2026 (deleted since)".
QString where(const GitOrigin& origin);
// The same for a recorded finding (the journal keeps the repository, the commit, its date and
// what became of the file; `location` is the repository followed by the path in the commit).
QString where(const FindingRecord& record);
// "2 Dec 2026", in the author's time zone: the day the author saw.
QString date(const QDateTime& date);
// Who added it and when, that deleting the file or the line does not remove it, and what to
// replace.
QString advice(const LeakFinding& finding);

} // namespace GitHistoryText
