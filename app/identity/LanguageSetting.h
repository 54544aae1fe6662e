#pragma once

#include <QString>

// The language the admin chose on the wizard's first page, kept in the user's settings (a
// language is not a secret) for the next start. The command line does not read it: it
// follows the system language, as command-line programs do.
namespace LanguageSetting {
// The code saved last, or an empty string when none is saved or it is no longer shipped.
QString saved();
void save(const QString& code);
// What the wizard starts in: the saved choice, else the system's language.
QString forWizardStart();
} // namespace LanguageSetting
