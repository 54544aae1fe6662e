#pragma once

#include "secrets/Secret.h"

#include <QString>

// Reads the API key for a subcommand: from MAILGUN_API_KEY, from --key-file, or from a
// prompt on the terminal that does not echo. Never from an argument.
struct KeyInput
{
    Secret key;
    QString error; // non-empty: no key, with a sentence saying how to give one

    static KeyInput read(const QString& keyFile);
    // True when read() would find a key without asking: MAILGUN_API_KEY is set or a key
    // file is given.
    static bool isGivenWithoutPrompt(const QString& keyFile);
};
