#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

// Reads a UTF-16 text (little or big endian, as its byte-order mark says) from another
// device and gives it as UTF-8, a piece at a time: a Windows editor's file is scanned by the
// same byte rules as any other, without holding the whole file. Line breaks stay where they
// were, so line numbers do not change.
class Utf16TextDevice : public QIODevice
{
public:
    enum class Order
    {
        None,
        LittleEndian,
        BigEndian,
    };

    // `head` holds the first bytes already read from `source` (with the byte-order mark).
    Utf16TextDevice(Order order, const QByteArray& head, QIODevice* source);

    // The byte order a file with these first bytes is in, from its byte-order mark.
    static Order orderOf(QByteArrayView firstBytes);

    bool isSequential() const override { return true; }
    qint64 sourceBytes() const { return m_sourceBytes; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QStringDecoder m_decoder;
    QByteArray m_pending; // UTF-8 not yet handed out
    QByteArray m_head;
    QIODevice* m_source;
    qint64 m_sourceBytes = 0;
    bool m_sourceDone = false;
};
