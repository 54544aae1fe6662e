#include "practice/PracticeDates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString englishDayAndTime(const QDateTime& at)
{
    return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s);
}

} // namespace

QString PracticeDates::isoNoZone(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString PracticeDates::isoMicros(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000"_s;
}

QString PracticeDates::rfc2822(const QDateTime& at)
{
    return englishDayAndTime(at) + u" +0000"_s;
}

QString PracticeDates::rfc1123(const QDateTime& at)
{
    return englishDayAndTime(at) + u" GMT"_s;
}

QString PracticeDates::statsTime(const QDateTime& at)
{
    return englishDayAndTime(at) + u" UTC"_s;
}

QString PracticeDates::rfc3339(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime PracticeDates::parseRequestDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const double epoch = trimmed.toDouble(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(qint64(epoch * 1000), Qt::UTC);
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!parsed.isValid()) {
        // "... GMT" / "... UTC" are common in clients that reuse HTTP-date formatting.
        QString normalised = trimmed;
        if (normalised.endsWith(u" GMT"_s) || normalised.endsWith(u" UTC"_s))
            normalised = normalised.left(normalised.size() - 4) + u" +0000"_s;
        parsed = QDateTime::fromString(normalised, Qt::RFC2822Date);
    }
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}
