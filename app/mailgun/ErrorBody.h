#pragma once

#include <QByteArray>
#include <QString>

// What an error answer from Mailgun says. Mailgun sends plain text ("Forbidden", as
// text/plain or text/html), JSON with one of several fields, or an HTML page from a proxy,
// and its Content-Type is not reliable (docs/mailgun-behaviour.md, point 9). So the body is
// read as JSON whatever the header says, and as text otherwise. Nothing here is ever raw
// JSON or markup: a body the program cannot turn into a short plain sentence gives no
// message, and the caller says what happened in its own words.
struct ErrorBody
{
    // Mailgun's own words, one short plain line, safe to show (UntrustedText::forDisplay);
    // empty when the body has none that can be shown.
    QString message;
    // {"Field": x}: the name of the field Mailgun rejected, safe to show; empty otherwise.
    QString rejectedField;
    // Every word of the body as plain text, not shortened: where a wait such as "try again
    // after 120 seconds" is looked for. Never shown as it is.
    QString fullText;

    static ErrorBody parse(const QByteArray& body);
};
