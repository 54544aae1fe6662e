#include "investigate/LeakFinding.h"

#include "investigate/BackupFindingText.h"
#include "investigate/GitHistoryText.h"
#include "mailgun/KeyFormat.h"
#include "mailgun/UntrustedText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString LeakFinding::keyId() const
{
    return KeyFormat::keyIdOf(secret.reveal());
}

LeakFinding::Severity LeakFinding::defaultSeverity(Kind kind, bool inWebRoot)
{
    switch (kind) {
    case Kind::ApiKey:
    case Kind::LegacyApiKey:
    case Kind::SmtpPassword:
        return Severity::Critical;
    case Kind::WebhookSigningKey:
    case Kind::EnvInWebRoot:
    case Kind::GitInWebRoot:
        return Severity::High;
    case Kind::PublicKey:
        return Severity::Low;
    case Kind::PhpInfoPage:
    case Kind::WpConfigBackup:
        return inWebRoot ? Severity::High : Severity::Medium;
    case Kind::DebugMode:
    case Kind::SymfonyDevMode:
        return Severity::Medium;
    case Kind::DebugLog:
        return inWebRoot ? Severity::High : Severity::Low;
    case Kind::DatabaseDumpInWebRoot:
    case Kind::BackupInWebRoot:
        return Severity::Critical;
    case Kind::GitRemotePassword:
        return inWebRoot ? Severity::Critical : Severity::High;
    }
    return Severity::Medium;
}

QString LeakFinding::title() const
{
    // What the account's key list or signing key proved outweighs what the file called it.
    if (match == KeyMatch::SendingKey)
        return QCoreApplication::translate("LeakFinding", "Mailgun sending key for %1")
            .arg(UntrustedText::forDisplay(matchedDomain));
    if (match == KeyMatch::WebhookSigningKey)
        return QCoreApplication::translate("LeakFinding", "Mailgun webhook signing key");
    switch (kind) {
    case Kind::ApiKey:
        return QCoreApplication::translate("LeakFinding", "Mailgun API key");
    case Kind::LegacyApiKey:
        return QCoreApplication::translate("LeakFinding", "Older Mailgun API key");
    case Kind::PublicKey:
        return QCoreApplication::translate("LeakFinding", "Mailgun public key");
    case Kind::WebhookSigningKey:
        return QCoreApplication::translate("LeakFinding", "Mailgun webhook signing key");
    case Kind::SmtpPassword:
        return QCoreApplication::translate("LeakFinding", "Mailgun SMTP password");
    case Kind::PhpInfoPage:
        return QCoreApplication::translate("LeakFinding", "Page that shows the server settings (phpinfo)");
    case Kind::EnvInWebRoot:
        return QCoreApplication::translate("LeakFinding",
                                           "Settings file (.env) in the public website folder");
    case Kind::DebugMode:
        return QCoreApplication::translate("LeakFinding", "Debug mode is on");
    case Kind::SymfonyDevMode:
        return QCoreApplication::translate("LeakFinding", "Development mode is on");
    case Kind::WpConfigBackup:
        return QCoreApplication::translate("LeakFinding",
                                           "Copy of the WordPress settings file (wp-config.php)");
    case Kind::GitInWebRoot:
        return QCoreApplication::translate("LeakFinding",
                                           "Code history folder (.git) in the public website folder");
    case Kind::DebugLog:
        return QCoreApplication::translate("LeakFinding", "Debug log file");
    case Kind::DatabaseDumpInWebRoot:
        return QCoreApplication::translate("LeakFinding", "Database copy in the public website folder");
    case Kind::BackupInWebRoot:
        return QCoreApplication::translate("LeakFinding", "Website backup in the public website folder");
    case Kind::GitRemotePassword:
        return QCoreApplication::translate("LeakFinding",
                                           "Password in the code history settings (.git/config)");
    }
    return {};
}

