#include "investigate/Utf16TextDevice.h"

#include <cstring>

Utf16TextDevice::Utf16TextDevice(Order order, const QByteArray& head, QIODevice* source)
    // A decoder keeps its state between calls: a character may be split between two reads.
    : m_decoder(order == Order::BigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE)
    , m_head(head.mid(2)) // without the byte-order mark
    , m_source(source)
{
    m_sourceBytes = head.size();
    open(QIODevice::ReadOnly);
}

Utf16TextDevice::Order Utf16TextDevice::orderOf(QByteArrayView firstBytes)
{
    if (firstBytes.size() < 2)
        return Order::None;
    const auto b0 = static_cast<unsigned char>(firstBytes[0]);
    const auto b1 = static_cast<unsigned char>(firstBytes[1]);
    if (b0 == 0xff && b1 == 0xfe)
        return Order::LittleEndian;
    if (b0 == 0xfe && b1 == 0xff)
        return Order::BigEndian;
    return Order::None;
}

qint64 Utf16TextDevice::readData(char* data, qint64 maxSize)
{
    while (m_pending.isEmpty() && !m_sourceDone) {
        QByteArray raw;
        if (!m_head.isEmpty()) {
            raw.swap(m_head);
        } else {
            raw.resize(1 << 16);
            const qint64 read = m_source->read(raw.data(), raw.size());
            if (read <= 0) {
                m_sourceDone = true;
                break;
            }
            raw.truncate(read);
            m_sourceBytes += read;
        }
        m_pending = QString(m_decoder.decode(raw)).toUtf8();
    }
    // The end is an empty read, as for a pipe: -1 would mean the file could not be read.
    if (m_pending.isEmpty())
        return 0;
    const qint64 count = qMin<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), static_cast<size_t>(count));
    m_pending.remove(0, count);
    return count;
}
