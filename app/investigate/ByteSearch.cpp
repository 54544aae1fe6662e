#include "investigate/ByteSearch.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ByteSearch {

namespace {

struct ByteClasses
{
    std::array<bool, 256> hex{};
    std::array<bool, 256> word{};
    constexpr ByteClasses()
    {
        for (int c = 0; c < 256; ++c) {
            const bool digit = c >= '0' && c <= '9';
            const bool lower = c >= 'a' && c <= 'z';
            const bool upper = c >= 'A' && c <= 'Z';
            hex[c] = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            word[c] = digit || lower || upper || c == '_';
        }
    }
};

constexpr ByteClasses classes;

} // namespace

bool isHex(char c)
{
    return classes.hex[static_cast<std::uint8_t>(c)];
}

bool allHex(const char* data, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (!classes.hex[static_cast<std::uint8_t>(data[i])])
            return false;
    }
    return true;
}

bool isWordByte(char c)
{
    return classes.word[static_cast<std::uint8_t>(c)];
}

qsizetype countNewlines(const char* data, qsizetype size)
{
    qsizetype count = 0;
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: each compare gives -1 where a '\n' is, subtracted into 16 byte
    // counters; every 255 rounds (before a counter can overflow) they are summed and cleared.
    const __m128i newline = _mm_set1_epi8('\n');
    while (i + 16 <= size) {
        __m128i counters = _mm_setzero_si128();
        const qsizetype rounds = qMin<qsizetype>((size - i) / 16, 255);
        for (qsizetype r = 0; r < rounds; ++r, i += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
            counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(bytes, newline));
        }
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
        count += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#else
    // Eight bytes at a time: a byte of (word ^ 0x0a..) is zero exactly where a '\n' was, and
    // the high-bit trick below marks each zero byte without carries between bytes.
    constexpr std::uint64_t newlines = 0x0a0a0a0a0a0a0a0aULL;
    constexpr std::uint64_t low7 = 0x7f7f7f7f7f7f7f7fULL;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, sizeof word);
        const std::uint64_t x = word ^ newlines;
        const std::uint64_t zeroes = ~(((x & low7) + low7) | x | low7);
        count += std::popcount(zeroes);
    }
#endif
    for (; i < size; ++i)
        count += data[i] == '\n';
    return count;
}

void NewlineIndex::reset(const char* data, qsizetype size)
{
    m_data = data;
    m_size = size;
    m_built = false;
    m_newlines.clear();
}

qsizetype NewlineIndex::newlinesBefore(qsizetype offset)
{
    if (!m_built) {
        m_built = true;
        for (qsizetype at = 0; at < m_size;) {
            const void* found = std::memchr(m_data + at, '\n', static_cast<size_t>(m_size - at));
            if (!found)
                break;
            const qsizetype newline = static_cast<const char*>(found) - m_data;
            m_newlines.push_back(newline);
            at = newline + 1;
        }
        m_examined += m_size;
    }
    return std::lower_bound(m_newlines.begin(), m_newlines.end(), offset) - m_newlines.begin();
}

qsizetype indexOfFolded(QByteArrayView haystack, QByteArrayView lowerNeedle, qsizetype from)
{
    const qsizetype n = lowerNeedle.size();
    if (n == 0)
        return from <= haystack.size() ? from : -1;
    for (qsizetype i = qMax<qsizetype>(from, 0); i + n <= haystack.size(); ++i) {
        qsizetype j = 0;
        while (j < n && fold(haystack[i + j]) == lowerNeedle[j])
            ++j;
        if (j == n)
            return i;
    }
    return -1;
}

} // namespace ByteSearch
