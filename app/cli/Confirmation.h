#pragma once

#include <QString>

// Asks before a subcommand changes the account. With --yes nothing is asked; without a
// terminal to ask on, the answer is no, so a script never changes anything by accident.
namespace Confirmation {
// Prints `question` on stderr and reads "yes" (or the translated word) from the terminal.
bool ask(const QString& question, bool assumeYes);

// The word the user types to go ahead, in the user's language ("yes", "oui", "sí").
QString yesWord();

// Whether `typed` means yes: the translated word, the English "yes" or "y", in any case,
// with or without accents ("si" for "sí"), surrounding spaces ignored.
bool isYes(const QString& typed);
} // namespace Confirmation
