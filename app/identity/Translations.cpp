#include "identity/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

namespace {

struct Installed
{
    QString language = u"en"_s;
    QPointer<QTranslator> program;
    QPointer<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

// Removes what `slot` holds and installs `fileName` from `folder` instead, if it loads.
bool replace(QPointer<QTranslator>& slot, const QString& fileName, const QString& folder)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    slot = translator;
    return true;
}

} // namespace

QString programFolder()
{
    return u":/i18n"_s;
}

QString current()
{
    return installed().language;
}

bool use(const QString& language, const QString& folder)
{
    Installed& state = installed();
    // Qt's own texts first: a translator installed later is asked first, and the program's
    // words win where both translate the same text.
    replace(state.qt, u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const bool loaded = replace(state.program, u"mailgun-recovery_"_s + language, folder);
    state.language = language;
    return loaded;
}

} // namespace Translations
