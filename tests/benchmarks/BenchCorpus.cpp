#include "BenchCorpus.h"

#include "CorpusGenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace BenchCorpus {

namespace {

const QString completeMarker = u".mra-bench-complete"_s;

bool looksBinary(const QByteArray& head)
{
    return head.left(8192).contains('\0');
}

// Copies the text files under `source` into `target`; returns the bytes written.
qint64 copyTextFiles(const QString& source, const QString& target, qint64 budget)
{
    qint64 written = 0;
    QDirIterator it(source, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && written < budget) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.size() == 0 || info.size() > 32 * megabyte || path.endsWith(u".gz"_s))
            continue;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = in.readAll();
        if (looksBinary(content))
            continue;
        const QString destination = target + u'/' + QDir(source).relativeFilePath(path);
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile out(destination);
        if (out.open(QIODevice::WriteOnly) && out.write(content) == content.size())
            written += content.size();
    }
    return written;
}

void addToManifest(QFile& manifest, const CorpusGenerator& generator, const QString& prefix)
{
    for (const CorpusGenerator::Planted& planted : generator.planted()) {
        const QString line = LeakFinding::kindId(planted.kind) + u'\t' + QString::number(planted.line) +
                             u'\t' + valueHash(planted.value) + u'\t' +
                             (planted.inHistory ? u"1"_s : u"0"_s) + u'\t' +
                             (planted.deepOnly ? u"1"_s : u"0"_s) + u'\t' + prefix + planted.path + u'\n';
        manifest.write(line.toUtf8());
    }
}

// Issue 15's places, large files, backups and history; false when a tool failed.
bool writeHardCases(const QString& root, QFile& manifest)
{
    CorpusGenerator generator(root, 2026);
    generator.writeHidingPlaces();
    generator.writeLookAlikes();
    generator.writeLargeLog(u"logs/laravel-2026-11-29.log"_s, 52 * megabyte);
    generator.writeLargeLog(u"logs/access-2026-11.log"_s, 60 * megabyte);
    generator.writeLargeLog(u"logs/worker-2026-11.log"_s, 75 * megabyte);
    const bool tools = generator.writeLargeDump(u"dumps/shop-2026-11-30.sql"_s, 100 * megabyte) &&
                       generator.writeSiteBackups(u"backups"_s, 24 * megabyte) &&
                       generator.writeGitHistory(u"git-site"_s);
    addToManifest(manifest, generator, QString());
    return tools;
}

} // namespace

QString manifestPath(const QString& root)
{
    return root + u"/.mra-bench-planted.tsv"_s;
}

QString valueHash(const QString& value)
{
    if (value.isEmpty())
        return u"-"_s;
    return QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

qint64 treeSize(const QString& root)
{
    qint64 total = 0;
    QDirIterator it(root, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QStringList archiveFiles(const QString& root)
{
    QStringList files;
    QDirIterator it(root, {u"*.zip"_s, u"*.gz"_s, u"*.tgz"_s}, QDir::Files | QDir::NoSymLinks | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(u"/.git/"_s))
            files.append(path);
    }
    files.sort();
    return files;
}

bool build(const QString& root, qint64 targetBytes)
{
    if (QFile::exists(root + u'/' + completeMarker) && QFile::exists(manifestPath(root)) &&
        treeSize(root) >= targetBytes)
        return true;
    std::fprintf(stderr, "Building a %lld MB corpus in %s (once)...\n", targetBytes / megabyte,
                 qPrintable(root));
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    QFile manifest(manifestPath(root));
    if (!manifest.open(QIODevice::WriteOnly))
        return false;
    for (int copy = 0; copy < 16; ++copy) {
        const QString stacks = u"stacks-%1"_s.arg(copy);
        CorpusGenerator generator(root + u'/' + stacks, 1000 + copy);
        generator.writeAll();
        addToManifest(manifest, generator, stacks + u'/');
    }
    if (!writeHardCases(root, manifest)) {
        std::fputs("zip, tar, gzip or git failed: see above\n", stderr);
        return false;
    }
    manifest.close();
    qint64 total = treeSize(root);
    const QStringList sources{u"/usr/include"_s,     u"/usr/share/doc"_s,
                              u"/usr/lib/python3"_s, u"/usr/share/perl"_s,
                              u"/usr/share/perl5"_s, u"/usr/lib/x86_64-linux-gnu/perl"_s,
                              u"/usr/share/qt6"_s,   u"/usr/share/man"_s};
    for (int round = 0; total < targetBytes && round < 20; ++round) {
        const qint64 before = total;
        for (const QString& source : sources) {
            if (total >= targetBytes || !QFileInfo(source).isDir())
                continue;
            total +=
                copyTextFiles(source, root + u"/real-%1/%2"_s.arg(round).arg(QFileInfo(source).fileName()),
                              targetBytes - total);
        }
        if (total == before)
            return false; // nothing to copy on this machine
    }
    QFile marker(root + u'/' + completeMarker);
    return total >= targetBytes && marker.open(QIODevice::WriteOnly);
}

} // namespace BenchCorpus