QString LeakFinding::advice() const
{
    if (!archivePath.isEmpty())
        return BackupFindingText::advice(*this);
    if (!gitOrigin.isEmpty())
        return GitHistoryText::advice(*this);
    QString text;
    if (match == KeyMatch::SendingKey) {
        text = QCoreApplication::translate(
            "LeakFinding", "This key can send email for that domain only. Replace it in the Control Panel "
                           "(API Security), then put the new key in this file.");
    } else if (match == KeyMatch::WebhookSigningKey) {
        text = QCoreApplication::translate(
            "LeakFinding", "This is your account's webhook signing key. With it, anyone can send fake "
                           "Mailgun events to your website. Replace it: in step 2 of the wizard (\"Two more "
                           "keys you may want to replace\") or in the Mailgun Control Panel. Then put the "
                           "new one in this file.");
    }
    if (!text.isEmpty()) {
        if (inWebRoot)
            text += u' ' + QCoreApplication::translate("LeakFinding",
                                                       "This file is in the public website folder, so "
                                                       "anyone may have downloaded it.");
        return text;
    }
    switch (kind) {
    case Kind::ApiKey:
    case Kind::LegacyApiKey:
        text = QCoreApplication::translate(
            "LeakFinding", "Delete this key in Mailgun and make a new one (step 2). Then remove the old key "
                           "from this file.");
        break;
    case Kind::PublicKey:
        text = QCoreApplication::translate(
            "LeakFinding",
            "This key can only check email addresses; it cannot send mail. Remove it from this "
            "file if the file is public.");
        break;
    case Kind::WebhookSigningKey:
        text = QCoreApplication::translate(
            "LeakFinding", "With this key, anyone can send fake Mailgun events to your website. Reset the "
                           "webhook signing key in Mailgun and put the new one in this file.");
        break;
    case Kind::SmtpPassword:
        text = QCoreApplication::translate(
            "LeakFinding", "Reset this SMTP password in Mailgun (step 3). Then put the new password in this "
                           "file.");
        break;
    case Kind::PhpInfoPage:
        text = QCoreApplication::translate(
            "LeakFinding", "Remove this file from your web server. This page shows your server's settings, "
                           "including passwords, to anyone who opens it.");
        break;
    case Kind::EnvInWebRoot:
        text = QCoreApplication::translate(
            "LeakFinding", "Move this file out of the public website folder. Anyone can download it and read "
                           "the passwords in it.");
        break;
    case Kind::DebugMode: {
        // Named the way the file in question spells it.
        const QString file = path.section(u'/', -1).toLower();
        if (file.startsWith(u"wp-config"_s))
            text = QCoreApplication::translate(
                "LeakFinding",
                "Turn off debug mode on your live website: set WP_DEBUG to false in this file. "
                "Debug messages can show your passwords to visitors.");
        else if (file.endsWith(u".py"_s))
            text = QCoreApplication::translate(
                "LeakFinding",
                "Turn off debug mode on your live website: set DEBUG = False in this file. Error "
                "pages in debug mode can show your settings to visitors.");
        else
            text = QCoreApplication::translate(
                "LeakFinding", "Turn off debug mode on your live website: set APP_DEBUG=false in this file. "
                               "Error pages in debug mode can show your passwords to visitors.");
        break;
    }
    case Kind::SymfonyDevMode:
        text = QCoreApplication::translate(
            "LeakFinding", "Switch your live website to production mode (APP_ENV=prod). Development mode "
                           "shows internal details, including passwords, to visitors.");
        break;
    case Kind::WpConfigBackup:
        text = QCoreApplication::translate(
            "LeakFinding", "Remove this file from your web server. Unlike the real wp-config.php, a copy can "
                           "be downloaded and read, with all its passwords.");
        break;
    case Kind::GitInWebRoot:
        text = QCoreApplication::translate(
            "LeakFinding", "Remove this folder from your web server. Anyone can download your whole code "
                           "history from it, including old passwords.");
        break;
    case Kind::DebugLog:
        text = QCoreApplication::translate(
            "LeakFinding", "Delete this log file and turn off debug logging. Logs can hold passwords and "
                           "keys.");
        break;
    case Kind::DatabaseDumpInWebRoot:
        text = QCoreApplication::translate(
            "LeakFinding", "Move this file out of the public website folder. Anyone can download it. A "
                           "database copy holds your site's settings, often with passwords and keys.");
        break;
    case Kind::BackupInWebRoot:
        text = QCoreApplication::translate(
            "LeakFinding", "Move this file out of the public website folder. Anyone can download it. A "
                           "backup holds all your site's files, with their passwords and keys.");
        break;
    case Kind::GitRemotePassword:
        text = QCoreApplication::translate(
            "LeakFinding", "Change this password where the code is stored (GitHub, GitLab, ...). Then "
                           "remove it from the address in this file.");
        break;
    }
    if (inWebRoot && isCredential())
        text += u' ' + QCoreApplication::translate(
                           "LeakFinding", "This file is in the public website folder, so anyone may have "
                                          "downloaded it.");
    return text;
}

