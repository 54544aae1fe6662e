#pragma once

#include "secrets/SecretStore.h"

#include <qt6keychain/keychain.h>

// How QtKeychain's errors read as SecretStore answers. Its libsecret backend reports a
// missing Secret Service daemon as OtherError, not NoBackendAvailable, so both mean
// "no keychain" here.
SecretStore::Status statusForKeychainError(QKeychain::Error error);
