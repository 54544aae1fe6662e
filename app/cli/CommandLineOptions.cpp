#include "cli/CommandLineOptions.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

bool parseUrlOption(const QString& value, QUrl* url, QString* error)
{
    const QUrl parsed = QUrl::fromUserInput(value);
    const QString problem = ApiEndpoints::problemWithBase(parsed);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *url = parsed;
    return true;
}

bool parsePort(const QString& value, quint16* port)
{
    bool ok = false;
    const uint number = value.toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    *port = static_cast<quint16>(number);
    return true;
}

QDateTime parseDate(const QString& value)
{
    QDateTime date = QDateTime::fromString(value, Qt::ISODate);
    if (!date.isValid()) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (day.isValid())
            date = day.startOfDay(QTimeZone::utc());
    }
    if (date.isValid() && date.timeSpec() == Qt::LocalTime && !value.contains(u'T'))
        date.setTimeZone(QTimeZone::utc());
    return date.toUTC();
}

} // namespace

const QStringList& CommandLineOptions::knownCommands()
{
    static const QStringList commands{
        u"check"_s,  u"scan"_s,   u"probe"_s,           u"rotate-key"_s, u"reset-smtp"_s,
        u"users"_s,  u"report"_s, u"practice-server"_s, u"audit"_s,      u"disable-subaccount"_s,
        u"cleanup"_s};
    return commands;
}

CommandLineOptions CommandLineOptions::parse(const QStringList& arguments)
{
    CommandLineOptions options;
    // Options that take a value, as "--name value" or "--name=value".
    const QStringList valued{
        u"--api-base"_s, u"--api-base-us"_s, u"--api-base-eu"_s,   u"--key-file"_s, u"--incident-start"_s,
        u"--us-port"_s,  u"--eu-port"_s,     u"--domain"_s,        u"--delete"_s,   u"--format"_s,
        u"-o"_s,         u"--output"_s,      u"--in-use-key-id"_s, u"--folder"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString value;
        const qsizetype equals = argument.indexOf(u'=');
        if (argument.startsWith(u"--"_s) && equals > 0) {
            value = argument.mid(equals + 1);
            argument = argument.left(equals);
        } else if (valued.contains(argument)) {
            if (i + 1 >= arguments.size()) {
                options.error =
                    QCoreApplication::translate("CommandLine", "The option %1 needs a value.").arg(argument);
                return options;
            }
            value = arguments.at(++i);
        }

        if (argument == u"--help"_s || argument == u"-h"_s) {
            options.showHelp = true;
        } else if (argument == u"--version"_s || argument == u"-v"_s) {
            options.showVersion = true;
        } else if (argument == u"--practice"_s) {
            options.practice = true;
        } else if (argument == u"--json"_s) {
            options.json = true;
        } else if (argument == u"--yes"_s) {
            options.yes = true;
        } else if (argument == u"--print-secrets"_s) {
            options.printSecrets = true;
        } else if (argument == u"--deep"_s) {
            options.deep = true;
        } else if (argument == u"--i-own-this-site"_s) {
            options.ownsSite = true;
        } else if (argument == u"--folder"_s) {
            options.siteFolders.append(value);
        } else if (argument == u"--domain"_s) {
            options.domains.append(value.trimmed().toLower());
        } else if (argument == u"--in-use-key-id"_s) {
            options.inUseKeyId = value.trimmed().toLower();
        } else if (argument == u"--delete"_s) {
            options.deleteLogins.append(value.trimmed().toLower());
        } else if (argument == u"--format"_s) {
            options.format = value.trimmed().toLower();
            if (options.format != u"md"_s && options.format != u"html"_s && options.format != u"pdf"_s) {
                options.error = QCoreApplication::translate(
                                    "CommandLine", "The format \"%1\" is not known. Use md, html or pdf.")
                                    .arg(value);
                return options;
            }
        } else if (argument == u"-o"_s || argument == u"--output"_s) {
            options.outputPath = value;
        } else if (argument == u"--api-base"_s) {
            QUrl url;
            if (!parseUrlOption(value, &url, &options.error))
                return options;
            options.endpoints = ApiEndpoints::both(url);
        } else if (argument == u"--api-base-us"_s || argument == u"--api-base-eu"_s) {
            QUrl url;
            if (!parseUrlOption(value, &url, &options.error))
                return options;
            options.endpoints.setBase(argument.endsWith(u"eu"_s) ? Region::Eu : Region::Us, url);
        } else if (argument == u"--key-file"_s) {
            options.keyFile = value;
        } else if (argument == u"--incident-start"_s) {
            options.incidentStart = parseDate(value);
            if (!options.incidentStart.isValid()) {
                options.error = QCoreApplication::translate(
                                    "CommandLine", "The date \"%1\" is not valid. Use the form 2026-11-01.")
                                    .arg(value);
                return options;
            }
        } else if (argument == u"--us-port"_s || argument == u"--eu-port"_s) {
            if (!parsePort(value, argument == u"--us-port"_s ? &options.usPort : &options.euPort)) {
                options.error = QCoreApplication::translate(
                                    "CommandLine", "The port \"%1\" is not a number from 0 to 65535.")
                                    .arg(value);
                return options;
            }
        } else if (argument == u"--key"_s || argument.startsWith(u"--key="_s) || argument == u"--api-key"_s) {
            options.error = QCoreApplication::translate(
                "CommandLine", "For your safety the key is never given on the command line, where other "
                               "programs can see it. Set MAILGUN_API_KEY, use --key-file PATH, or type it "
                               "when asked.");
            return options;
        } else if (argument.startsWith(u'-') && argument != u"-"_s) {
            options.error = QCoreApplication::translate("CommandLine", "Unknown option: %1").arg(argument);
            return options;
        } else if (options.command.isEmpty()) {
            if (!knownCommands().contains(argument)) {
                options.error =
                    QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(argument);
                return options;
            }
            options.command = argument;
        } else {
            options.arguments.append(argument);
        }
    }
    return options;
}

