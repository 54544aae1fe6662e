#pragma once

#include "recovery/UserStatus.h"

#include <QList>

class RecoverySession;

// Turns a verified list of users into ticks on steps 4 and 5. What the API proves is ticked
// for the admin: every user changed their password after the incident start (step 4's
// password items), every user has two-factor sign-in active (both items of step 5). Whether
// someone should lose access ("users-reviewed") only the admin can say, so it stays theirs.
// Nothing is ever unticked: a tick the admin made by hand is their word.
namespace UserStepCompletion {

// The items of step 4 that a refresh can confirm.
const QStringList& verifiedPasswordItems();
// The items of step 5 that a refresh can confirm.
const QStringList& verifiedTwoFactorItems();

// Confirms what `users` prove. Returns the number of items newly confirmed.
int apply(RecoverySession* session, const QList<UserStatus>& users);

} // namespace UserStepCompletion
