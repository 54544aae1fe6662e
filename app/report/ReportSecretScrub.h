#pragma once

#include <QJsonValue>
#include <QString>

// The last line of defence between the journal and a report. The journal never holds a
// secret, but if a key ever slipped into a free-text field (an error message, a finding's
// advice), the report shows it masked like every other secret: first 4 and last 4
// characters. It recognises Mailgun's key shapes: 32hex-8hex-8hex, key-32hex, pubkey-32hex.
// Credentials in URLs (user:pass@, tokens in the query) are masked too, and control and bidi
// characters that the account may have written are replaced (UntrustedText), also in a
// journal written before the program masked them.
namespace ReportSecretScrub {
QString scrub(const QString& text);
// True when the text holds something shaped like a Mailgun key.
bool containsKeyShape(const QString& text);
// A journal value as text, scrubbed: strings as they are, numbers and booleans written out,
// arrays joined with ", ", objects as "name: value" pairs.
QString valueText(const QJsonValue& value);
// True for field names that could only hold a secret ("secret", "password", "api_key", ...):
// their values are never shown, whatever they contain.
bool isSecretFieldName(const QString& name);
} // namespace ReportSecretScrub
