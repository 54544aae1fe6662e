#include "mailgun/api/ApiPath.h"

#include <QUrl>

QString encodedPathSegment(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
