#include "investigate/ProbePath.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace {

using Body = ExposureKind::Body;

QList<ExposureKind> makeKinds()
{
    QList<ExposureKind> kinds;
    // Laravel, Symfony, Node: nuclei laravel-env plus the mail settings we care about.
    kinds.append({u"env-file"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Settings file (.env) anyone can download"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "This file holds your website's passwords and keys, often including "
                                    "the Mailgun key or SMTP password. Anyone who knows the address can "
                                    "read it."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Delete this file from your web server, or move it out of the public "
                                    "website folder. Then change every password and key that was in it."),
                  u"critical"_s,
                  Body::RawText,
                  {},
                  {u"(?mi)^APP_(NAME|ENV|KEY|DEBUG|URL|PASSWORD)="_s, u"(?mi)^DB_(HOST|PASSWORD|DATABASE)="_s,
                   u"(?mi)^(MAIL_|MAILGUN_|MAILER_DSN)\\w*="_s},
                  {},
                  {}});
    kinds.append({u"phpinfo-page"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Page that shows the server settings (phpinfo)"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "This page lists your server's settings, and often the passwords and "
                                    "keys your website uses, to anyone who opens it."),
                  QT_TRANSLATE_NOOP("SiteExposure", "Delete this file from your web server."),
                  u"high"_s,
                  Body::Html,
                  {u"PHP Version"_s},
                  {u"PHP License"_s, u"phpinfo\\(\\)</title>"_s, u"PHP Extension"_s},
                  {},
                  {}});
    kinds.append({u"laravel-debug"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Laravel debug mode is on"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "In debug mode, error pages show internal details of your website to "
                                    "visitors, and on older versions all its passwords and keys."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Turn off debug mode: set APP_DEBUG=false in your website's .env file."),
                  u"high"_s,
                  Body::RawText,
                  {},
                  {u"\"can_execute_commands\"\\s*:"_s},
                  {},
                  {}});
    kinds.append(
        {u"laravel-ignition-logs"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "Laravel error log viewer anyone can open"),
         QT_TRANSLATE_NOOP("SiteExposure", "This page shows your website's error messages, which can hold "
                                           "passwords and keys."),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "Turn off debug mode: set APP_DEBUG=false in your website's .env file."),
         u"high"_s,
         Body::Json,
         {u"\"log_messages\""_s, u"exception"_s},
         {},
         {},
         {}});
    kinds.append(
        {u"laravel-log"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "Laravel log file anyone can download"),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "This log file holds your website's error messages, which can hold "
                           "passwords, keys and email addresses."),
         QT_TRANSLATE_NOOP("SiteExposure", "Delete this file from your web server, and make sure the storage "
                                           "folder is not inside the public website folder."),
         u"high"_s,
         Body::RawText,
         {},
         {u"\\b(local|production|staging)\\.(ERROR|WARNING|CRITICAL|INFO|DEBUG)\\b"_s,
          u"InvalidArgumentException"_s, u"ErrorException"_s, u"syntax error"_s},
         {},
         {}});
    kinds.append({u"laravel-telescope"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Laravel Telescope is open to everyone"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Telescope shows every request, email and error of your website, with "
                                    "the data in them."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Turn off Telescope on your live website (TELESCOPE_ENABLED=false), or "
                                    "allow only your own login to open it."),
                  u"high"_s,
                  Body::Html,
                  {u"<title>[^<]*Telescope[^<]*</title>"_s},
                  {u"Requests"_s, u"Commands"_s, u"Schedule"_s},
                  {},
                  {}});
    kinds.append({u"php-debugbar"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "PHP Debugbar is open to everyone"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "The debug bar keeps a record of recent requests to your website, with "
                                    "the data in them."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Turn off debug mode: set APP_DEBUG=false (and DEBUGBAR_ENABLED=false) "
                                    "in your website's .env file."),
                  u"high"_s,
                  Body::Json,
                  {u"\"datetime\"\\s*:"_s, u"\"id\"\\s*:"_s},
                  {},
                  {},
                  {}});
    kinds.append({u"symfony-profiler"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Symfony Profiler is open to everyone"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "The profiler shows your website's settings, recent requests and the "
                                    "data sent in them, including passwords."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Switch your live website to production mode: set APP_ENV=prod and "
                                    "APP_DEBUG=0 in its .env file."),
                  u"high"_s,
                  Body::Html,
                  {u"Symfony Profiler"_s},
                  {},
                  {},
                  {}});
    kinds.append(
        {u"wp-config-backup"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "Copy of the WordPress settings file anyone can download"),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "This copy of wp-config.php holds your database password, and often "
                           "Mailgun or SMTP settings. Unlike the real file, a copy is shown as "
                           "text."),
         QT_TRANSLATE_NOOP("SiteExposure", "Delete this file from your web server. Then change the database "
                                           "password and every key that was in it."),
         u"critical"_s,
         Body::RawText,
         {u"<\\?(php|=)"_s},
         {u"DB_NAME"_s, u"DB_PASSWORD"_s, u"define\\s*\\(\\s*['\"]DB"_s, u"\\$table_prefix"_s},
         {},
         {}});
    kinds.append({u"php-source-shown"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "The WordPress settings file is shown as text"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Your web server shows the program text of wp-config.php instead of "
                                    "running it, so anyone can read your database password and keys."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Ask your hosting provider to fix PHP on your website right away. Then "
                                    "change the database password and every key in that file."),
                  u"critical"_s,
                  Body::RawText,
                  {u"<\\?(php|=)"_s},
                  {u"DB_NAME"_s, u"DB_PASSWORD"_s, u"define\\s*\\(\\s*['\"]DB"_s},
                  {},
                  {}});
    kinds.append({u"wp-debug-log"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "WordPress debug log anyone can download"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "This log holds your website's error messages. Mail plugins in debug "
                                    "mode can write passwords into it."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Delete this file from your web server and turn off debug logging: set "
                                    "WP_DEBUG_LOG to false in wp-config.php."),
                  u"medium"_s,
                  Body::RawText,
                  {u"PHP"_s},
                  {u"(?m)^\\[\\d{2}-\\w{3}-\\d{4} [\\d:]+ UTC\\] PHP "_s, u"WordPress"_s, u"wp-includes"_s},
                  {},
                  {}});
    kinds.append(
        {u"git-folder"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "Code history folder (.git) anyone can download"),
         QT_TRANSLATE_NOOP("SiteExposure", "Anyone can download your website's whole code history from this "
                                           "folder, including passwords that were ever saved in it."),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "Block access to the .git folder on your web server, or delete the "
                           "folder from the server."),
         u"high"_s,
         Body::RawText,
         {},
         {u"(?m)^\\[core\\]"_s, u"(?m)^\\[remote \""_s, u"(?m)^\\[credentials"_s},
         {},
         {}});
    kinds.append(
        {u"backup-archive"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "Website backup anyone can download"),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "This archive likely holds your whole website, with its settings files "
                           "and passwords."),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "Delete this file from your web server. Keep backups outside the public "
                           "website folder."),
         u"critical"_s,
         Body::Binary,
         {},
         {},
         {},
         {QByteArray("PK\x03\x04", 4), QByteArray("\x1f\x8b", 2), QByteArray("7z\xbc\xaf\x27\x1c", 6),
          QByteArray("Rar!\x1a\x07", 6), QByteArray("SQLite format 3")}});
    kinds.append({u"database-dump"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Database copy anyone can download"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "This file holds your website's database, including the settings of "
                                    "mail plugins, with their keys and passwords."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Delete this file from your web server. Keep database copies outside "
                                    "the public website folder."),
                  u"critical"_s,
                  Body::RawText,
                  {},
                  {u"(?m)^-- (MySQL|MariaDB) dump"_s, u"(?i)CREATE TABLE"_s, u"(?i)INSERT INTO"_s},
                  {},
                  {}});
    kinds.append(
        {u"docker-compose-file"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "Server setup file (docker-compose) anyone can download"),
         QT_TRANSLATE_NOOP("SiteExposure", "This file describes how your website runs and often holds its "
                                           "passwords and keys."),
         QT_TRANSLATE_NOOP("SiteExposure", "Delete this file from your web server."),
         u"high"_s,
         Body::RawText,
         {u"(?m)^services:"_s},
         {},
         {},
         {}});
    kinds.append({u"js-env-file"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Script with your website's settings anyone can read"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Every visitor's browser downloads this script. Any key or password in "
                                    "it is public."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Remove keys and passwords from this file. Keys for Mailgun must only "
                                    "be used on the server, never in the browser."),
                  u"medium"_s,
                  Body::JavaScript,
                  {},
                  {u"window\\.__ENV\\s*="_s, u"module\\.exports"_s, u"NODE_ENV"_s, u"_KEY\\b"_s,
                   u"PASSWORD"_s, u"TOKEN"_s},
                  {u"jQuery"_s, u"Bootstrap"_s},
                  {}});
    kinds.append(
        {u"editor-upload-settings"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "File upload settings anyone can download"),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "Your code editor saved the address and password it uses to upload "
                           "your website into this file."),
         QT_TRANSLATE_NOOP("SiteExposure", "Delete this file from your web server and change the FTP or SSH "
                                           "password that was in it."),
         u"high"_s,
         Body::RawText,
         {u"\"host\"\\s*:"_s},
         {u"\"user\"\\s*:"_s, u"\"password\"\\s*:"_s, u"\"protocol\"\\s*:"_s},
         {},
         {}});
    kinds.append({u"directory-listing"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Folder contents are listed to everyone"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Anyone can see every file in this folder and download it, including "
                                    "backups and logs."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Turn off folder listings on your web server (for Apache: \"Options "
                                    "-Indexes\"), or ask your hosting provider to."),
                  u"medium"_s,
                  Body::Html,
                  {u"<title>Index of /"_s},
                  {},
                  {},
                  {}});
    // Not asked for by path: found in the home page, the scripts it loads and their source maps.
    kinds.append(
        {u"key-in-page"_s,
         QT_TRANSLATE_NOOP("SiteExposure", "Mailgun key inside your website's page or script"),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "Every visitor's web browser downloads this page or script, so anyone can "
                           "read the key in it."),
         QT_TRANSLATE_NOOP("SiteExposure",
                           "Remove the key from the page or script, then replace it (step 2). Only "
                           "your server should talk to Mailgun: a key in code that runs in the "
                           "browser is public."),
         u"critical"_s,
         Body::JavaScript,
         {},
         {},
         {},
         {}});
    // Not asked for by path: a body anyone can download that holds a Mailgun secret, whatever its
    // name claims (a copied .env saved as wp-config.php.old). Its content kind is said apart.
    kinds.append({u"key-in-file"_s,
                  QT_TRANSLATE_NOOP("SiteExposure", "Mailgun key in a file anyone can download"),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Anyone who knows this address can download the file and read the key "
                                    "in it, whatever the file's name says."),
                  QT_TRANSLATE_NOOP("SiteExposure",
                                    "Delete this file from your web server, or move it out of the public "
                                    "website folder. Then replace every key and password that was in it "
                                    "(step 2)."),
                  u"critical"_s,
                  Body::RawText,
                  {},
                  {},
                  {},
                  {}});
    return kinds;
}

} // namespace

QString ProbePath::fileName() const
{
    QString name = path;
    const qsizetype query = name.indexOf(u'?');
    if (query >= 0)
        name.truncate(query);
    if (name.endsWith(u'/'))
        name.chop(1);
    return name.section(u'/', -1);
}

const QList<ExposureKind>& ProbePath::kinds()
{
    static const QList<ExposureKind> list = makeKinds();
    return list;
}

const ExposureKind* ProbePath::kindById(const QString& id)
{
    for (const ExposureKind& k : kinds()) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}
