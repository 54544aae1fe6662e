#include "investigate/ArchiveReader.h"

#include "investigate/ArchiveLimits.h"

#include <QIODevice>

#include <archive_entry.h>
#include <cerrno>
#include <cstdio>

namespace {

using Support = int (*)(archive*);

// libarchive falls back to running an external program (bzip2, xz, zstd) when it was built
// without that library, and says so with ARCHIVE_WARN. Hostile input never goes to another
// program: only the decompressors that answer ARCHIVE_OK on a throw-away reader are used.
const QList<Support>& builtInFilters()
{
    static const QList<Support> filters = [] {
        QList<Support> usable;
        for (const Support support : {&archive_read_support_filter_gzip, &archive_read_support_filter_bzip2,
                                      &archive_read_support_filter_xz, &archive_read_support_filter_zstd}) {
            archive* probe = archive_read_new();
            if (support(probe) == ARCHIVE_OK)
                usable.append(support);
            archive_read_free(probe);
        }
        return usable;
    }();
    return filters;
}

} // namespace

ArchiveReader::ArchiveReader(QIODevice* source)
    : m_archive(archive_read_new())
    , m_source(source)
{
    for (const Support support : builtInFilters())
        support(m_archive);
    archive_read_support_format_tar(m_archive);
    // The streaming zip reader reads entry by entry from the start. The other one reads the
    // whole central directory into memory first: a small hostile zip can list millions of
    // entries there.
    archive_read_support_format_zip_streamable(m_archive);
    archive_read_support_format_7zip(m_archive);
    // Bids lowest: chosen only when nothing else matched, for a single compressed file.
    archive_read_support_format_raw(m_archive);
}

ArchiveReader::~ArchiveReader()
{
    archive_read_free(m_archive);
}

bool ArchiveReader::open()
{
    archive_read_set_callback_data(m_archive, this);
    archive_read_set_read_callback(m_archive, &ArchiveReader::readCallback);
    // A file on disk can be skipped through and sought (7z keeps its index at the end); an
    // entry of an outer archive is read in order only.
    if (!m_source->isSequential()) {
        archive_read_set_skip_callback(m_archive, &ArchiveReader::skipCallback);
        archive_read_set_seek_callback(m_archive, &ArchiveReader::seekCallback);
    }
    return archive_read_open1(m_archive) == ARCHIVE_OK;
}

ArchiveReader::Next ArchiveReader::next()
{
    m_entry = nullptr;
    archive_entry* entry = nullptr;
    const int status = archive_read_next_header(m_archive, &entry);
    switch (status) {
    case ARCHIVE_OK:
    case ARCHIVE_WARN:
        m_entry = entry;
        return Next::Entry;
    case ARCHIVE_EOF:
        return Next::End;
    case ARCHIVE_FATAL:
        return Next::Fatal;
    default:
        return Next::Failed;
    }
}

qint64 ArchiveReader::readData(char* data, qint64 maxSize)
{
    const la_ssize_t read = archive_read_data(m_archive, data, size_t(maxSize));
    if (read > 0)
        m_dataBytes += read;
    return read < 0 ? -1 : qint64(read);
}

bool ArchiveReader::skipData()
{
    return archive_read_data_skip(m_archive) != ARCHIVE_FATAL;
}

bool ArchiveReader::isSingleFile() const
{
    return archive_format(m_archive) == ARCHIVE_FORMAT_RAW;
}

bool ArchiveReader::isCompressedStream() const
{
    return archive_filter_code(m_archive, 0) != ARCHIVE_FILTER_NONE;
}

bool ArchiveReader::entryIsEncrypted() const
{
    return m_entry && archive_entry_is_encrypted(m_entry);
}

bool ArchiveReader::hasEncryptedEntries() const
{
    return archive_read_has_encrypted_entries(m_archive) > 0;
}

qint64 ArchiveReader::compressedBytes() const
{
    return archive_filter_bytes(m_archive, -1);
}

qint64 ArchiveReader::expandedBytes() const
{
    // What the format read out of the decompressor (a tar.gz), or what the entries unpacked
    // to (a zip, whose entries are compressed one by one): whichever is more.
    return qMax(m_dataBytes, qint64(archive_filter_bytes(m_archive, 0)));
}

QString ArchiveReader::errorString() const
{
    const char* text = archive_error_string(m_archive);
    return text ? QString::fromUtf8(text) : QString();
}

la_ssize_t ArchiveReader::readCallback(archive* a, void* self, const void** buffer)
{
    auto* reader = static_cast<ArchiveReader*>(self);
    if (reader->m_block.size() < ArchiveLimits::blockSize)
        reader->m_block.resize(ArchiveLimits::blockSize);
    const qint64 read = reader->m_source->read(reader->m_block.data(), ArchiveLimits::blockSize);
    if (read < 0) {
        archive_set_error(a, EIO, "read error");
        return -1;
    }
    *buffer = reader->m_block.constData();
    return la_ssize_t(read);
}

la_int64_t ArchiveReader::skipCallback(archive*, void* self, la_int64_t request)
{
    QIODevice* source = static_cast<ArchiveReader*>(self)->m_source;
    const qint64 from = source->pos();
    const qint64 to = qMin(from + qint64(request), source->size());
    if (to <= from || !source->seek(to))
        return 0;
    return la_int64_t(to - from);
}

la_int64_t ArchiveReader::seekCallback(archive*, void* self, la_int64_t offset, int whence)
{
    QIODevice* source = static_cast<ArchiveReader*>(self)->m_source;
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += source->pos();
    else if (whence == SEEK_END)
        target += source->size();
    if (target < 0 || target > source->size() || !source->seek(target))
        return ARCHIVE_FATAL;
    return la_int64_t(target);
}
