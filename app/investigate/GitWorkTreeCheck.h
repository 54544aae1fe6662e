#pragma once

#include "investigate/GitOrigin.h"
#include "secrets/Secret.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class FileScanner;

// What became of a secret found in a repository's history, in the files on disk now: read
// with the same FileScanner as the folder walk, so "still there" means exactly "the file
// finding reports it". Each file is read once, whatever the number of secrets asked about.
class GitWorkTreeCheck
{
public:
    // `workTree` empty: a bare repository, with no files to compare with.
    GitWorkTreeCheck(FileScanner& scanner, const QString& workTree, bool inWebRoot);

    // Empty when the file at `pathInCommit` still holds `secret` (the file finding covers it).
    std::optional<GitOrigin::Since> since(const QString& pathInCommit, const Secret& secret);

private:
    // The file the path names in the work tree; empty when the path would lead out of it.
    QString fileFor(const QString& pathInCommit) const;

    FileScanner& m_scanner;
    QString m_workTree;
    QString m_canonicalWorkTree;
    bool m_inWebRoot;
    QHash<QString, std::optional<QList<Secret>>> m_secretsIn; // by path; empty: no such file
};
