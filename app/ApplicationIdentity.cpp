#include "ApplicationIdentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ApplicationIdentity {

QString name()
{
    return u"Mailgun Recovery Assistant"_s;
}

QString desktopId()
{
    return QStringLiteral(MRA_APP_ID);
}

void apply()
{
    QCoreApplication::setApplicationName(name());
    QCoreApplication::setApplicationVersion(QStringLiteral(MRA_VERSION));
}

} // namespace ApplicationIdentity
