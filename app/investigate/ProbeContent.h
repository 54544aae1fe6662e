#pragma once

#include <QByteArray>
#include <QString>

// What a body the website probe downloaded looks like inside, whatever its address claims: a
// copied .env saved as "wp-config.php.old" is still a settings file, and the admin is told so.
// A guess from the first part of the body, in a fixed order (the most telling signs first).
namespace ProbeContent {

enum class Kind
{
    EnvFile,    // NAME=value lines (.env)
    Php,        // PHP program code (<?php)
    Json,       // a JSON document
    Yaml,       // key: value lines (YAML settings, docker-compose)
    SqlDump,    // a database dump (CREATE TABLE, INSERT INTO)
    IniFile,    // [section] and key = value lines
    Xml,        // <?xml ...
    Html,       // a web page
    JavaScript, // a script
    EditorSwap, // Vim's swap file (b0VIM): the text of the file being edited
    Binary,     // an archive or another file that is not text
    PlainText,  // none of these
};

Kind sniff(const QByteArray& body);

// Stable id for JSON and tests: "env", "php", "json", "yaml", "sql", "ini", "xml", "html",
// "javascript", "vim-swap", "binary", "text".
QString id(Kind kind);
// In plain words, to complete "The content looks like ...": "a settings file (.env)".
QString phrase(Kind kind);
// A file name of that kind ("content.env", "content.php"), for the credential scan's rules.
QString typicalFileName(Kind kind);

} // namespace ProbeContent
