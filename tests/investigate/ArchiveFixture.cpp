#include "ArchiveFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

bool ArchiveFixture::write(const QString& relativePath, const QByteArray& content) const
{
    const QString path = src() + u'/' + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool ArchiveFixture::sh(const QString& script) const
{
    QDir().mkpath(src());
    QProcess process;
    process.setWorkingDirectory(src());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(u"sh"_s, {u"-c"_s, u"set -e; "_s + script});
    return process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

bool ArchiveFixture::moveToScan(const QString& name, const QString& target) const
{
    const QString to = scanDir() + u'/' + (target.isEmpty() ? name : target);
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::rename(src() + u'/' + name, to);
}

bool ArchiveFixture::scan(bool deep)
{
    LeakScanner scanner;
    QSignalSpy finished(&scanner, &LeakScanner::finished);
    if (!scanner.start({scanDir()}, deep) || !finished.wait(300000))
        return false;
    m_findings = scanner.findings();
    m_summary = scanner.summary();
    return true;
}

QStringList ArchiveFixture::found() const
{
    QStringList lines;
    for (const LeakFinding& finding : m_findings)
        // Not QDir::relativeFilePath: it would resolve the "../" a hostile entry name holds.
        lines << finding.path.mid(scanDir().size() + 1) + u':' + QString::number(finding.line) + u':' +
                     LeakFinding::kindId(finding.kind);
    lines.sort();
    return lines;
}

const LeakFinding* ArchiveFixture::finding(const QString& relativePath, LeakFinding::Kind kind) const
{
    const LeakFinding* match = nullptr;
    for (const LeakFinding& finding : m_findings) {
        if (finding.path != scanDir() + u'/' + relativePath || finding.kind != kind)
            continue;
        if (match)
            return nullptr;
        match = &finding;
    }
    return match;
}
