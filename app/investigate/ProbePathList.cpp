#include "investigate/ProbePath.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

// The paths the website probe asks for; the exposure kinds they point to are in ProbePath.cpp.

namespace {

// Each line: the paths, why a key can be there, and the public source that asks for them
// (reference = /work/shared/reference/leak-detection.md). Likely places only, not a wordlist:
// 82 paths before issue 18, 109 after; tst_siteprobe_content counts them.
QList<ProbePath> makePaths()
{
    QList<ProbePath> paths;
    // `inFolders`: also asked inside each folder the admin names.
    const auto add = [&](QStringView kindId, const QStringList& list,
                         ProbePath::Method method = ProbePath::Method::Get, bool inFolders = false) {
        const ExposureKind* k = ProbePath::kindById(kindId.toString());
        Q_ASSERT(k);
        for (const QString& path : list)
            paths.append(ProbePath{path, method, k, inFolders});
    };
    const auto inFolders = [&](QStringView kindId, const QStringList& list) {
        add(kindId, list, ProbePath::Method::Get, true);
    };
    // Laravel/Symfony/Node settings and their copies at the web root: nuclei
    // http/exposures/configs/laravel-env.yaml (all of its fixed paths; .env.development is ours).
    inFolders(u"env-file", {u".env"_s, u".env.local"_s, u".env.production"_s, u".env.bak"_s, u".env.backup"_s,
                            u".env.save"_s, u".env.old"_s});
    add(u"env-file", {u".env.prod"_s, u".env.dev"_s, u".env.development"_s, u".env.stage"_s, u".env.live"_s,
                      u".env.example"_s, u".env_1"_s, u".env.dev.local"_s, u".env.development.local"_s,
                      u".env.prod.local"_s, u".env.production.local"_s, u".env.www"_s, u".env_sample"_s});
    // A project uploaded whole one folder below the web root (shared hosting: the Laravel app
    // in public_html/laravel/): its .env is served as /<folder>/.env. "api" is in nuclei
    // laravel-env.yaml; laravel, backend, dev, staging, old, new are in the .env wordlists of
    // mass scanners caught by public honeypots (reference section 2: AndroxGh0st, Legion);
    // app, public, core in another published honeypot list of /<folder>/.env requests.
    add(u"env-file", {u"api/.env"_s, u"app/.env"_s, u"backend/.env"_s, u"laravel/.env"_s, u"public/.env"_s,
                      u"core/.env"_s, u"dev/.env"_s, u"staging/.env"_s, u"old/.env"_s, u"new/.env"_s});
    // nuclei http/exposures/configs/phpinfo-files.yaml (the common part of its 26 names).
    add(u"phpinfo-page",
        {u"php.php"_s, u"test.php"_s, u"i.php"_s, u"pi.php"_s, u"php_info.php"_s, u"php-info.php"_s,
         u"infophp.php"_s, u"pinfo.php"_s, u"phpversion.php"_s, u"temp.php"_s, u"old_phpinfo.php"_s,
         u"infos.php"_s, u"dashboard/phpinfo.php"_s, u"_profiler/phpinfo"_s});
    inFolders(u"phpinfo-page", {u"phpinfo.php"_s, u"info.php"_s});
    // nuclei laravel-debug-enabled.yaml, laravel-ignition-log-viewer.yaml, laravel-log-file.yaml,
    // laravel-telescope.yaml, php-debug-bar.yaml, symfony-profiler.yaml.
    inFolders(u"laravel-debug", {u"_ignition/health-check"_s});
    add(u"laravel-ignition-logs", {u"_ignition/logs"_s});
    inFolders(u"laravel-log", {u"storage/logs/laravel.log"_s});
    add(u"laravel-telescope", {u"telescope/requests"_s});
    add(u"php-debugbar", {u"_debugbar/open"_s});
    add(u"symfony-profiler", {u"_profiler/empty/search/results?limit=10"_s,
                              u"app_dev.php/_profiler/empty/search/results?limit=10"_s});
    // The real file must run as PHP and show nothing; shown as text, PHP is broken (reference §3 row 10).
    inFolders(u"php-source-shown", {u"wp-config.php"_s});
    // Copies of wp-config.php an editor or an admin left with a suffix the server shows as text:
    // nuclei http/exposures/backups/php-backup-files.yaml (wp-config.php and wp-config, each with
    // its suffixes), minus the unlikely tail (.~ ! .eski .blank .swn .3).
    inFolders(u"wp-config-backup",
              {u"wp-config.php.bak"_s, u"wp-config.php.old"_s, u"wp-config.php.save"_s,
               u"wp-config.php.orig"_s, u"wp-config.php.txt"_s, u"wp-config.php~"_s, u"wp-config.php.swp"_s});
    add(u"wp-config-backup",
        {u"wp-config.php.backup"_s, u"wp-config.php.bk"_s, u"wp-config.php.bkp"_s, u"wp-config.php.tmp"_s,
         u"wp-config.php.dist"_s, u"wp-config.php.1"_s, u"wp-config.php_bak"_s, u"wp-config.php.original"_s,
         u"wp-config"_s,
         // Added for issue 18, same template: Vim's other swap name, "new", upper case, disabled,
         // numbered copies; and the template's "wp-config" stem with .txt/.bak/.old.
         u"wp-config.php.swo"_s, u"wp-config.php.new"_s, u"wp-config.php.BAK"_s, u"wp-config.php.disabled"_s,
         u"wp-config.php_1.bak"_s, u"wp-config.php.0"_s, u"wp-config.php.2"_s, u"wp-config.txt"_s,
         u"wp-config.bak"_s, u"wp-config.old"_s});
    // Vim keeps the text being edited in ".<name>.swp" next to the file (Vim ":help swap-file":
    // on Unix a dot is put before the name); a crashed session over SSH leaves it in the web root.
    inFolders(u"wp-config-backup", {u".wp-config.php.swp"_s});
    // nuclei wordpress-debug-log-detection.yaml, git-config.yaml.
    inFolders(u"wp-debug-log", {u"wp-content/debug.log"_s});
    inFolders(u"git-folder", {u".git/config"_s});
    // nuclei zip-backup-files.yaml, trimmed to the usual names (reference §3 row 13).
    add(u"backup-archive",
        {u"backup.zip"_s, u"backup.tar.gz"_s, u"site.zip"_s, u"www.zip"_s, u"public_html.zip"_s,
         u"website.zip"_s},
        ProbePath::Method::GetFirstBytes);
    add(u"database-dump", {u"backup.sql"_s, u"database.sql"_s, u"db.sql"_s, u"dump.sql"_s});
    // nuclei docker-compose-config.yaml.
    add(u"docker-compose-file",
        {u"docker-compose.yml"_s, u"docker-compose.yaml"_s, u"docker-compose.prod.yml"_s,
         u"docker-compose.production.yml"_s, u"docker-compose.override.yml"_s, u"compose.yaml"_s});
    // nuclei javascript-env.yaml, env.js-file-detect.yaml.
    add(u"js-env-file", {u"env.js"_s, u"assets/env.js"_s, u"__ENV.js"_s, u"env.production.js"_s});
    // nuclei ftpconfig.yaml, exposed-vscode.yaml; sftp-config.json (Sublime SFTP) reference §2.
    add(u"editor-upload-settings", {u".ftpconfig"_s, u"sftp-config.json"_s, u".vscode/sftp.json"_s});
    add(u"directory-listing", {u"backup/"_s, u"backups/"_s, u"wp-content/uploads/"_s});
    return paths;
}

} // namespace

