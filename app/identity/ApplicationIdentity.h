#pragma once

#include <QString>

class QCoreApplication;

// Who the program is to the system. One place, because the application name decides where
// the journal lives (AppDataLocation): the wizard and the command line must agree on it.
namespace ApplicationIdentity {
// "Mailgun Recovery Assistant": application name, keychain service, data folder.
QString name();
// Reverse-DNS id of the desktop entry, the metainfo and the icon.
QString desktopId();
// Sets name and version on the running QCoreApplication.
void apply();
// Loads the program's and Qt's translations for the system language, owned by `app`. The
// program's are compiled into the binary under ":/i18n".
void installTranslations(QCoreApplication* app);
} // namespace ApplicationIdentity