QString LeakFinding::matchText() const
{
    switch (match) {
    case KeyMatch::NotChecked:
        return {};
    case KeyMatch::InUse:
        return QCoreApplication::translate("LeakFinding", "This is the key you are using now.");
    case KeyMatch::AccountKey:
        return QCoreApplication::translate("LeakFinding", "This is key %1 of your account.")
            .arg(matchedKeyId);
    case KeyMatch::NotListed: {
        // An unmatched 32-8-8 secret is many things; the evidence (point 10) names these.
        const QString signing =
            signingKeyCompared
                ? QCoreApplication::translate("LeakFinding",
                                              "an earlier webhook signing key of this account (it is not "
                                              "the current one)")
                : QCoreApplication::translate("LeakFinding", "the webhook signing key of this account");
        return QCoreApplication::translate(
                   "LeakFinding",
                   "This is none of the keys your account lists now. It may be: a deleted or expired key "
                   "of this account; %1; a key of a subaccount; a key of another Mailgun account; a "
                   "sending key for one domain that was deleted. Treat it as a working key until you "
                   "know which.")
            .arg(signing);
    }
    case KeyMatch::CannotTell:
        return QCoreApplication::translate(
            "LeakFinding", "This is an older kind of key (it starts with \"key-\"). Mailgun's key list does "
                           "not show which entry belongs to such a key, so the program cannot tell which of "
                           "your keys it is. Treat it as a working key of your account.");
    case KeyMatch::SendingKey:
        return QCoreApplication::translate("LeakFinding",
                                           "Your account lists this key as a sending key for %1 (key %2).")
            .arg(UntrustedText::forDisplay(matchedDomain), matchedKeyId);
    case KeyMatch::WebhookSigningKey:
        return QCoreApplication::translate("LeakFinding",
                                           "It is exactly your account's current webhook signing key.");
    }
    return {};
}

QString LeakFinding::confidenceText() const
{
    switch (confidenceReason) {
    case ConfidenceReason::None:
        return {};
    case ConfidenceReason::SampleWords:
        return QCoreApplication::translate(
            "LeakFinding", "A word such as \"example\" stands before it, but the value looks like a real "
                           "key. Check it.");
    case ConfidenceReason::NoMailgunMention:
        return QCoreApplication::translate(
            "LeakFinding", "Nothing in this file mentions Mailgun, so it may be a key of another service.");
    case ConfidenceReason::ScriptLookAlike:
        return QCoreApplication::translate(
            "LeakFinding", "It is in a script, and nothing near it mentions Mailgun. It may be another "
                           "kind of code. Check it.");
    }
    return {};
}

QJsonObject LeakFinding::toJson() const
{
    QJsonObject json{{u"path"_s, path},
                     {u"line"_s, line},
                     {u"kind"_s, kindId(kind)},
                     {u"severity"_s, severityId(severity)},
                     {u"confidence"_s, confidenceId(confidence)},
                     {u"title"_s, title()},
                     {u"advice"_s, advice()},
                     {u"in_web_root"_s, inWebRoot},
                     {u"match"_s, matchId(match)}};
    if (hasSecret()) {
        json.insert(u"masked"_s, masked());
        json.insert(u"source"_s, sourceId(source));
        const QString id = keyId();
        if (!id.isEmpty())
            json.insert(u"key_id"_s, id);
    } else {
        json.insert(u"masked"_s, QJsonValue());
    }
    if (!archivePath.isEmpty())
        json.insert(u"archive"_s, archivePath);
    gitOrigin.insertInto(json);
    if (!matchedKeyId.isEmpty())
        json.insert(u"matched_key_id"_s, matchedKeyId);
    if (match == KeyMatch::SendingKey)
        json.insert(u"sending_domain"_s, UntrustedText::oneLine(matchedDomain));
    const QString about = matchText();
    if (!about.isEmpty())
        json.insert(u"match_text"_s, about);
    if (confidenceReason != ConfidenceReason::None) {
        json.insert(u"confidence_reason"_s, confidenceReasonId(confidenceReason));
        json.insert(u"confidence_text"_s, confidenceText());
    }
    return json;
}