const QList<ProbePath>& ProbePath::all()
{
    static const QList<ProbePath> list = makePaths();
    return list;
}

QList<ProbePath> ProbePath::planFor(const QStringList& folders)
{
    QList<ProbePath> plan = all();
    QSet<QString> planned;
    for (const ProbePath& path : plan)
        planned.insert(path.path);
    for (const QString& folder : folders) {
        for (const ProbePath& path : all()) {
            if (!path.inAdminFolders)
                continue;
            ProbePath inside = path;
            inside.path = folder + u'/' + path.path;
            if (planned.contains(inside.path))
                continue;
            planned.insert(inside.path);
            plan.append(inside);
        }
    }
    return plan;
}

QString ProbePath::normalisedFolder(const QString& folder, QString* problem)
{
    const auto refuse = [problem](const QString& reason) {
        if (problem)
            *problem = reason;
        return QString();
    };
    QString text = folder.trimmed();
    if (text.contains(u"://"_s) || text.startsWith(u"//"_s))
        return refuse(QCoreApplication::translate(
            "SiteProbe", "Type only the folder's name, for example shop, not a whole address."));
    while (text.startsWith(u'/'))
        text.remove(0, 1);
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty())
        return refuse(QCoreApplication::translate("SiteProbe", "The folder name is empty."));
    // Letters, digits and . _ ~ - in each part: what stays the same in a web address.
    static const QRegularExpression part(u"^[A-Za-z0-9._~-]+$"_s);
    const QStringList parts = text.split(u'/');
    for (const QString& p : parts) {
        if (p == u"."_s || p == u".."_s)
            return refuse(QCoreApplication::translate(
                              "SiteProbe", "\"%1\" is not a folder inside your website. Give the "
                                           "folder's name as it appears in the address, such as shop.")
                              .arg(folder.trimmed()));
        if (p.isEmpty() || !part.match(p).hasMatch())
            return refuse(QCoreApplication::translate("SiteProbe",
                                                      "\"%1\" is not a folder name the check can use. Use "
                                                      "letters, digits, dots, dashes and slashes only.")
                              .arg(folder.trimmed()));
    }
    if (parts.size() > 4)
        return refuse(QCoreApplication::translate(
            "SiteProbe", "The folder is too deep. Give at most four folder names, such as apps/shop."));
    return text;
}
