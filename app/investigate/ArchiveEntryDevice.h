#pragma once

#include <QIODevice>

class ArchiveBudget;
class ArchiveReader;

// The current entry of an archive as a device to read from in order, a block at a time, so
// the FileScanner (or the reader of an archive inside this one) takes it like any file. It
// never holds more than one block. Before each block it asks the budget: once a limit is
// reached it ends, as if the entry ended there.
class ArchiveEntryDevice : public QIODevice
{
public:
    ArchiveEntryDevice(ArchiveReader& reader, ArchiveBudget& budget);

    bool isSequential() const override { return true; }
    // The entry's bytes could not be unpacked (damaged, or a password is needed).
    bool failed() const { return m_failed; }
    // Reads what is left of the entry through the budget's checks, and drops it; false when
    // a limit stopped it or the entry could not be read.
    bool drain();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    ArchiveReader& m_reader;
    ArchiveBudget& m_budget;
    bool m_atEnd = false;
    bool m_failed = false;
};
