#pragma once

#include "mailgun/ApiError.h"
#include "recovery/KeyRotationProgress.h"

#include <QSet>
#include <QString>

#include <functional>

class MailgunClient;
class QObject;

// Whether the key the program runs with belongs to the account that an interrupted key
// replacement in the journal was working on, before anything of it is continued.
//
// Mailgun has no account id that every key can read (GET /v5/users/me needs a key tied to a
// user, and /v5/accounts has no GET), so the journal is tied to the account by its key ids:
// the ids the account listed when the replacement started, the new key's id and the ids it
// was to delete. A key id is the random tail of one key's secret, so two accounts never share
// one. The account is the same when the key in use is one of those keys (it may already be
// deleted: a restarted program may only know the old key), or when GET /v1/keys with it
// lists one of them. When the list cannot be read, nobody can tell: the caller changes
// nothing and says so.
namespace KeyRotationAccountCheck {

enum class Outcome
{
    SameAccount,
    OtherAccount,
    CannotTell, // the keys could not be listed: `error` says why
};

// The key ids the journal ties to the account of the rotation in `progress`.
QSet<QString> knownIds(const KeyRotationProgress& progress);

// Answers through `done`, at once when the key's own id decides it, else after one
// read-only request. `context` ends the request if it is destroyed.
void run(MailgunClient* client, const KeyRotationProgress& progress, const QObject* context,
         std::function<void(Outcome outcome, const ApiError& error)> done);

} // namespace KeyRotationAccountCheck
