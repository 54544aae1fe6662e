#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct FindingRecord;

// Where in a git repository's history a secret was found: the commit that first added the
// file version holding it, and what became of it in the files on disk. The author and the
// path come from the repository and may be written by an attacker: show them as plain text.
struct GitOrigin
{
    // What the files on disk say now. A secret still in the file at that path is not a
    // history finding at all: the file finding covers it.
    enum class Since
    {
        NoWorkingFiles, // a bare repository: there are no files to compare with
        Deleted,        // the file is gone
        Changed,        // the file is there, without this secret
    };

    QString repository;   // the folder whose history it is: the work tree, or the bare repository
    QString pathInCommit; // "site/.env", as the commit names it
    QString commit;       // short id, "1a2b3c4"
    QDateTime date;       // the author's date, in the author's time zone
    QString author;       // "Name <email>", as the commit names them
    Since since = Since::NoWorkingFiles;

    bool isEmpty() const { return commit.isEmpty(); }
    QJsonObject toJson() const;
    // Adds toJson() as "history" to a finding's JSON; nothing when empty.
    void insertInto(QJsonObject& json) const;
    // Adds the repository, commit, date and `since` to a record for the journal.
    void fill(FindingRecord& record) const;

    static QString sinceId(Since since);
    static Since sinceFromId(const QString& id);
};
