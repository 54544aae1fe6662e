#include "investigate/ArchiveEntryDevice.h"

#include "investigate/ArchiveBudget.h"
#include "investigate/ArchiveLimits.h"
#include "investigate/ArchiveReader.h"

#include <QByteArray>

ArchiveEntryDevice::ArchiveEntryDevice(ArchiveReader& reader, ArchiveBudget& budget)
    : m_reader(reader)
    , m_budget(budget)
{
    open(QIODevice::ReadOnly);
}

qint64 ArchiveEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_atEnd || maxSize <= 0)
        return 0;
    if (!m_budget.allowsMore()) {
        m_atEnd = true;
        return 0;
    }
    const qint64 read = m_reader.readData(data, qMin(maxSize, ArchiveLimits::blockSize));
    if (read < 0) {
        m_failed = true;
        m_atEnd = true;
        setErrorString(m_reader.errorString());
        return -1;
    }
    if (read == 0)
        m_atEnd = true;
    return read;
}

bool ArchiveEntryDevice::drain()
{
    QByteArray block(ArchiveLimits::blockSize, Qt::Uninitialized);
    while (!m_atEnd) {
        if (read(block.data(), block.size()) < 0)
            break;
    }
    return !m_failed && m_budget.allowsMore();
}
