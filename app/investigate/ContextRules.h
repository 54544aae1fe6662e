#pragma once

#include "investigate/LeakFinding.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// The rules that need the words around a value, run only on a window of text around a
// "mailgun" mention the literal prefilter found: Symfony mailer DSNs (URL-decoded), SMTP
// passwords next to smtp.mailgun.org or in a Mailgun setting, PHP-serialized options in SQL
// dumps, base64-wrapped keys and passwords (Post SMTP), SMTP AUTH PLAIN / AUTH LOGIN
// transcripts in debug logs, and print_r / var_dump of settings next to the SMTP host.
namespace ContextRules {

struct Match
{
    qsizetype offset = 0; // where the value starts in the window
    LeakFinding::Kind kind = LeakFinding::Kind::ApiKey;
    LeakFinding::Source source = LeakFinding::Source::Plain;
    LeakFinding::Confidence confidence = LeakFinding::Confidence::High;
    Secret value; // decoded
};

// `window` is raw file bytes; offsets in the result are byte offsets into it.
QList<Match> scan(QByteArrayView window);

// The credential kind of a complete decoded value shaped like a Mailgun key, if it is one and
// not a placeholder.
bool keyKindOf(const QString& value, LeakFinding::Kind* kind);

} // namespace ContextRules
