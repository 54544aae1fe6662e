#include "investigate/RiskyFileRules.h"

#include "investigate/FalsePositiveFilter.h"
#include "investigate/PairFinder.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace RiskyFileRules {

namespace {

bool isEnvFile(const QString& lower)
{
    return lower == u".env"_s || lower.startsWith(u".env."_s);
}

// The .env files a live site reads (.env.testing or .env.ci describe other machines).
bool isLiveEnvFile(const QString& lower)
{
    return lower == u".env"_s || lower == u".env.local"_s || lower.startsWith(u".env.prod"_s);
}

bool isWpConfigFile(const QString& lower)
{
    return lower.startsWith(u"wp-config"_s);
}

bool isDjangoSettings(const QString& lower)
{
    return lower.startsWith(u"settings"_s) && lower.endsWith(u".py"_s);
}

bool isPhpOrHtml(const QString& lower)
{
    return lower.endsWith(u".php"_s) || lower.endsWith(u".html"_s) || lower.endsWith(u".htm"_s);
}

// The names people give a page that only calls phpinfo() (from the nuclei list).
bool isPhpInfoName(const QString& lower)
{
    static const QSet<QString> names{
        u"phpinfo.php"_s, u"info.php"_s,     u"php.php"_s,        u"i.php"_s,          u"pi.php"_s,
        u"pinfo.php"_s,   u"php_info.php"_s, u"php-info.php"_s,   u"infophp.php"_s,    u"test.php"_s,
        u"temp.php"_s,    u"infos.php"_s,    u"phpversion.php"_s, u"old_phpinfo.php"_s};
    return names.contains(lower);
}

LeakFinding finding(const QString& path, LeakFinding::Kind kind, bool inWebRoot, qint64 line = 0,
                    LeakFinding::Confidence confidence = LeakFinding::Confidence::High)
{
    LeakFinding result;
    result.path = path;
    result.line = line;
    result.kind = kind;
    result.inWebRoot = inWebRoot;
    result.severity = LeakFinding::defaultSeverity(kind, inWebRoot);
    result.confidence = confidence;
    return result;
}

qint64 lineAt(const QString& text, qsizetype index)
{
    return text.left(index).count(u'\n') + 1;
}

// mysqldump, pg_dump and phpMyAdmin exports, and the archives backup plugins and hosting
// panels write (UpdraftPlus, Duplicator, cPanel: .zip, .tar.gz, .tgz).
bool isDatabaseDump(const QString& lower)
{
    return lower.endsWith(u".sql"_s) || lower.endsWith(u".sql.gz"_s) || lower.endsWith(u".dump"_s);
}

bool isBackupArchive(const QString& lower)
{
    return lower.endsWith(u".zip"_s) || lower.endsWith(u".tar.gz"_s) || lower.endsWith(u".tgz"_s);
}

// Adds a finding for the first match of `re` in `text`.
void addFirstMatch(QList<LeakFinding>& findings, const QRegularExpression& re, const QString& text,
                   const QString& path, LeakFinding::Kind kind, bool inWebRoot)
{
    const QRegularExpressionMatch match = re.match(text);
    if (match.hasMatch())
        findings.append(finding(path, kind, inWebRoot, lineAt(text, match.capturedStart())));
}

} // namespace

bool isWebRootName(const QString& folderName)
{
    static const QSet<QString> names{u"public_html"_s, u"htdocs"_s, u"httpdocs"_s, u"www"_s,    u"wwwroot"_s,
                                     u"html"_s,        u"public"_s, u"web"_s,      u"webroot"_s};
    return names.contains(folderName.toLower());
}

bool isWebRootMarker(const QString& fileName)
{
    static const QSet<QString> names{u"index.php"_s, u"index.html"_s, u"index.htm"_s, u"wp-load.php"_s,
                                     u".htaccess"_s};
    return names.contains(fileName.toLower());
}

QList<LeakFinding> forFile(const QString& path, const QString& fileName, bool inWebRoot)
{
    using Kind = LeakFinding::Kind;
    QList<LeakFinding> findings;
    const QString lower = fileName.toLower();
    if (isEnvFile(lower) && inWebRoot)
        findings.append(finding(path, Kind::EnvInWebRoot, inWebRoot));
    if (isWpConfigFile(lower) && lower != u"wp-config.php"_s)
        findings.append(finding(path, Kind::WpConfigBackup, inWebRoot));
    if (lower == u"app_dev.php"_s && inWebRoot)
        findings.append(finding(path, Kind::SymfonyDevMode, inWebRoot));
    static const QSet<QString> logs{u"debug.log"_s,   u"error_log"_s, u"php_errorlog"_s,  u"npm-debug.log"_s,
                                    u"laravel.log"_s, u"dev.log"_s,   u"php_errors.log"_s};
    if (logs.contains(lower) || (lower.startsWith(u"laravel-"_s) && lower.endsWith(u".log"_s)))
        findings.append(finding(path, Kind::DebugLog, inWebRoot));
    findings += forUnreadFile(path, fileName, inWebRoot);
    return findings;
}

