#include "mailgun/Region.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString regionId(Region region)
{
    return region == Region::Eu ? u"eu"_s : u"us"_s;
}

bool regionFromId(const QString& id, Region* region)
{
    const QString lower = id.trimmed().toLower();
    if (lower == u"us"_s) {
        *region = Region::Us;
        return true;
    }
    if (lower == u"eu"_s) {
        *region = Region::Eu;
        return true;
    }
    return false;
}

QString regionDisplayName(Region region)
{
    //: One of Mailgun's two regions (data centres); keep the code EU in brackets, as in the Control Panel.
    return region == Region::Eu ? QCoreApplication::translate("Region", "European Union (EU)")
                                //: One of Mailgun's two regions (data centres); keep the code US in brackets.
                                : QCoreApplication::translate("Region", "United States (US)");
}

QString smtpHost(Region region)
{
    return region == Region::Eu ? u"smtp.eu.mailgun.org"_s : u"smtp.mailgun.org"_s;
}
