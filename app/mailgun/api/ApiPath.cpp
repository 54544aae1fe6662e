#include "mailgun/api/ApiPath.h"

#include <QUrl>

using namespace Qt::StringLiterals;

QString encodedPathSegment(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString domainAreaPath(const QString& domain, const QString& area)
{
    return u"/v3/domains/"_s + encodedPathSegment(domain) + u'/' + area;
}

QString domainItemPath(const QString& domain, const QString& area, const QString& item)
{
    return domainAreaPath(domain, area) + u'/' + encodedPathSegment(item);
}
