#include "identity/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

void installTranslations(QCoreApplication* app)
{
    const QLocale locale;
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, u"mailgun-recovery"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace ApplicationIdentity
