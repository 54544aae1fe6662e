#include "investigate/ArchiveFormat.h"

#include <QString>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace ArchiveFormat {

namespace {

bool startsWith(QByteArrayView head, QByteArrayView magic, qsizetype at = 0)
{
    return head.size() >= at + magic.size() && head.sliced(at, magic.size()) == magic;
}

bool isBzip2(QByteArrayView head)
{
    // "BZh", the block size 1-9, then a block's magic (pi) or the end of the stream (sqrt pi).
    if (!startsWith(head, "BZh") || head.size() < 10 || head[3] < '1' || head[3] > '9')
        return false;
    return startsWith(head, QByteArrayView("\x31\x41\x59\x26\x53\x59", 6), 4) ||
           startsWith(head, QByteArrayView("\x17\x72\x45\x38\x50\x90", 6), 4);
}

} // namespace

bool hasArchiveName(QStringView fileName)
{
    const QString lower = fileName.toString().toLower();
    for (const char* suffix :
         {".zip", ".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz", ".7z", ".zst", ".tzst"}) {
        if (lower.endsWith(QLatin1StringView(suffix)))
            return true;
    }
    return false;
}

bool looksLikeArchive(QByteArrayView head)
{
    static const QByteArrayView magics[] = {
        QByteArrayView("PK\x03\x04", 4),               // zip entry
        QByteArrayView("PK\x05\x06", 4),               // empty zip
        QByteArrayView("PK\x07\x08", 4),               // zip written as a stream, split
        QByteArrayView("\x1f\x8b\x08", 3),             // gzip (deflate)
        QByteArrayView("\xfd\x37\x7a\x58\x5a\x00", 6), // xz
        QByteArrayView("\x37\x7a\xbc\xaf\x27\x1c", 6), // 7z
        QByteArrayView("\x28\xb5\x2f\xfd", 4),         // zstd
    };
    for (const QByteArrayView magic : magics) {
        if (startsWith(head, magic))
            return true;
    }
    // POSIX "ustar\0" and GNU "ustar  \0" tar headers.
    return isBzip2(head) || startsWith(head, QByteArrayView("ustar", 5), 257);
}

bool isSevenZip(QByteArrayView head)
{
    return startsWith(head, QByteArrayView("\x37\x7a\xbc\xaf\x27\x1c", 6));
}

QString withoutCompressionSuffix(const QString& fileName)
{
    const QString lower = fileName.toLower();
    for (const QString& suffix : {u".gz"_s, u".bz2"_s, u".xz"_s, u".zst"_s}) {
        if (lower.endsWith(suffix) && fileName.size() > suffix.size())
            return fileName.chopped(suffix.size());
    }
    if (lower.endsWith(u".tgz"_s) || lower.endsWith(u".tbz"_s) || lower.endsWith(u".txz"_s))
        return fileName.chopped(4) + u".tar"_s;
    return fileName;
}

} // namespace ArchiveFormat
