#pragma once

#include "investigate/KeyMatcher.h"

#include <functional>

class MailgunClient;
class QObject;

// Reads what a KeyMatcher needs, read-only: the account's keys (GET /v1/keys) and its webhook
// signing key (GET /v5/accounts/http_signing_key), so that a found secret is compared with
// the signing key here, on this computer (docs/mailgun-behaviour.md point 10). The signing key
// stays in memory inside the matcher. A matcher that checks nothing when the keys cannot be
// read; one without the signing key when only that cannot be read.
namespace KeyMatcherLoader {
void load(MailgunClient& client, const QString& inUseKeyId, const QObject* context,
          std::function<void(const KeyMatcher&)> ready);
} // namespace KeyMatcherLoader
