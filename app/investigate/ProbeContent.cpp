#include "investigate/ProbeContent.h"

#include "investigate/ByteSearch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstddef>
#include <iterator>

using namespace Qt::StringLiterals;

namespace ProbeContent {

namespace {

// Enough to tell the kind; the credential scan reads the whole body separately.
constexpr qsizetype sniffBytes = 16 * 1024;

struct LineCounts
{
    int meaningful = 0; // not empty, not a comment
    int env = 0;        // NAME=value
    int yaml = 0;       // key: value, or "- item"
    int ini = 0;        // key = value
    int sections = 0;   // [section]
};

LineCounts countLines(const QString& text)
{
    static const QRegularExpression env(u"^(export\\s+)?[A-Z][A-Z0-9_]*=\\S?"_s);
    static const QRegularExpression yaml(u"^\\s*(- )?[\"']?[A-Za-z_][\\w.-]*[\"']?:(\\s|$)"_s);
    static const QRegularExpression yamlItem(u"^\\s*- \\S"_s);
    static const QRegularExpression ini(u"^[A-Za-z_][\\w.-]*\\s*=\\s*"_s);
    static const QRegularExpression section(u"^\\[[^\\]\\n]+\\]\\s*$"_s);
    LineCounts counts;
    const QStringList lines = text.split(u'\n');
    // The last line may be cut by the sniff limit.
    const qsizetype usable = text.size() >= sniffBytes ? lines.size() - 1 : lines.size();
    for (qsizetype i = 0; i < usable; ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';') || trimmed == u"---"_s)
            continue;
        ++counts.meaningful;
        if (env.match(line).hasMatch())
            ++counts.env;
        if (yaml.match(line).hasMatch() || yamlItem.match(line).hasMatch())
            ++counts.yaml;
        if (ini.match(line).hasMatch())
            ++counts.ini;
        if (section.match(line).hasMatch())
            ++counts.sections;
    }
    return counts;
}

bool looksLikeJson(const QByteArray& head, qsizetype fullSize)
{
    const QByteArray trimmed = head.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return false;
    if (head.size() == fullSize) {
        QJsonParseError error;
        QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError)
            return true;
    }
    // Cut by the size cap: an object whose first member is a quoted name.
    static const QRegularExpression start(u"^[\\[\\s]*\\{\\s*\"[^\"\\n]*\"\\s*:"_s);
    return start.match(QString::fromLatin1(trimmed.left(512))).hasMatch();
}

} // namespace

Kind sniff(const QByteArray& body)
{
    const QByteArray head = body.left(sniffBytes);
    if (head.startsWith("b0VIM"))
        return Kind::EditorSwap;
    const QByteArrayView start(head.constData(), qMin<qsizetype>(head.size(), 1024));
    if (start.contains('\0'))
        return Kind::Binary;
    if (ByteSearch::indexOfFolded(head, "<?php") >= 0 || head.trimmed().startsWith("<?="))
        return Kind::Php;
    if (head.trimmed().startsWith("<?xml"))
        return Kind::Xml;
    if (ByteSearch::indexOfFolded(start, "<!doctype html") >= 0 ||
        ByteSearch::indexOfFolded(start, "<html") >= 0 || ByteSearch::indexOfFolded(start, "<body") >= 0)
        return Kind::Html;
    if (looksLikeJson(head, body.size()))
        return Kind::Json;
    const QString text = QString::fromLatin1(head);
    static const QRegularExpression sql(
        u"(?mi)^(-- (MySQL|MariaDB) dump|CREATE TABLE|INSERT INTO|DROP TABLE IF EXISTS)"_s);
    if (sql.match(text).hasMatch())
        return Kind::SqlDump;
    const LineCounts lines = countLines(text);
    if (lines.meaningful > 0) {
        // Most lines in one shape: that is the file's format.
        if (lines.env * 2 > lines.meaningful)
            return Kind::EnvFile;
        if (lines.sections > 0 && (lines.sections + lines.ini) * 2 > lines.meaningful)
            return Kind::IniFile;
        if (lines.yaml >= 2 && lines.yaml * 2 > lines.meaningful)
            return Kind::Yaml;
    }
    static const QRegularExpression script(
        u"(\\b(const|let|var)\\s+[\\w$]+\\s*=|\\bfunction\\s*[\\w$]*\\s*\\(|module\\.exports|window\\.|"
        "export\\s+default\\b|=>)"_s);
    if (script.match(text).hasMatch())
        return Kind::JavaScript;
    return Kind::PlainText;
}

namespace {

// What the program says of each kind, one row a kind in the enum's order: the id for JSON and
// tests, the phrase for the admin, and a file name the credential scan's rules recognise.
struct KindFacts
{
    Kind kind;
    QStringView id;
    const char* phrase;
    QStringView fileName;
};

constexpr KindFacts kindFacts[]{
    {Kind::EnvFile, u"env", QT_TRANSLATE_NOOP("ProbeContent", "a settings file (.env)"), u".env"},
    {Kind::Php, u"php", QT_TRANSLATE_NOOP("ProbeContent", "PHP program code"), u"content.php"},
    {Kind::Json, u"json", QT_TRANSLATE_NOOP("ProbeContent", "a data file (JSON)"), u"content.json"},
    {Kind::Yaml, u"yaml", QT_TRANSLATE_NOOP("ProbeContent", "a settings file (YAML)"), u"content.yml"},
    {Kind::SqlDump, u"sql", QT_TRANSLATE_NOOP("ProbeContent", "a copy of a database (SQL)"), u"content.sql"},
    {Kind::IniFile, u"ini", QT_TRANSLATE_NOOP("ProbeContent", "a settings file (INI)"), u"content.ini"},
    {Kind::Xml, u"xml", QT_TRANSLATE_NOOP("ProbeContent", "a data file (XML)"), u"content.xml"},
    {Kind::Html, u"html", QT_TRANSLATE_NOOP("ProbeContent", "a web page (HTML)"), u"content.html"},
    {Kind::JavaScript, u"javascript", QT_TRANSLATE_NOOP("ProbeContent", "a script (JavaScript)"),
     u"content.js"},
    {Kind::EditorSwap, u"vim-swap",
     QT_TRANSLATE_NOOP("ProbeContent", "a temporary file of the Vim text editor"), u"content.txt"},
    {Kind::Binary, u"binary",
     QT_TRANSLATE_NOOP("ProbeContent", "an archive or another file that is not text"), u"content.txt"},
    {Kind::PlainText, u"text", QT_TRANSLATE_NOOP("ProbeContent", "plain text"), u"content.txt"},
};

constexpr bool everyKindHasItsRow()
{
    for (std::size_t i = 0; i < std::size(kindFacts); ++i) {
        if (kindFacts[i].kind != static_cast<Kind>(i))
            return false;
    }
    return std::size(kindFacts) == static_cast<std::size_t>(Kind::PlainText) + 1;
}
static_assert(everyKindHasItsRow(), "kindFacts needs one row per Kind, in the enum's order");

const KindFacts& factsOf(Kind kind)
{
    return kindFacts[static_cast<std::size_t>(kind)];
}

} // namespace

QString id(Kind kind)
{
    return factsOf(kind).id.toString();
}

QString phrase(Kind kind)
{
    return QCoreApplication::translate("ProbeContent", factsOf(kind).phrase);
}

QString typicalFileName(Kind kind)
{
    return factsOf(kind).fileName.toString();
}

} // namespace ProbeContent
