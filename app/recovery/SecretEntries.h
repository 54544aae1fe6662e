#pragma once

#include "mailgun/Region.h"

#include <QString>

// The names new secrets get in the keychain, one place for every step and front end.
namespace SecretEntries {
// "api-key:<key id>"
QString apiKey(const QString& keyId);
// "smtp:<us|eu>:<login>", login as the API lists it ("postmaster@mg.example.com")
QString smtp(Region region, const QString& login);
} // namespace SecretEntries
