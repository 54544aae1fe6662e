#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates and times the way the reader's locale writes them, without seconds: nobody recovering
// an account needs them, and some locales (C among them) put them in their short format.
namespace LocalTimeText {

// The locale's short date-and-time format, its seconds taken out ("d MMM yyyy HH:mm").
QString dateTimeFormat(const QLocale& locale = QLocale());
// `time` in the local time zone, in the locale's short format, without seconds.
QString dateTime(const QDateTime& time, const QLocale& locale = QLocale());
// The clock time of `time` in the local time zone, without seconds ("14:05").
QString clockTime(const QDateTime& time, const QLocale& locale = QLocale());

} // namespace LocalTimeText
