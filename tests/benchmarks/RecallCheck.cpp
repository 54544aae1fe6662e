#include "RecallCheck.h"

#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace RecallCheck {

namespace {

// Where a planted item sits: the corpus's top folder, and whether it is inside a backup or
// only in a repository's history.
QString areaOf(const QString& path, bool inHistory)
{
    QString top = path.section(u'/', 0, 0);
    if (top.startsWith(u"stacks-"_s))
        top = u"stacks"_s;
    if (inHistory)
        return top + u" (history)"_s;
    if (path.contains(u'!'))
        return top + u" (inside archives)"_s;
    if (path.endsWith(u".gz"_s))
        return top + u" (.sql.gz)"_s;
    return top;
}

} // namespace

Result check(const QString& manifestPath, const QString& scanOut, const QString& lookAlikeFolder)
{
    Result result;
    QSet<QString> reported; // "kind line hash path"
    QFile scan(scanOut);
    if (scan.open(QIODevice::ReadOnly)) {
        while (!scan.atEnd()) {
            const QStringList fields = QString::fromUtf8(scan.readLine()).chopped(1).split(u'\t');
            if (fields.size() != 6 || fields[0] != u"finding"_s)
                continue;
            const QString& path = fields[5];
            if (path.startsWith(lookAlikeFolder + u'/'))
                result.lookAlikeFindings.append(fields[1] + u' ' + fields[2] + u' ' + fields[4] + u' ' +
                                                path);
            reported.insert(fields[1] + u' ' + fields[2] + u' ' + fields[3] + u' ' + path);
        }
    }
    QHash<QString, qsizetype> areaIndex;
    QSet<QString> planted;
    QFile manifest(manifestPath);
    if (manifest.open(QIODevice::ReadOnly)) {
        while (!manifest.atEnd()) {
            // kind, line, hash, history, deep, path
            const QStringList fields = QString::fromUtf8(manifest.readLine()).chopped(1).split(u'\t');
            if (fields.size() != 6 || fields[4] == u"1"_s) // dependency folders: a deep scan only
                continue;
            const QString key = fields[0] + u' ' + fields[1] + u' ' + fields[2] + u' ' + fields[5];
            if (planted.contains(key))
                continue;
            planted.insert(key);
            const QString area = areaOf(fields[5], fields[3] == u"1"_s);
            if (!areaIndex.contains(area)) {
                areaIndex.insert(area, result.areas.size());
                result.areas.append(Area{area});
            }
            Area& counts = result.areas[areaIndex.value(area)];
            ++counts.planted;
            ++result.planted;
            if (reported.contains(key)) {
                ++counts.found;
                ++result.found;
            } else {
                result.missed.append(fields[0] + u' ' + fields[1] + u' ' + fields[5]);
            }
        }
    }
    for (const QString& key : std::as_const(reported)) {
        if (!planted.contains(key) && !key.section(u' ', 3).startsWith(lookAlikeFolder + u'/'))
            ++result.notPlanted;
    }
    result.missed.sort();
    result.lookAlikeFindings.sort();
    return result;
}

} // namespace RecallCheck
