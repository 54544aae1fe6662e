// Large files for CorpusGenerator: logs over 50 MB with keys near their end, and a database
// dump with its .sql.gz, compressed by the real gzip (the fixture maker is not the code
// under test).
#include "CorpusGenerator.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

namespace {

// Filler is written in blocks, so a file of hundreds of MB never sits in memory whole.
constexpr qint64 fillerBlock = 8 * 1024 * 1024;

} // namespace

void CorpusGenerator::writeLargeLog(const QString& path, qint64 bytes)
{
    const QString current = currentKey();
    const QString legacy = alnumKey();
    const QString validation = alnumPublicKey();
    QFile file(m_root + u'/' + path);
    writeFile(path, {});
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    qint64 lines = 0;
    while (file.size() < bytes - 4096) {
        const QByteArray block = fillerText(qMin(fillerBlock, bytes - 4096 - file.size()), 2);
        lines += block.count('\n');
        file.write(block);
    }
    const QList<std::pair<QString, Kind>> keys{
        {u"[2026-11-30 23:58:01] production.DEBUG: mailgun client created with key "_s + current,
         Kind::ApiKey},
        {u"[2026-11-30 23:58:02] production.DEBUG: old newsletter sender still uses "_s + legacy,
         Kind::LegacyApiKey},
        {u"[2026-11-30 23:58:03] production.DEBUG: address validation with "_s + validation,
         Kind::PublicKey}};
    const QStringList values{current, legacy, validation};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        m_planted.append(Planted{path, ++lines, keys[i].second, values[i]});
        file.write(keys[i].first.toUtf8() + '\n');
    }
    file.write(fillerText(2000, 2));
    if (QFileInfo(path).fileName().startsWith(u"laravel-"_s))
        plantWholeFile(path, Kind::DebugLog);
}

bool CorpusGenerator::writeLargeDump(const QString& path, qint64 bytes)
{
    QFile file(m_root + u'/' + path);
    writeFile(path, "-- MySQL dump 10.13\nINSERT INTO `wp_posts` VALUES \n");
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    qint64 lines = 2;
    while (file.size() < bytes - 4096) {
        const QByteArray block = fillerText(qMin(fillerBlock, bytes - 4096 - file.size()), 3);
        lines += block.count('\n');
        file.write(block);
    }
    const qsizetype before = m_planted.size();
    file.write(plantedOptionsDump(path, lines + 1).toUtf8() + '\n');
    file.write("-- Dump completed on 2026-11-30 23:59:59\n");
    file.close();
    // The same secrets at the same lines of the unpacked .sql.gz.
    const QList<Planted> inDump = m_planted.mid(before);
    for (Planted planted : inDump) {
        planted.path = path + u".gz"_s;
        m_planted.append(planted);
    }
    const QFileInfo info(path);
    return runTool(info.path(), u"gzip"_s, {u"-k"_s, u"-f"_s, u"-6"_s, info.fileName()});
}
