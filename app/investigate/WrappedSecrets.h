#pragma once

#include "investigate/LeakFinding.h"

#include <QByteArrayView>
#include <QString>

// Byte checks for key bodies and for keys wrapped in an HTTP Basic header, used by the folder
// scan on the bulk of the bytes (no regular expression).
namespace WrappedSecrets {

// The 32 characters after "key-" or "pubkey-": lower-case letters and digits, or hex digits
// in any case. Sources are written beside the shapes in app/mailgun/KeyFormat.cpp.
bool isKeyBody(const char* data);

// At `at` starts "YXBpO" (any case, as the prefilter found it). True when a base64 run starts
// there that decodes to "api:" followed by a Mailgun key that is not a placeholder: the value
// of `Authorization: Basic ...` that Mailgun's API takes (user "api", password the key).
bool basicAuthKeyAt(QByteArrayView bytes, qsizetype at, QString* value, LeakFinding::Kind* kind);

} // namespace WrappedSecrets
