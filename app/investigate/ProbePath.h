#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The files and pages the website probe asks for, from the "safe probes" table of
// reference/leak-detection.md, section 3. Every entry is a plain GET of a file or a read-only
// page: nothing that runs code on the server, no POST, no made-up query values.
//
// An exposure kind says how to recognise the real thing (content markers, content type) and
// what to tell the admin; many paths share one kind (".env", ".env.local", ".env.bak", ...).
struct ExposureKind
{
    // What the body must look like besides its markers.
    enum class Body
    {
        RawText,    // a file served as is: not an HTML page, no <html> in it
        Html,       // a page
        Json,       // an application/json answer
        JavaScript, // a script
        Binary,     // an archive or database: recognised by its first bytes
    };

    QString id;            // stable, for JSON and reports: "env-file", "phpinfo-page", ...
    const char* title;     // QT_TRANSLATE_NOOP("SiteExposure", ...): what it is
    const char* whatLeaks; // what a stranger can read there
    const char* advice;    // how to close it
    QString severity;      // "critical", "high", "medium" or "low"
    Body body = Body::RawText;
    QStringList allOf;       // regular expressions that must all match the body
    QStringList anyOf;       // at least one must match (when not empty)
    QStringList noneOf;      // none may match (a library that looks alike)
    QList<QByteArray> magic; // Binary: the body starts with one of these
};

struct ProbePath
{
    enum class Method
    {
        Get,           // the whole answer, up to the size cap
        GetFirstBytes, // GET with "Range: bytes=0-1023": enough to recognise an archive
    };

    QString path; // relative to the site's address: ".env", "storage/logs/laravel.log"
    Method method = Method::Get;
    const ExposureKind* kind = nullptr;
    // Also asked inside each folder the admin names (their project one folder down).
    bool inAdminFolders = false;

    // The file name the credential scan of the body is told ("wp-config.php.bak").
    QString fileName() const;

    // Every path asked on every site, in the order they are asked for.
    static const QList<ProbePath>& all();
    // all(), then for each folder (as normalisedFolder() gives it) the paths marked
    // inAdminFolders inside it; a path already planned is not asked twice.
    static QList<ProbePath> planFor(const QStringList& folders);
    // The folder the admin typed ("shop", "/apps/shop/") as a relative path without slashes
    // at either end ("apps/shop"); empty and the reason in `problem` when it cannot be one
    // (another site, "..", a query, characters a folder name on a web server never has).
    static QString normalisedFolder(const QString& folder, QString* problem = nullptr);
    static const QList<ExposureKind>& kinds();
    static const ExposureKind* kindById(const QString& id);
};
