#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A git repository made by the real `git` command, the oracle the history scan is checked
// against: nothing of the product writes it. Every commit gets the date the test gives (author
// and committer), so dates and ids are the same on every run; no user or system
// configuration is read.
class TestGitRepository
{
public:
    // `folder` is created if needed.
    explicit TestGitRepository(const QString& folder);

    bool init();
    bool write(const QString& path, const QByteArray& content) const;
    bool remove(const QString& path) const;
    // `git add -A` and a commit dated `date` ("2026-12-02T10:00:00+01:00") by `author`.
    bool commit(const QString& message, const QString& date,
                const QString& author = QStringLiteral("Ada Admin"));
    // Runs git with `arguments` in the folder; the trimmed standard output, or a null string
    // when git failed (its error is printed).
    QString git(const QStringList& arguments) const;
    // `git rev-parse --short REVISION`.
    QString shortId(const QString& revision) const
    {
        return git({QStringLiteral("rev-parse"), QStringLiteral("--short"), revision});
    }

    const QString& folder() const { return m_folder; }

private:
    QString m_folder;
};
