#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

// Byte-level helpers for the scanner's hot path: they work on raw file bytes, so most of a
// file is never converted to QString nor seen by a regular expression.
namespace ByteSearch {

// ASCII lower-case of a byte; other bytes unchanged.
inline char fold(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool isHex(char c);
// True when all `count` bytes from `data` are hex digits (either case).
bool allHex(const char* data, qsizetype count);
// Letters, digits and underscore: what continues a word or an identifier.
bool isWordByte(char c);
// Number of '\n' bytes in [data, data + size).
qsizetype countNewlines(const char* data, qsizetype size);
// Case-insensitive `needle` (given in lower case) inside `haystack`, from `from`; -1 if absent.
qsizetype indexOfFolded(QByteArrayView haystack, QByteArrayView lowerNeedle, qsizetype from = 0);

// Line numbers of offsets in one buffer. The newlines are found once, at the first question,
// and each answer is then a binary search: a chunk with many findings costs one pass over
// its bytes, not one pass per finding.
class NewlineIndex
{
public:
    void reset(const char* data, qsizetype size);
    // Number of '\n' bytes in [data, data + offset).
    qsizetype newlinesBefore(qsizetype offset);
    // Bytes looked at since construction, to show that the work stays linear.
    qint64 bytesExamined() const { return m_examined; }

private:
    const char* m_data = nullptr;
    qsizetype m_size = 0;
    bool m_built = false;
    std::vector<qsizetype> m_newlines;
    qint64 m_examined = 0;
};

} // namespace ByteSearch
