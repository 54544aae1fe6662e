#pragma once

#include "investigate/AccountInventory.h"

class Journal;

// Step 1's account review records each subaccount it read ("subaccount-reviewed": id, name,
// status, creation date, and what it holds in plain sentences), so the support report can list
// the subaccounts and what was done about them. Nothing of it is a secret; the names and
// addresses are the account's, made safe to show.
namespace SubaccountJournal {
inline const QString reviewedType = QStringLiteral("subaccount-reviewed");
// False when the journal could not be written.
bool record(Journal* journal, const AccountInventory& inventory);
} // namespace SubaccountJournal
