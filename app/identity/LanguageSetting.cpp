#include "identity/LanguageSetting.h"

#include "identity/ApplicationIdentity.h"
#include "identity/Languages.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace LanguageSetting {

namespace {

const QString key = u"language"_s;

// The user's own settings of the program: on Linux ~/.config/<name>/settings.conf, on
// Windows the registry under HKEY_CURRENT_USER\Software\<name>\settings. No organization name
// is set on the application, because that would move the journal (AppDataLocation).
QSettings openSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, ApplicationIdentity::name(),
                     u"settings"_s);
}

} // namespace

QString saved()
{
    const QString code = openSettings().value(key).toString();
    return Languages::isShipped(code) ? code : QString();
}

void save(const QString& code)
{
    QSettings settings = openSettings();
    settings.setValue(key, code);
    settings.sync();
}

QString forWizardStart()
{
    const QString code = saved();
    return code.isEmpty() ? Languages::bestFor(QLocale::system()) : code;
}

} // namespace LanguageSetting
