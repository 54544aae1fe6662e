#pragma once

#include <QString>

// What a pasted text looks like, checked as the user types, before anything is sent.
struct KeyFormat
{
    enum class Shape
    {
        Empty,
        Current,       // 32 hex - 8 hex - 8 hex: a private API key (or a webhook signing key)
        Legacy,        // key- + 32 lower-case letters and digits: an older private API key
        PublicKey,     // pubkey- + 32 letters and digits: the public validation key, not usable here
        HasWhitespace, // spaces or line breaks inside: probably copied wrongly
        Incomplete,    // a prefix of a valid shape: still typing or cut off
        Unrecognised,
    };

    static Shape classify(const QString& text);
    // True when the shape may be sent to Mailgun for a check.
    static bool isUsable(Shape shape) { return shape == Shape::Current || shape == Shape::Legacy; }
    // One sentence for the user under the key field; empty for Empty.
    static QString hint(Shape shape);
    // The key id the Keys API lists for a current-format key: its last "8hex-8hex".
    static QString keyIdOf(const QString& key);
};
