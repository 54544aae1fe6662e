#pragma once

#include <QString>

// Who the program is to the system. One place, because the application name decides where
// the journal lives (AppDataLocation): the wizard and the command line must agree on it.
namespace ApplicationIdentity {
// "Mailgun Recovery Assistant": application name, keychain service, data folder.
QString name();
// Reverse-DNS id of the desktop entry, the metainfo and the icon.
QString desktopId();
// Sets name and version on the running QCoreApplication.
void apply();
// Installs the program's and Qt's translations for the system language (LANG, LC_*,
// LANGUAGE), or English when the program does not speak it. The command line's choice; the
// wizard starts in the language the admin chose (LanguageSetting).
void installTranslations();
} // namespace ApplicationIdentity
