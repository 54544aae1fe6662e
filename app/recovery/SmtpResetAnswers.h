#pragma once

#include "mailgun/ApiError.h"
#include "secrets/SecretStore.h"

// What an answer from Mailgun or from the keychain means for the rest of step 3's run:
// whether the change may have been made after all, whether every further request would get
// the same refusal, whether an earlier try already set the password.
namespace SmtpResetAnswers {
// An answer that never arrived: Mailgun may or may not have applied the change.
bool isAmbiguous(const ApiError& error);
// The keychain itself is missing or locked: every further login would fail the same way.
bool keychainIsDown(SecretStore::Status status);
// An answer that holds for every further request of the run: the key, the account or this
// computer is refused, so going on would only repeat it hundreds of times.
bool refusesEverything(const ApiError& error);
// Mailgun refuses a password equal to the current one. Ours are 32 random characters, so
// this answer to a repeated request means an earlier try, whose answer was lost, set it.
bool isAlreadySet(const ApiError& error);
} // namespace SmtpResetAnswers
