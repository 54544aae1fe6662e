#include "investigate/GitWorkTreeCheck.h"

#include "investigate/FileScanner.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

GitWorkTreeCheck::GitWorkTreeCheck(FileScanner& scanner, const QString& workTree, bool inWebRoot)
    : m_scanner(scanner)
    , m_workTree(workTree)
    , m_canonicalWorkTree(workTree.isEmpty() ? QString() : QFileInfo(workTree).canonicalFilePath())
    , m_inWebRoot(inWebRoot)
{}

QString GitWorkTreeCheck::fileFor(const QString& pathInCommit) const
{
    if (m_canonicalWorkTree.isEmpty())
        return {};
    const QString file = QDir::cleanPath(m_workTree + u'/' + pathInCommit);
    if (!file.startsWith(m_workTree + u'/'))
        return {};
    // The walk follows no link: a folder on the way that is one hides the file from it.
    const QString folder = QFileInfo(file).absolutePath();
    const QString relative = QDir(m_workTree).relativeFilePath(folder);
    const QString expected = relative == u"."_s ? m_canonicalWorkTree : m_canonicalWorkTree + u'/' + relative;
    if (QFileInfo(folder).canonicalFilePath() != expected)
        return {};
    return file;
}

std::optional<GitOrigin::Since> GitWorkTreeCheck::since(const QString& pathInCommit, const Secret& secret)
{
    if (m_workTree.isEmpty())
        return GitOrigin::Since::NoWorkingFiles;
    auto known = m_secretsIn.find(pathInCommit);
    if (known == m_secretsIn.end()) {
        std::optional<QList<Secret>> secrets;
        const QString file = fileFor(pathInCommit);
        const QFileInfo info(file);
        if (!file.isEmpty() && (info.exists() || info.isSymLink())) {
            secrets.emplace();
            const FileScanner::Result result = m_scanner.scanFile(file, info.fileName(), m_inWebRoot);
            for (const LeakFinding& finding : result.findings) {
                if (finding.hasSecret())
                    secrets->append(finding.secret);
            }
        }
        known = m_secretsIn.insert(pathInCommit, secrets);
    }
    if (!known->has_value())
        return GitOrigin::Since::Deleted;
    if (known->value().contains(secret))
        return std::nullopt;
    return GitOrigin::Since::Changed;
}