QString CommandLineOptions::helpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: mailgun-recovery [command] [options]\n"
        "\n"
        "With no command, opens the recovery wizard.\n"
        "\n"
        "Commands:\n"
        "  check                 Check the API key: is it valid, which region, account summary.\n"
        "  scan PATH...          Step 1: look through folders for leaked Mailgun keys and\n"
        "                        passwords, and for risky files (phpinfo pages, .env in the web\n"
        "                        folder, debug mode). Needs no API key. Exit code 0 when the scan\n"
        "                        ran, whatever it found.\n"
        "    --deep              Also read node_modules and vendor.\n"
        "  probe URL...          Step 1: ask your own website for files and pages that leak keys\n"
        "                        (.env, phpinfo, debug tools, .git, backups). GET requests only,\n"
        "                        a few per second. Needs no API key. Exit code 0 when every site\n"
        "                        was checked, whatever it found.\n"
        "    --i-own-this-site   Required: confirms the sites are yours.\n"
        "    --folder NAME       Also look inside this folder of the site, where its program\n"
        "                        files are (for example shop). Repeat for more folders.\n"
        "  audit                 Step 1: read-only review of the account (keys, SMTP logins,\n"
        "                        routes, webhooks, archive, subaccounts, allowlist, sending\n"
        "                        volume) in both regions. Exit code 0 when the review ran.\n"
        "  cleanup               Step 1: remove what copies mail out (forwarding routes, unknown\n"
        "                        webhooks, archive addresses), asking first, and read back what\n"
        "                        Mailgun holds afterwards.\n"
        "  disable-subaccount ID Step 1: disable a subaccount nobody recognizes (its API access\n"
        "                        stops, its dashboard turns read-only; it can be enabled again).\n"
        "  rotate-key            Step 2: make a new API key, keep it in the keychain, delete the\n"
        "                        old keys. Continues an interrupted replacement first.\n"
        "    --in-use-key-id ID  Which listed key is the one you use, when the program cannot\n"
        "                        tell (older keys that start with \"key-\").\n"
        "  reset-smtp            Step 3: a new password for every SMTP login of every domain,\n"
        "                        kept in the keychain. Continues an interrupted reset first.\n"
        "    --domain D          Only the logins of domain D (repeat for more domains).\n"
        "    --delete LOGIN      Delete this login instead (not postmaster; repeatable).\n"
        "  users                 Steps 4 and 5: per user, password changed since the incident\n"
        "                        start, and two-factor sign-in on.\n"
        "  report                The report for Mailgun support, from this computer's journal.\n"
        "    --format md|html|pdf  The format (default md). PDF needs -o.\n"
        "    -o FILE             Write the report to FILE instead of the screen.\n"
        "  practice-server       Run the practice account (a simulated Mailgun) on this computer\n"
        "                        and print its addresses and key as JSON.\n"
        "\n"
        "Options:\n"
        "  --practice            Use the practice account instead of your Mailgun account.\n"
        "  --json                Machine-readable output on stdout.\n"
        "  --yes                 Do not ask before making changes.\n"
        "  --print-secrets       Also print new keys and passwords (rotate-key, reset-smtp).\n"
        "                        Without a keychain this is the only way to keep them.\n"
        "  --key-file PATH       Read the API key from this file.\n"
        "  --api-base URL        Send API requests to URL for both regions.\n"
        "  --api-base-us URL     Send US requests to URL.\n"
        "  --api-base-eu URL     Send EU requests to URL.\n"
        "  --incident-start DATE When the compromise began (default: 14 days ago).\n"
        "  --us-port N, --eu-port N  Ports for practice-server (default: any free port).\n"
        "  -h, --help            Show this help.\n"
        "  -v, --version         Show the version.\n"
        "\n"
        "The key is read from the MAILGUN_API_KEY environment variable, from --key-file, or\n"
        "asked for without showing it on screen. It is never accepted as an argument.\n"
        "\n"
        "Exit codes: 0 done, 1 failed, 2 bad usage, 3 nothing done because you declined.\n");
}
