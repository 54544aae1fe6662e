#pragma once

#include "mailgun/ApiEndpoints.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the command line asked for, parsed once for the wizard and for every subcommand.
struct CommandLineOptions
{
    QString command;       // empty: open the wizard
    QStringList arguments; // positional arguments after the command
    ApiEndpoints endpoints = ApiEndpoints::production();
    bool practice = false;                 // --practice: use the practice account
    bool json = false;                     // --json: machine-readable output on stdout
    bool yes = false;                      // --yes: do not ask before changing anything
    QString keyFile;                       // --key-file PATH
    QDateTime incidentStart;               // --incident-start DATE; invalid when not given
    quint16 usPort = 0;                    // practice-server --us-port
    quint16 euPort = 0;                    // practice-server --eu-port
    bool printSecrets = false;             // --print-secrets: rotate-key and reset-smtp print new secrets
    QStringList domains;                   // reset-smtp --domain D (repeatable): only these domains
    QStringList deleteLogins;              // reset-smtp --delete LOGIN (repeatable): delete instead of reset
    QString inUseKeyId;                    // rotate-key --in-use-key-id ID: the listed key in use
    bool deep = false;                     // scan --deep: also dependency folders (node_modules, vendor)
    bool ownsSite = false;                 // probe --i-own-this-site
    QStringList siteFolders;               // probe --folder NAME (repeatable): the site's project folders
    QString format = QStringLiteral("md"); // report --format md|html|pdf
    QString outputPath;                    // report -o FILE
    bool showHelp = false;
    bool showVersion = false;
    QString error; // non-empty: bad usage, with the reason

    static CommandLineOptions parse(const QStringList& arguments);
    static QString helpText();
    // The subcommands this build implements.
    static const QStringList& knownCommands();
};
