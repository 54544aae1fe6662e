#pragma once

#include <QByteArray>
#include <QString>

#include <archive.h>

class QIODevice;

// One libarchive reader over a device: a file on disk, or an entry of an outer archive (an
// archive inside an archive). Reads zip, tar, 7z and single compressed files, each plain or
// through gzip, bzip2, xz or zstd, as a stream: libarchive holds one block at a time. Only
// decompressors built into libarchive are used, never an external program.
class ArchiveReader
{
public:
    enum class Next
    {
        Entry,  // entry() is the next entry
        End,    // no more entries
        Failed, // this entry cannot be read; the next one may be
        Fatal,  // the archive cannot be read any further
    };

    // `source` stays owned by the caller and open while this reader lives.
    explicit ArchiveReader(QIODevice* source);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader&) = delete;
    ArchiveReader& operator=(const ArchiveReader&) = delete;

    bool open();
    Next next();
    archive_entry* entry() const { return m_entry; }
    // The current entry's bytes: > 0 read, 0 at its end, < 0 when they cannot be read.
    qint64 readData(char* data, qint64 maxSize);
    // Leaves the rest of the current entry unread, without unpacking it when the format
    // allows (a zip entry or a plain tar); false when the archive cannot be read further.
    bool skipData();

    // Single compressed file ("raw": one entry, no name of its own).
    bool isSingleFile() const;
    // Unpacking the stream itself costs work (tar.gz); skipping an entry there unpacks it.
    bool isCompressedStream() const;
    bool entryIsEncrypted() const;
    bool hasEncryptedEntries() const;
    // Bytes taken from the source so far, and bytes unpacked out of them.
    qint64 compressedBytes() const;
    qint64 expandedBytes() const;
    QString errorString() const;

private:
    static la_ssize_t readCallback(archive*, void* self, const void** buffer);
    static la_int64_t skipCallback(archive*, void* self, la_int64_t request);
    static la_int64_t seekCallback(archive*, void* self, la_int64_t offset, int whence);

    archive* m_archive;
    archive_entry* m_entry = nullptr;
    QIODevice* m_source;
    QByteArray m_block;
    qint64 m_dataBytes = 0; // entry bytes handed out: what a zip entry unpacks to
};
