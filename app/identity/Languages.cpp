#include "identity/Languages.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Languages {

const QList<Language>& shipped()
{
    // Not translated on purpose: each name is written in the language it names.
    static const QList<Language> languages{
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
        {u"es"_s, u"Español"_s},
        {u"pt_BR"_s, u"Português (Brasil)"_s},
        {u"it"_s, u"Italiano"_s},
    };
    return languages;
}

bool isShipped(const QString& code)
{
    for (const Language& language : shipped()) {
        if (language.code == code)
            return true;
    }
    return false;
}

namespace {

QString languagePart(const QString& code)
{
    return code.section(u'_', 0, 0);
}

} // namespace

QString bestFor(const QLocale& locale)
{
    QStringList wanted;
    for (const QString& name : locale.uiLanguages())
        wanted.append(QString(name).replace(u'-', u'_'));
    for (const QString& code : std::as_const(wanted)) {
        if (isShipped(code))
            return code;
    }
    for (const QString& code : std::as_const(wanted)) {
        for (const Language& language : shipped()) {
            if (languagePart(language.code) == languagePart(code))
                return language.code;
        }
    }
    return u"en"_s;
}

} // namespace Languages
