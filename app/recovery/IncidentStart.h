#pragma once

#include "recovery/Journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// When the compromise began, as the journal's "incident-start" entries record it. The
// session writes them; the session, the resume summary and the command line read the last
// one back here.
namespace IncidentStart {

QString entryType();
QJsonObject entryData(const QDateTime& start);
// The date of an "incident-start" entry, in UTC; invalid for other entries or a bad date.
QDateTime fromEntry(const Journal::Entry& entry);
// The last valid date recorded in `entries`; invalid when there is none.
QDateTime lastRecorded(const QList<Journal::Entry>& entries);

} // namespace IncidentStart
