#include "LocalTimeText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// "HH:mm:ss" -> "HH:mm", "H.mm.ss" -> "H.mm", "h:mm:ss AP" -> "h:mm AP". Quoted literal text
// ('s' in a word) is left alone, since a format's letters there are not fields.
QString withoutSeconds(const QString& format)
{
    static const QRegularExpression seconds(u"[:.]ss?(?=[^']*(?:'[^']*'[^']*)*$)"_s);
    QString result = format;
    result.remove(seconds);
    return result;
}

} // namespace

namespace LocalTimeText {

QString dateTimeFormat(const QLocale& locale)
{
    return withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString dateTime(const QDateTime& time, const QLocale& locale)
{
    return locale.toString(time.toLocalTime(), dateTimeFormat(locale));
}

QString clockTime(const QDateTime& time, const QLocale& locale)
{
    return locale.toString(time.toLocalTime().time(),
                           withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

} // namespace LocalTimeText
