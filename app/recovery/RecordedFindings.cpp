#include "recovery/RecordedFindings.h"

#include "recovery/Journal.h"

using namespace Qt::StringLiterals;

namespace {

const QString findingType = u"finding"_s;

} // namespace

namespace RecordedFindings {

int record(Journal* journal, const QList<FindingRecord>& findings, bool* ok)
{
    if (ok)
        *ok = true;
    QSet<QString> known;
    for (const FindingRecord& finding : all(journal))
        known.insert(finding.identity());
    int added = 0;
    for (const FindingRecord& finding : findings) {
        if (known.contains(finding.identity()))
            continue;
        QJsonObject data = finding.toJson();
        if (!journal->append(findingType, data)) {
            if (ok)
                *ok = false;
            return added;
        }
        known.insert(finding.identity());
        ++added;
    }
    return added;
}

QList<FindingRecord> all(const Journal* journal)
{
    QList<FindingRecord> findings;
    for (const Journal::Entry& entry : journal->entries()) {
        if (entry.type == findingType)
            findings.append(FindingRecord::fromJson(entry.data));
    }
    return findings;
}

QHash<QString, FlaggedKey> flaggedKeys(const Journal* journal)
{
    QHash<QString, FlaggedKey> keys;
    for (const FindingRecord& finding : all(journal)) {
        if (finding.keyId.isEmpty())
            continue;
        FlaggedKey& key = keys[finding.keyId];
        if (finding.source == u"account"_s) {
            key.suspicious = true;
        } else {
            if (!key.leaked)
                key.where = finding.location;
            key.leaked = true;
        }
    }
    return keys;
}

} // namespace RecordedFindings
