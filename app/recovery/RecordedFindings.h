#pragma once

#include "investigate/FindingRecord.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class Journal;

// The findings of step 1 as the journal keeps them ("finding" entries), so that the report
// of step 6 lists them and step 2 proposes deleting the keys they name, after a restart too.
namespace RecordedFindings {

// Appends the findings not yet in the journal (by FindingRecord::identity()) and returns how
// many were new. False in `ok` when the journal could not be written.
int record(Journal* journal, const QList<FindingRecord>& findings, bool* ok = nullptr);

// Every finding recorded in this journal, oldest first.
QList<FindingRecord> all(const Journal* journal);

// Keys the findings name, with why: found in a file or on the website ("leaked"), or
// flagged by the account review ("suspicious"). Step 2 selects them for deletion.
struct FlaggedKey
{
    bool leaked = false;     // the key itself was found in a file or on a web page
    bool suspicious = false; // the account review found it (created recently, unknown requestor, ...)
    QString where;           // the first file or address it was found in
};
QHash<QString, FlaggedKey> flaggedKeys(const Journal* journal);

} // namespace RecordedFindings
