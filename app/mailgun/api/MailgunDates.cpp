#include "mailgun/api/MailgunDates.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Mailgun sends microseconds; QDateTime keeps milliseconds, so extra digits are cut.
int millisecondsFromFraction(const QString& fraction)
{
    if (fraction.isEmpty())
        return 0;
    return fraction.left(3).leftJustified(3, u'0').toInt();
}

QDateTime utcDateTime(int year, int month, int day, int hour, int minute, int second, int ms,
                      int offsetSeconds)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

// "+0100" / "-06:00" / "+00:00" to seconds east of UTC; false when out of range.
bool numericOffset(const QString& zone, int* seconds)
{
    QString digits = zone.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.mid(2, 2).toInt();
    if (hours > 23 || minutes > 59)
        return false;
    *seconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    return true;
}

// The zone names RFC 2822 §4.3 keeps for old mail, plus "UTC", which Mailgun's stats use.
bool namedOffset(const QString& zone, int* seconds)
{
    struct Named
    {
        QLatin1StringView name;
        int hours;
    };
    static constexpr Named names[] = {
        {"UT"_L1, 0},   {"GMT"_L1, 0},  {"UTC"_L1, 0},  {"Z"_L1, 0},    {"EST"_L1, -5}, {"EDT"_L1, -4},
        {"CST"_L1, -6}, {"CDT"_L1, -5}, {"MST"_L1, -7}, {"MDT"_L1, -6}, {"PST"_L1, -8}, {"PDT"_L1, -7},
    };
    for (const Named& named : names) {
        if (zone.compare(named.name, Qt::CaseInsensitive) == 0) {
            *seconds = named.hours * 3600;
            return true;
        }
    }
    return false;
}

QDateTime parseIso(const QString& text, bool zoneRequired)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:\d{2})?$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QString zone = match.captured(8);
    if (zone.isEmpty() && zoneRequired)
        return {};
    int offset = 0;
    if (zone.size() > 1 && !numericOffset(zone, &offset))
        return {};
    return utcDateTime(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(),
                       match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                       millisecondsFromFraction(match.captured(7)), offset);
}

} // namespace

QDateTime MailgunDates::fromIsoUtc(const QString& text)
{
    // The spec says these carry no zone and mean UTC; a zone, should one ever appear, is
    // honoured rather than ignored.
    return parseIso(text.trimmed(), false);
}

QDateTime MailgunDates::fromRfc3339(const QString& text)
{
    return parseIso(text.trimmed(), true);
}

QDateTime MailgunDates::fromRfc2822(const QString& text)
{
    static const QRegularExpression pattern(
        uR"(^\s*(?:([A-Za-z]{3}),\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|[A-Za-z]{1,3})\s*$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};

    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const int month = int(months.indexOf(match.captured(3).toLower())) + 1;
    if (month == 0)
        return {};

    int offset = 0;
    const QString zone = match.captured(8);
    if (zone.startsWith(u'+') || zone.startsWith(u'-') ? !numericOffset(zone, &offset)
                                                       : !namedOffset(zone, &offset))
        return {};

    const QDateTime result =
        utcDateTime(match.captured(4).toInt(), month, match.captured(2).toInt(), match.captured(5).toInt(),
                    match.captured(6).toInt(), match.captured(7).toInt(), 0, offset);
    if (!result.isValid())
        return {};

    // The weekday is redundant and even the spec's own examples get it wrong ("Fri, 01 Apr
    // 2012" was a Sunday), so it only has to be a day name; the date decides.
    const QString weekday = match.captured(1);
    static const QStringList days{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    if (!weekday.isEmpty() && !days.contains(weekday.toLower()))
        return {};
    return result;
}

QDateTime MailgunDates::parse(const QString& text, Format format)
{
    switch (format) {
    case Format::IsoUtc:
        return fromIsoUtc(text);
    case Format::Rfc2822:
        return fromRfc2822(text);
    case Format::Rfc3339:
        return fromRfc3339(text);
    }
    return {};
}

QDateTime MailgunDates::parse(const QJsonValue& value, Format format)
{
    if (!value.isString())
        return {};
    return parse(value.toString(), format);
}

QString MailgunDates::toRfc2822(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale::c().toString(dateTime.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s) + u" +0000"_s;
}

QJsonValue MailgunDates::toJson(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}
