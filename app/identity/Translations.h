#pragma once

#include <QString>

// The translations in use: the program's own (compiled in under ":/i18n") and Qt's, for the
// standard buttons and dialogs (qtbase_<code>.qm from Qt's translations folder). One
// language at a time for the whole process, as QCoreApplication's translators are.
namespace Translations {
// Where the program's compiled translations are.
QString programFolder();
// The language installed last ("en" before any).
QString current();
// Installs the translations of `language` (a code of Languages::shipped()) in place of the
// ones installed before; every widget then receives a QEvent::LanguageChange. The program's
// translations are read from `folder`. English has translations too: its plural forms.
// Returns false, and keeps the source texts, when the program has no translation for it.
bool use(const QString& language, const QString& folder = programFolder());
} // namespace Translations
