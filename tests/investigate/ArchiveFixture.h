#pragma once

#include "investigate/LeakScanner.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Backups made at test time by the real command-line tools (tar, gzip, bzip2, xz, zip, 7z):
// the oracle for what an archive holds. Files are made under src/, archives moved to scan/,
// and only scan/ is scanned, so every finding comes from inside an archive.
class ArchiveFixture
{
public:
    bool isValid() const { return m_root.isValid(); }
    QString src() const { return m_root.filePath(QStringLiteral("src")); }
    QString scanDir() const { return m_root.filePath(QStringLiteral("scan")); }

    // Writes src/<relativePath>.
    bool write(const QString& relativePath, const QByteArray& content) const;
    // Runs `script` with sh -c in src/; true when it exited with 0.
    bool sh(const QString& script) const;
    // Moves src/<name> to scan/<target> (the same name when empty).
    bool moveToScan(const QString& name, const QString& target = {}) const;

    // Scans scan/ with the real LeakScanner and waits for it; `deep` also reads dependency folders.
    bool scan(bool deep = false);
    const QList<LeakFinding>& findings() const { return m_findings; }
    const LeakScanner::Summary& summary() const { return m_summary; }
    // "path under scan/:line:kind" of every finding, sorted.
    QStringList found() const;
    // The one finding with this path under scan/ and this kind; null when none or several.
    const LeakFinding* finding(const QString& relativePath, LeakFinding::Kind kind) const;

private:
    QTemporaryDir m_root;
    QList<LeakFinding> m_findings;
    LeakScanner::Summary m_summary;
};