FindingRecord LeakFinding::record() const
{
    FindingRecord record = FindingRecord::of(u"scan"_s, kindId(kind), title(), severityId(severity));
    record.location = path;
    record.line = int(line);
    record.masked = hasSecret() ? masked() : QString();
    record.archive = archivePath;
    gitOrigin.fill(record);
    // The wizard and the report show the record, not matchText(): say there what the key is.
    const QString about = matchText();
    record.advice = about.isEmpty() ? advice() : about + u' ' + advice();
    const QString doubt = confidenceText();
    if (!doubt.isEmpty())
        record.advice = doubt + u' ' + record.advice;
    if (!matchedKeyId.isEmpty())
        record.keyId = matchedKeyId;
    if (match != KeyMatch::NotChecked)
        record.match = matchId(match);
    return record;
}

QString LeakFinding::kindId(Kind kind)
{
    switch (kind) {
    case Kind::ApiKey:
        return u"api-key"_s;
    case Kind::LegacyApiKey:
        return u"legacy-api-key"_s;
    case Kind::PublicKey:
        return u"public-key"_s;
    case Kind::WebhookSigningKey:
        return u"webhook-signing-key"_s;
    case Kind::SmtpPassword:
        return u"smtp-password"_s;
    case Kind::PhpInfoPage:
        return u"phpinfo-page"_s;
    case Kind::EnvInWebRoot:
        return u"env-in-web-root"_s;
    case Kind::DebugMode:
        return u"debug-mode"_s;
    case Kind::SymfonyDevMode:
        return u"symfony-dev-mode"_s;
    case Kind::WpConfigBackup:
        return u"wp-config-backup"_s;
    case Kind::GitInWebRoot:
        return u"git-in-web-root"_s;
    case Kind::DebugLog:
        return u"debug-log"_s;
    case Kind::DatabaseDumpInWebRoot:
        return u"database-dump-in-web-root"_s;
    case Kind::BackupInWebRoot:
        return u"backup-in-web-root"_s;
    case Kind::GitRemotePassword:
        return u"git-remote-password"_s;
    }
    return {};
}

QString LeakFinding::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

QString LeakFinding::confidenceId(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low:
        return u"low"_s;
    case Confidence::Medium:
        return u"medium"_s;
    case Confidence::High:
        return u"high"_s;
    }
    return {};
}

QString LeakFinding::sourceId(Source source)
{
    switch (source) {
    case Source::Plain:
        return u"plain"_s;
    case Source::Dsn:
        return u"dsn"_s;
    case Source::Base64:
        return u"base64"_s;
    }
    return {};
}

QString LeakFinding::matchId(KeyMatch match)
{
    switch (match) {
    case KeyMatch::NotChecked:
        return u"not-checked"_s;
    case KeyMatch::InUse:
        return u"in-use"_s;
    case KeyMatch::AccountKey:
        return u"account-key"_s;
    case KeyMatch::NotListed:
        return u"not-listed"_s;
    case KeyMatch::CannotTell:
        return u"cannot-tell"_s;
    case KeyMatch::SendingKey:
        return u"sending-key"_s;
    case KeyMatch::WebhookSigningKey:
        return u"webhook-signing-key"_s;
    }
    return {};
}

QString LeakFinding::confidenceReasonId(ConfidenceReason reason)
{
    switch (reason) {
    case ConfidenceReason::None:
        return u"none"_s;
    case ConfidenceReason::SampleWords:
        return u"sample-words"_s;
    case ConfidenceReason::NoMailgunMention:
        return u"no-mailgun-mention"_s;
    case ConfidenceReason::ScriptLookAlike:
        return u"script-look-alike"_s;
    }
    return {};
}
