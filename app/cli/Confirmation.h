#pragma once

#include <QString>

// Asks before a subcommand changes the account. With --yes nothing is asked; without a
// terminal to ask on, the answer is no, so a script never changes anything by accident.
namespace Confirmation {
// Prints `question` on stderr and reads "yes" (or the translated word) from the terminal.
bool ask(const QString& question, bool assumeYes);
} // namespace Confirmation
