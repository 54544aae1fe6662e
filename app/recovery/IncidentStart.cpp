#include "recovery/IncidentStart.h"

using namespace Qt::StringLiterals;

namespace IncidentStart {

QString entryType()
{
    return u"incident-start"_s;
}

QJsonObject entryData(const QDateTime& start)
{
    return {{u"start"_s, start.toString(Qt::ISODate)}};
}

QDateTime fromEntry(const Journal::Entry& entry)
{
    if (entry.type != entryType())
        return {};
    const QDateTime start = QDateTime::fromString(entry.data.value(u"start"_s).toString(), Qt::ISODate);
    return start.isValid() ? start.toUTC() : QDateTime();
}

QDateTime lastRecorded(const QList<Journal::Entry>& entries)
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QDateTime start = fromEntry(*it);
        if (start.isValid())
            return start;
    }
    return {};
}

} // namespace IncidentStart
