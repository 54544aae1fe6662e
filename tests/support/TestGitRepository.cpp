#include "TestGitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment gitEnvironment(const QString& author, const QString& date)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    environment.insert(u"GIT_CONFIG_GLOBAL"_s, QProcess::nullDevice());
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"GIT_AUTHOR_NAME"_s, author);
    environment.insert(u"GIT_AUTHOR_EMAIL"_s, u"admin@example.org"_s);
    environment.insert(u"GIT_COMMITTER_NAME"_s, author);
    environment.insert(u"GIT_COMMITTER_EMAIL"_s, u"admin@example.org"_s);
    if (!date.isEmpty()) {
        environment.insert(u"GIT_AUTHOR_DATE"_s, date);
        environment.insert(u"GIT_COMMITTER_DATE"_s, date);
    }
    return environment;
}

QString runGit(const QString& folder, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessEnvironment(environment);
    // Automatic packing would move loose objects into packs behind the test's back.
    process.start(u"git"_s, QStringList{u"-c"_s, u"gc.auto=0"_s} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << "git" << arguments.join(u' ') << "failed:" << process.readAllStandardError();
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return out.isNull() ? u""_s : out;
}

} // namespace

TestGitRepository::TestGitRepository(const QString& folder)
    : m_folder(QFileInfo(folder).absoluteFilePath())
{
    QDir().mkpath(m_folder);
}

bool TestGitRepository::init()
{
    return !git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}).isNull();
}

bool TestGitRepository::write(const QString& path, const QByteArray& content) const
{
    const QString file = m_folder + u'/' + path;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(content) == content.size();
}

bool TestGitRepository::remove(const QString& path) const
{
    return QFile::remove(m_folder + u'/' + path);
}

bool TestGitRepository::commit(const QString& message, const QString& date, const QString& author)
{
    const QProcessEnvironment environment = gitEnvironment(author, date);
    return !runGit(m_folder, {u"add"_s, u"-A"_s}, environment).isNull() &&
           !runGit(m_folder, {u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, message}, environment)
                .isNull();
}

QString TestGitRepository::git(const QStringList& arguments) const
{
    return runGit(m_folder, arguments, gitEnvironment(u"Ada Admin"_s, u"2026-12-01T09:00:00+00:00"_s));
}
