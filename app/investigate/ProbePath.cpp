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
    return kinds;
}

const ExposureKind* kind(const QList<ExposureKind>& kinds, QStringView id)
{
    for (const ExposureKind& k : kinds) {
        if (k.id == id)
            return &k;
    }
    qFatal("unknown exposure kind");
    return nullptr;
}

QList<ProbePath> makePaths(const QList<ExposureKind>& kinds)
{
    QList<ProbePath> paths;
    const auto add = [&](QStringView kindId, const QStringList& list,
                         ProbePath::Method method = ProbePath::Method::Get) {
        const ExposureKind* k = kind(kinds, kindId);
        for (const QString& path : list)
            paths.append(ProbePath{path, method, k});
    };
    add(u"env-file", {u".env"_s, u".env.local"_s, u".env.production"_s, u".env.prod"_s, u".env.dev"_s,
                      u".env.development"_s, u".env.stage"_s, u".env.live"_s, u".env.bak"_s, u".env.backup"_s,
                      u".env.save"_s, u".env.old"_s, u".env.example"_s, u".env_1"_s, u"api/.env"_s});
    add(u"phpinfo-page", {u"phpinfo.php"_s, u"info.php"_s, u"php.php"_s, u"test.php"_s, u"i.php"_s,
                          u"pi.php"_s, u"php_info.php"_s, u"php-info.php"_s, u"infophp.php"_s, u"pinfo.php"_s,
                          u"phpversion.php"_s, u"temp.php"_s, u"old_phpinfo.php"_s, u"infos.php"_s,
                          u"dashboard/phpinfo.php"_s, u"_profiler/phpinfo"_s});
    add(u"laravel-debug", {u"_ignition/health-check"_s});
    add(u"laravel-ignition-logs", {u"_ignition/logs"_s});
    add(u"laravel-log", {u"storage/logs/laravel.log"_s});
    add(u"laravel-telescope", {u"telescope/requests"_s});
    add(u"php-debugbar", {u"_debugbar/open"_s});
    add(u"symfony-profiler", {u"_profiler/empty/search/results?limit=10"_s,
                              u"app_dev.php/_profiler/empty/search/results?limit=10"_s});
    add(u"php-source-shown", {u"wp-config.php"_s});
    add(u"wp-config-backup",
        {u"wp-config.php.bak"_s, u"wp-config.php.old"_s, u"wp-config.php.save"_s, u"wp-config.php.orig"_s,
         u"wp-config.php.txt"_s, u"wp-config.php.backup"_s, u"wp-config.php~"_s, u"wp-config.php.bk"_s,
         u"wp-config.php.bkp"_s, u"wp-config.php.tmp"_s, u"wp-config.php.dist"_s, u"wp-config.php.1"_s,
         u"wp-config.php_bak"_s, u"wp-config.php.original"_s, u"wp-config"_s});
    add(u"wp-debug-log", {u"wp-content/debug.log"_s});
    add(u"git-folder", {u".git/config"_s});
    add(u"backup-archive",
        {u"backup.zip"_s, u"backup.tar.gz"_s, u"site.zip"_s, u"www.zip"_s, u"public_html.zip"_s,
         u"website.zip"_s},
        ProbePath::Method::GetFirstBytes);
    add(u"database-dump", {u"backup.sql"_s, u"database.sql"_s, u"db.sql"_s, u"dump.sql"_s});
    add(u"docker-compose-file",
        {u"docker-compose.yml"_s, u"docker-compose.yaml"_s, u"docker-compose.prod.yml"_s,
         u"docker-compose.production.yml"_s, u"docker-compose.override.yml"_s, u"compose.yaml"_s});
    add(u"js-env-file", {u"env.js"_s, u"assets/env.js"_s, u"__ENV.js"_s, u"env.production.js"_s});
    add(u"editor-upload-settings", {u".ftpconfig"_s, u"sftp-config.json"_s, u".vscode/sftp.json"_s});
    add(u"directory-listing", {u"backup/"_s, u"backups/"_s, u"wp-content/uploads/"_s});
    return paths;
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

const QList<ProbePath>& ProbePath::all()
{
    static const QList<ProbePath> list = makePaths(kinds());
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
