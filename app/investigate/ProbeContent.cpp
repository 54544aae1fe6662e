#include "investigate/ProbeContent.h"

#include "investigate/ByteSearch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

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

QString id(Kind kind)
{
    switch (kind) {
    case Kind::EnvFile:
        return u"env"_s;
    case Kind::Php:
        return u"php"_s;
    case Kind::Json:
        return u"json"_s;
    case Kind::Yaml:
        return u"yaml"_s;
    case Kind::SqlDump:
        return u"sql"_s;
    case Kind::IniFile:
        return u"ini"_s;
    case Kind::Xml:
        return u"xml"_s;
    case Kind::Html:
        return u"html"_s;
    case Kind::JavaScript:
        return u"javascript"_s;
    case Kind::EditorSwap:
        return u"vim-swap"_s;
    case Kind::Binary:
        return u"binary"_s;
    case Kind::PlainText:
        break;
    }
    return u"text"_s;
}

QString phrase(Kind kind)
{
    switch (kind) {
    case Kind::EnvFile:
        return QCoreApplication::translate("ProbeContent", "a settings file (.env)");
    case Kind::Php:
        return QCoreApplication::translate("ProbeContent", "PHP program code");
    case Kind::Json:
        return QCoreApplication::translate("ProbeContent", "a data file (JSON)");
    case Kind::Yaml:
        return QCoreApplication::translate("ProbeContent", "a settings file (YAML)");
    case Kind::SqlDump:
        return QCoreApplication::translate("ProbeContent", "a copy of a database (SQL)");
    case Kind::IniFile:
        return QCoreApplication::translate("ProbeContent", "a settings file (INI)");
    case Kind::Xml:
        return QCoreApplication::translate("ProbeContent", "a data file (XML)");
    case Kind::Html:
        return QCoreApplication::translate("ProbeContent", "a web page (HTML)");
    case Kind::JavaScript:
        return QCoreApplication::translate("ProbeContent", "a script (JavaScript)");
    case Kind::EditorSwap:
        return QCoreApplication::translate("ProbeContent", "a temporary file of the Vim text editor");
    case Kind::Binary:
        return QCoreApplication::translate("ProbeContent", "an archive or another file that is not text");
    case Kind::PlainText:
        break;
    }
    return QCoreApplication::translate("ProbeContent", "plain text");
}

QString typicalFileName(Kind kind)
{
    switch (kind) {
    case Kind::EnvFile:
        return u".env"_s;
    case Kind::Php:
        return u"content.php"_s;
    case Kind::Json:
        return u"content.json"_s;
    case Kind::Yaml:
        return u"content.yml"_s;
    case Kind::SqlDump:
        return u"content.sql"_s;
    case Kind::IniFile:
        return u"content.ini"_s;
    case Kind::Xml:
        return u"content.xml"_s;
    case Kind::Html:
        return u"content.html"_s;
    case Kind::JavaScript:
        return u"content.js"_s;
    case Kind::EditorSwap:
    case Kind::Binary:
    case Kind::PlainText:
        break;
    }
    return u"content.txt"_s;
}

} // namespace ProbeContent