QList<LeakFinding> forUnreadFile(const QString& path, const QString& fileName, bool inWebRoot)
{
    QList<LeakFinding> findings;
    if (!inWebRoot)
        return findings;
    const QString lower = fileName.toLower();
    if (isDatabaseDump(lower))
        findings.append(finding(path, LeakFinding::Kind::DatabaseDumpInWebRoot, inWebRoot));
    else if (isBackupArchive(lower))
        findings.append(finding(path, LeakFinding::Kind::BackupInWebRoot, inWebRoot));
    return findings;
}

bool isGitConfig(const QString& path)
{
    return path.endsWith(u"/.git/config"_s) || path == u".git/config"_s;
}

QList<LeakFinding> forFolder(const QString& path, const QString& folderName, bool parentInWebRoot)
{
    QList<LeakFinding> findings;
    if (parentInWebRoot && folderName == u".git"_s)
        findings.append(finding(path, LeakFinding::Kind::GitInWebRoot, true));
    return findings;
}

bool wantsContent(const QString& fileName)
{
    const QString lower = fileName.toLower();
    return isLiveEnvFile(lower) || isWpConfigFile(lower) || isDjangoSettings(lower) || isPhpOrHtml(lower);
}

QList<LeakFinding> forContent(const QString& path, const QString& fileName, bool inWebRoot,
                              QByteArrayView head, qint64 fileSize)
{
    using Kind = LeakFinding::Kind;
    QList<LeakFinding> findings;
    const QString lower = fileName.toLower();
    if (isPhpOrHtml(lower) && !isWpConfigFile(lower)) {
        // Cheap byte check first: most PHP files never mention phpinfo.
        static const PairFinder phpinfo("phpinfo", PairFinder::Case::Folded, 1, 5);
        if (phpinfo.indexIn(head.data(), head.size(), 0) < 0)
            return findings;
        const QString text = QString::fromLatin1(head);
        thread_local const QRegularExpression call(u"\\bphpinfo\\s*\\("_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        thread_local const QRegularExpression savedPage(u"<title>\\s*phpinfo\\(\\)\\s*</title>"_s,
                                                        QRegularExpression::CaseInsensitiveOption);
        // A page made to call phpinfo() is small or has one of the usual names; a large plugin
        // file that mentions it somewhere is not such a page.
        const bool pageLike = lower.endsWith(u".php"_s) && (fileSize < 2048 || isPhpInfoName(lower));
        if (pageLike)
            addFirstMatch(findings, call, text, path, Kind::PhpInfoPage, inWebRoot);
        else if (!lower.endsWith(u".php"_s))
            addFirstMatch(findings, savedPage, text, path, Kind::PhpInfoPage, inWebRoot);
        return findings;
    }
    const QString text = QString::fromLatin1(head);
    if (isGitConfig(path)) {
        // url = https://user:password@github.com/owner/repo.git: anyone who reads the file
        // (a .git folder a web server shows) can use the password. Only the password is kept,
        // as a Secret: the finding shows it masked.
        thread_local const QRegularExpression remote(
            u"^[ \\t]*(?:push)?url[ \\t]*=[ \\t]*[a-z][a-z0-9+.-]*://[^/@:\\s]*:([^/@\\s]+)@"_s,
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        auto it = remote.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString password =
                QString::fromUtf8(QByteArray::fromPercentEncoding(match.captured(1).toUtf8()));
            // "${GIT_TOKEN}", "x-oauth-basic"-style fillers and other placeholders.
            if (FalsePositiveFilter::isPlaceholderPassword(password))
                continue;
            LeakFinding found =
                finding(path, Kind::GitRemotePassword, inWebRoot, lineAt(text, match.capturedStart()));
            found.secret = Secret(password);
            findings.append(found);
        }
        return findings;
    }
    if (isLiveEnvFile(lower)) {
        thread_local const QRegularExpression debug(
            u"^[ \\t]*APP_DEBUG[ \\t]*=[ \\t]*[\"']?(true|1|on|yes)[\"']?[ \\t]*(#.*)?$"_s,
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        thread_local const QRegularExpression devMode(
            u"^[ \\t]*APP_ENV[ \\t]*=[ \\t]*[\"']?dev[\"']?[ \\t]*(#.*)?$"_s,
            QRegularExpression::MultilineOption);
        addFirstMatch(findings, debug, text, path, Kind::DebugMode, inWebRoot);
        addFirstMatch(findings, devMode, text, path, Kind::SymfonyDevMode, inWebRoot);
    } else if (isWpConfigFile(lower)) {
        thread_local const QRegularExpression wpDebug(
            u"^[ \\t]*define\\s*\\(\\s*['\"]WP_DEBUG['\"]\\s*,\\s*(true|1)\\s*\\)"_s,
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        addFirstMatch(findings, wpDebug, text, path, Kind::DebugMode, inWebRoot);
    } else if (isDjangoSettings(lower)) {
        thread_local const QRegularExpression djangoDebug(u"^DEBUG[ \\t]*=[ \\t]*True\\b"_s,
                                                          QRegularExpression::MultilineOption);
        addFirstMatch(findings, djangoDebug, text, path, Kind::DebugMode, inWebRoot);
    }
    return findings;
}

} // namespace RiskyFileRules
