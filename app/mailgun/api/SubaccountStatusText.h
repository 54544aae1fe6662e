#pragma once

#include <QString>

// A subaccount's status as a word for a translated sentence: Mailgun's "open", "disabled"
// and "closed" become translated words; any other value is shown as it is, in quotes, made
// safe to display (it comes from the account).
namespace SubaccountStatusText {
QString word(const QString& status);
} // namespace SubaccountStatusText
