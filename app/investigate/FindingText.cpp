#include "investigate/FindingText.h"

#include "mailgun/api/KeyInfo.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

QString FindingText::age(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return QCoreApplication::translate("AccountReview", "at an unknown time");
    const qint64 seconds = qMax<qint64>(0, then.secsTo(now));
    const int hours = int(seconds / 3600);
    if (hours < 1)
        return QCoreApplication::translate("AccountReview", "less than an hour ago");
    if (hours < 72)
        return QCoreApplication::translate("AccountReview", "%n hour(s) ago", nullptr, hours);
    const int days = hours / 24;
    if (days < 60)
        return QCoreApplication::translate("AccountReview", "%n day(s) ago", nullptr, days);
    return QCoreApplication::translate("AccountReview", "on %1").arg(date(then));
}

QString FindingText::dateTime(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString FindingText::date(const QDateTime& at)
{
    return at.toUTC().date().toString(Qt::ISODate);
}

QString FindingText::key(const KeyInfo& key, const QDateTime& now)
{
    // The requestor and user name are whatever the key's maker wrote, or nothing
    // (docs/mailgun-behaviour.md, point 5): a claim, never "by".
    const QString name = key.description.isEmpty() ? key.id : key.description;
    const QString creator =
        key.userName.trimmed().isEmpty() ? key.requestor.trimmed() : key.userName.trimmed();
    if (creator.isEmpty())
        return QCoreApplication::translate("AccountReview",
                                           "the key \u201c%1\u201d created %2 (no creator recorded)")
            .arg(name, age(key.createdAt, now));
    return QCoreApplication::translate("AccountReview",
                                       "the key \u201c%1\u201d created %2 (creator recorded as %3)")
        .arg(name, age(key.createdAt, now), creator);
}

QString FindingText::count(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions({}); // the C locale leaves out the separators by default
    return locale.toString(value);
}
