#pragma once

#include "investigate/KeyMatcher.h"

#include <functional>

class QObject;
class RecoverySession;

// The folder scan and the website probe tell "the key you are using" from "another key of
// this account" from "not a key of this account" with the account's key ids. When the API
// can be used they are read first; otherwise (or when the list cannot be read) `ready` gets
// a matcher that checks nothing, and the scan still runs. `ready` is called in `context`.
void loadAccountKeyMatcher(RecoverySession* session, QObject* context,
                           std::function<void(const KeyMatcher&)> ready);
