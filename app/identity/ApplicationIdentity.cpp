#include "identity/ApplicationIdentity.h"

#include "identity/Languages.h"
#include "identity/Translations.h"

#include <QCoreApplication>
#include <QLocale>

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

void installTranslations()
{
    Translations::use(Languages::bestFor(QLocale::system()));
}

} // namespace ApplicationIdentity
