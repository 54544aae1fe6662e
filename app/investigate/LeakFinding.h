#pragma once

#include "investigate/FindingRecord.h"
#include "investigate/GitOrigin.h"
#include "secrets/Secret.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One thing the folder scan found: a Mailgun credential written in a file, or a file that
// leaks secrets by being where it is (a phpinfo page, a .env in the public folder, ...).
// The secret stays a Secret: only masked() ever reaches the screen, the JSON or a report.
struct LeakFinding
{
    enum class Kind
    {
        ApiKey,            // current private key: 32 hex - 8 hex - 8 hex
        LegacyApiKey,      // key- + 32 hex
        PublicKey,         // pubkey- + 32 hex (validation only)
        WebhookSigningKey, // same shapes, named as a webhook signing key
        SmtpPassword,      // a password next to smtp.mailgun.org or in a Mailgun setting
        PhpInfoPage,
        EnvInWebRoot,
        DebugMode,
        SymfonyDevMode,
        WpConfigBackup,
        GitInWebRoot,
        DebugLog,
        DatabaseDumpInWebRoot, // .sql, .sql.gz, .dump a web server shows to everyone
        BackupInWebRoot,       // .zip, .tar.gz, .tgz site backup a web server shows to everyone
        GitRemotePassword,     // a password inside a remote URL in .git/config (masked)
    };
    enum class Severity
    {
        Low,
        Medium,
        High,
        Critical,
    };
    enum class Confidence
    {
        Low,
        Medium,
        High,
    };
    // How the secret was written down: plainly, inside a Symfony mailer DSN (URL-encoded), or
    // base64-wrapped (Post SMTP stores its keys and passwords that way).
    enum class Source
    {
        Plain,
        Dsn,
        Base64,
    };
    // Why a credential got a lower confidence than its shape alone would give it. A key with
    // the full shape that looks random is never dropped for the words around it; it is
    // reported with the reason.
    enum class ConfidenceReason
    {
        None,
        SampleWords,      // "example", "sample", "dummy", "fake" ... before it on its line
        NoMailgunMention, // nothing in the file says Mailgun
        ScriptLookAlike,  // a 32-8-8 string in a script or a very long line, Mailgun not near it
    };
    // Whether a found key belongs to the account, from the key ids the caller passed in.
    enum class KeyMatch
    {
        NotChecked,        // no account keys were given, or not a key
        InUse,             // the key the assistant is using now
        AccountKey,        // another key of the account
        NotListed,         // key-shaped, but its tail is no listed key id: it may be many things
        CannotTell,        // an older "key-" key: the list does not show which entry is its
        SendingKey,        // its tail is a listed key of kind "domain", role "sending"
        WebhookSigningKey, // exactly the account's webhook signing key
    };

    QString path;
    qint64 line = 0; // 1-based; 0 when the finding is about a whole file or folder
    Kind kind = Kind::ApiKey;
    Severity severity = Severity::Medium;
    Confidence confidence = Confidence::Medium;
    Source source = Source::Plain;
    ConfidenceReason confidenceReason = ConfidenceReason::None;
    bool inWebRoot = false; // inside a folder a web server shows to everyone
    Secret secret;          // empty for risky files
    // The backup or compressed file on disk this was found inside; `path` then names the
    // file inside it ("backup.zip!site/.env"). Empty for a file of the folder itself.
    QString archivePath;
    // Found in a git repository's history, not in a file on disk: which commit; empty otherwise.
    GitOrigin gitOrigin;
    KeyMatch match = KeyMatch::NotChecked;
    QString matchedKeyId;
    QString matchedDomain; // SendingKey: the domain the key sends for
    // NotListed: whether the account's webhook signing key was read and compared (it differs).
    bool signingKeyCompared = false;

    bool hasSecret() const { return !secret.isEmpty(); }
    bool isCredential() const { return kind <= Kind::SmtpPassword; }
    // The id the Keys API shows for a current-shaped secret; empty otherwise.
    QString keyId() const;
    QString masked() const { return secret.masked(); }
    QString title() const;
    QString advice() const;
    QString matchText() const;
    // One sentence on why the confidence is lower; empty for ConfidenceReason::None.
    QString confidenceText() const;
    QJsonObject toJson() const;
    // As the session, the journal and the report keep it (source "scan").
    FindingRecord record() const;

    static Severity defaultSeverity(Kind kind, bool inWebRoot);
    static QString kindId(Kind kind);
    static QString severityId(Severity severity);
    static QString confidenceId(Confidence confidence);
    static QString sourceId(Source source);
    static QString matchId(KeyMatch match);
    static QString confidenceReasonId(ConfidenceReason reason);
};
