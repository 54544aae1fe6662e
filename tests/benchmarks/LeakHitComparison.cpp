#include "LeakHitComparison.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace LeakHitComparison {

namespace {

// The bench's own reading of the rule ripgrep cannot express (see bench_leak_scan.cpp).
bool typedAsFake(const QByteArray& body)
{
    const QByteArray lower = body.toLower();
    int run = 1;
    int ascending = 1;
    QSet<char> characters;
    bool hexOnly = true;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        characters.insert(lower[i]);
        hexOnly = hexOnly && ((lower[i] >= '0' && lower[i] <= '9') || (lower[i] >= 'a' && lower[i] <= 'f'));
        if (i == 0)
            continue;
        run = lower[i] == lower[i - 1] ? run + 1 : 1;
        ascending = lower[i] == lower[i - 1] + 1 ? ascending + 1 : 1;
        if (run >= 7 || ascending >= 6)
            return true;
    }
    if (characters.size() < (hexOnly ? 7 : 10))
        return true;
    for (int period = 1; period <= 8; ++period) {
        if (lower.mid(period) == lower.left(lower.size() - period))
            return true;
    }
    for (const char* word :
         {"your", "example", "sample", "dummy", "fake", "test", "xxxx", "deadbeef", "cafebabe", "abcdefab",
          "badc0ffee", "secret", "apikey", "mailgun", "placeholder", "changeme",
          "3ax6xnjp29jd6fds4gc373sgvjxteol0", "5ogiflzbnjrljiky49qxsiozqef5jxp7"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

// Why ripgrep has a hit on this line that the scanner has not: every key on it is explained.
enum class Reason
{
    None,
    Placeholder,
    SetAside
};

// The scanner's look-alike rule, written again here: a script (by its name) whose whole text
// never mentions Mailgun, in any case.
bool isScriptWithoutMailgun(const QString& path)
{
    const QString lower = path.toLower();
    bool script = false;
    for (const char* suffix : {".js", ".mjs", ".cjs", ".map", ".jsx", ".ts", ".tsx", ".css"})
        script = script || lower.endsWith(QLatin1StringView(suffix));
    QFile file(path);
    return script && file.open(QIODevice::ReadOnly) && !file.readAll().toLower().contains("mailgun");
}
Reason explainRipgrepOnly(const QString& path, qint64 lineNumber)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Reason::None;
    QByteArray line;
    for (qint64 n = 1; n <= lineNumber && !file.atEnd(); ++n)
        line = file.readLine();
    static const QRegularExpression key(
        u"(?<![A-Za-z0-9_-])([0-9a-f]{32})-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])|"
        u"(?<![A-Za-z0-9_.-])(?:pub)?key-((?-i:[0-9a-z]{32})|[0-9a-f]{32})(?![A-Za-z0-9_-])"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(line);
    Reason reason = Reason::None;
    for (auto it = key.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray body = (match.hasCaptured(1) ? match.captured(1) : match.captured(2)).toLatin1();
        if (typedAsFake(body))
            reason = Reason::Placeholder;
        else if (match.hasCaptured(1) && isScriptWithoutMailgun(path))
            reason = Reason::SetAside;
        else
            return Reason::None;
    }
    return reason;
}

} // namespace

QStringList ripgrepRules()
{
    QStringList rules;
    for (const char* folder : {"node_modules", "vendor", "bower_components", ".git", ".svn", ".hg"})
        rules += u"--glob=!"_s + QLatin1StringView(folder);
    for (const char* name : {"package-lock.json",
                             "yarn.lock",
                             "pnpm-lock.yaml",
                             "composer.lock",
                             "gemfile.lock",
                             "pipfile.lock",
                             "poetry.lock",
                             "cargo.lock",
                             "npm-shrinkwrap.json",
                             "bun.lockb",
                             "packages.lock.json",
                             "*.example",
                             "*.sample",
                             "*.dist",
                             "*.template",
                             "*.tpl",
                             "*-sample.*",
                             "*_sample.*",
                             "*-example.*",
                             "*_example.*",
                             "*example.env*",
                             "*.example.*",
                             "*.sample.*"})
        rules += u"--iglob=!"_s + QLatin1StringView(name);
    for (const char* extension :
         {"png",  "jpg",  "jpeg",  "gif",    "webp",  "ico", "bmp",  "tif",   "tiff", "psd",  "avif",
          "heic", "woff", "woff2", "ttf",    "otf",   "eot", "mp3",  "mp4",   "m4a",  "webm", "mov",
          "avi",  "ogg",  "wav",   "flac",   "pdf",   "doc", "docx", "xls",   "xlsx", "ppt",  "pptx",
          "odt",  "exe",  "dll",   "so",     "dylib", "o",   "a",    "class", "jar",  "pyc",  "wasm",
          "rar",  "iso",  "dmg",   "sqlite", "db",    "mo",  "swf"})
        rules += u"--iglob=!*."_s + QLatin1StringView(extension);
    // Backups the scanner opens and ripgrep cannot: what they hold is counted as "archive".
    for (const char* container :
         {"*.zip", "*.tar", "*.tar.*", "*.tgz", "*.tbz", "*.tbz2", "*.txz", "*.tzst", "*.7z"})
        rules += u"--iglob=!"_s + QLatin1StringView(container);
    // Current key, then "key-"/"pubkey-" keys (32 lower-case letters and digits, or hex): a letter, digit,
    // "_" or "-" next to the value makes it part of a longer token; a "." before "key" makes it an identifier
    // ("data.key-").
    rules +=
        {u"--regexp=(?<![A-Za-z0-9_-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])"_s,
         u"--regexp=(?<![A-Za-z0-9_.-])(?:pub)?key-(?:(?-i:[0-9a-z]{32})|[0-9a-f]{32})(?![A-Za-z0-9_-])"_s};
    return rules;
}

Result compare(const QString& scanOut, const QString& rgOut)
{
    QSet<QString> scanned; // "path:line" in files and single compressed files
    Result result;
    QFile scan(scanOut);
    if (scan.open(QIODevice::ReadOnly)) {
        QSet<QString> archived;
        QSet<QString> history;
        while (!scan.atEnd()) {
            const QString line = QString::fromLocal8Bit(scan.readLine()).chopped(1);
            if (!line.startsWith(u"hit "_s))
                continue;
            const QString origin = line.section(u' ', 1, 1);
            const QString hit = line.section(u' ', 3) + u':' + line.section(u' ', 2, 2);
            if (origin == u"archive"_s)
                archived.insert(hit);
            else if (origin == u"history"_s)
                history.insert(hit);
            else
                scanned.insert(hit);
        }
        result.archive = archived.size();
        result.gitHistory = history.size();
    }
    QSet<QString> grepped;
    QFile grep(rgOut);
    if (grep.open(QIODevice::ReadOnly)) {
        while (!grep.atEnd()) {
            const QByteArray line = grep.readLine().trimmed(); // "path\0line:"
            const qsizetype nul = line.indexOf('\0');
            if (nul > 0)
                grepped.insert(QString::fromLocal8Bit(line.left(nul)) + u':' +
                               QString::fromLatin1(line.mid(nul + 1)).remove(u':'));
        }
    }
    result.scanner = scanned.size() + result.archive + result.gitHistory;
    result.ripgrep = grepped.size();
    for (const QString& hit : std::as_const(scanned)) {
        if (grepped.contains(hit))
            ++result.both;
        else if (hit.section(u':', 0, -2).endsWith(u"/.git/config"_s))
            ++result.gitConfig;
        else
            result.unexplained.append(u"scanner only "_s + hit);
    }
    for (const QString& hit : std::as_const(grepped)) {
        if (scanned.contains(hit))
            continue;
        switch (explainRipgrepOnly(hit.section(u':', 0, -2), hit.section(u':', -1).toLongLong())) {
        case Reason::Placeholder:
            ++result.placeholder;
            break;
        case Reason::SetAside:
            ++result.setAside;
            break;
        case Reason::None:
            result.unexplained.append(u"ripgrep only "_s + hit);
            break;
        }
    }
    result.unexplained.sort();
    return result;
}

} // namespace LeakHitComparison
