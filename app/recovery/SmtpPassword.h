#pragma once

#include "secrets/Secret.h"

// New SMTP passwords: 32 characters (Mailgun's maximum) drawn from the operating system's
// cryptographic generator. Letters and digits only, about 190 bits, so that the password
// survives being pasted into any configuration file without quoting or escaping.
namespace SmtpPassword {
constexpr int length = 32;
Secret generate();
} // namespace SmtpPassword
