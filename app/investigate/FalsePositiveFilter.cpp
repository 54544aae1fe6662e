#include "investigate/FalsePositiveFilter.h"

#include "investigate/ByteSearch.h"

#include <QSet>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace FalsePositiveFilter {

namespace {

int hexValue(char c)
{
    const char f = ByteSearch::fold(c);
    return f <= '9' ? f - '0' : f - 'a' + 10;
}

QStringView extensionOf(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot <= 0 ? QStringView() : fileName.mid(dot + 1);
}

} // namespace

bool isPlaceholderKey(QByteArrayView hexBody)
{
    if (hexBody.isEmpty())
        return true;
    int distinct = 0;
    bool seen[16] = {};
    int run = 1;
    int ascending = 1;
    for (qsizetype i = 0; i < hexBody.size(); ++i) {
        const int value = hexValue(hexBody[i]);
        if (!seen[value]) {
            seen[value] = true;
            ++distinct;
        }
        if (i > 0) {
            const int previous = hexValue(hexBody[i - 1]);
            run = value == previous ? run + 1 : 1;
            ascending = value == previous + 1 ? ascending + 1 : 1;
            // Seven equal digits or six counting up do not happen in a random key (about
            // one in 10^5), but they are how people type a fake one.
            if (run >= 7 || ascending >= 6)
                return true;
        }
    }
    if (hexBody.size() >= 16 && distinct < 7)
        return true;
    const QByteArray lower = hexBody.toByteArray().toLower();
    for (const char* word : {"deadbeef", "cafebabe", "abcdefab", "badc0ffee"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

bool isPlaceholderPassword(QStringView value)
{
    const QString lower = value.toString().toLower();
    if (lower.size() < 6)
        return true;
    static const QSet<QString> words{u"null"_s,         u"none"_s,       u"password"_s,     u"secret"_s,
                                     u"changeme"_s,     u"change-me"_s,  u"change_me"_s,    u"changethis"_s,
                                     u"yourpassword"_s, u"mypassword"_s, u"smtppassword"_s, u"false"_s};
    if (words.contains(lower))
        return true;
    for (const QString& marker :
         {u"your"_s, u"example"_s, u"placeholder"_s, u"xxxx"_s, u"****"_s, u"<"_s, u"${"_s, u"%env("_s,
          u"{{"_s, u"env("_s, u"getenv"_s, u"environ"_s, u"process.env"_s, u"config("_s, u"$_env"_s,
          u"$_server"_s, u"settings."_s}) {
        if (lower.contains(marker))
            return true;
    }
    // A variable or constant name instead of a value: $pass, MAIL_PASSWORD, self::PASS.
    if (lower.startsWith(u'$') || lower.contains(u"::"_s))
        return true;
    if (value.toString().toUpper() == value && value.contains(u'_'))
        return true;
    // One character repeated.
    bool same = true;
    for (const QChar c : lower) {
        if (c != lower.front()) {
            same = false;
            break;
        }
    }
    return same;
}

bool isSampleContext(QByteArrayView linePrefix)
{
    for (const char* word : {"example", "placeholder", "dummy", "sample", "fake", "your_", "your-"}) {
        if (ByteSearch::indexOfFolded(linePrefix, QByteArrayView(word)) >= 0)
            return true;
    }
    return false;
}

bool isExampleOrLockFile(QStringView fileName)
{
    static const QSet<QString> lockFiles{
        u"package-lock.json"_s,   u"yarn.lock"_s,    u"pnpm-lock.yaml"_s,    u"composer.lock"_s,
        u"gemfile.lock"_s,        u"pipfile.lock"_s, u"poetry.lock"_s,       u"cargo.lock"_s,
        u"npm-shrinkwrap.json"_s, u"bun.lockb"_s,    u"packages.lock.json"_s};
    const QString lower = fileName.toString().toLower();
    if (lockFiles.contains(lower))
        return true;
    for (const QString& suffix : {u".example"_s, u".sample"_s, u".dist"_s, u".template"_s, u".tpl"_s}) {
        if (lower.endsWith(suffix))
            return true;
    }
    // wp-config-sample.php, settings_example.py, example.env, .env.example.local
    for (const QString& word : {u"-sample."_s, u"_sample."_s, u"-example."_s, u"_example."_s,
                                u"example.env"_s, u".example."_s, u".sample."_s}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

bool isBinaryByName(QStringView fileName)
{
    static const QSet<QString> extensions{
        u"png"_s, u"jpg"_s,   u"jpeg"_s,   u"gif"_s,  u"webp"_s,  u"ico"_s,  u"bmp"_s, u"tif"_s,  u"tiff"_s,
        u"psd"_s, u"avif"_s,  u"heic"_s,   u"woff"_s, u"woff2"_s, u"ttf"_s,  u"otf"_s, u"eot"_s,  u"mp3"_s,
        u"mp4"_s, u"m4a"_s,   u"webm"_s,   u"mov"_s,  u"avi"_s,   u"ogg"_s,  u"wav"_s, u"flac"_s, u"pdf"_s,
        u"doc"_s, u"docx"_s,  u"xls"_s,    u"xlsx"_s, u"ppt"_s,   u"pptx"_s, u"odt"_s, u"exe"_s,  u"dll"_s,
        u"so"_s,  u"dylib"_s, u"o"_s,      u"a"_s,    u"class"_s, u"jar"_s,  u"pyc"_s, u"wasm"_s, u"rar"_s,
        u"iso"_s, u"dmg"_s,   u"sqlite"_s, u"db"_s,   u"mo"_s,    u"swf"_s};
    return extensions.contains(extensionOf(fileName).toString().toLower());
}

bool isSkippedByName(QStringView fileName)
{
    return isExampleOrLockFile(fileName) || isBinaryByName(fileName);
}

} // namespace FalsePositiveFilter
