#pragma once

#include <QJsonValue>
#include <QString>

// Text the account returned (names, logins, descriptions, URLs) may have been written by an
// attacker. Before a person sees it, characters that act instead of showing are replaced by
// U+FFFD, so the admin sees that something was there: control characters (NUL, escape
// sequences, carriage returns, C1 controls), bidirectional overrides and isolates, and other
// invisible format characters that could disguise text. Ordinary letters of every script
// ("Zoë 山田") stay as they are, and so do the joiners that some scripts and emoji need.
// Credentials in URLs (user:pass@, tokens, keys, signatures in the query) are masked.
namespace UntrustedText {
inline constexpr char16_t replacement = u'\uFFFD';
inline const QString masked = QStringLiteral("***");

// True for a code point that must never reach a terminal or a label as it is.
bool isUnsafe(char32_t c);

// Text of several lines (a whole message, a report): every unsafe character except line
// feed and tab replaced.
QString printable(const QString& text);
// One value from the account, shown inside a sentence: line feeds and tabs replaced too, so
// a value cannot forge a line of its own.
QString oneLine(const QString& text);

// Every URL in `text` (also inside a sentence or a route action, also when it is not a
// well-formed URL) with its user name and password and the values of query and fragment
// parameters named like a secret (token, key, secret, sig, password, auth, ...) replaced by
// "***". Text without such a URL comes back unchanged.
QString maskUrlCredentials(const QString& text);
// The same for every string in a JSON value (arrays and objects too).
QJsonValue maskUrlCredentials(const QJsonValue& value);

// One value from the account as a person may see it: oneLine(maskUrlCredentials(text)).
QString forDisplay(const QString& text);

// Serialized JSON with every unsafe character written as a \u escape: the same JSON value,
// but nothing a terminal would act on. (The serializer escapes only C0 controls.)
QString jsonEscaped(const QString& json);
} // namespace UntrustedText
