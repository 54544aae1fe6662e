#include "investigate/PairFinder.h"

#include "investigate/ByteSearch.h"

#include <QtGlobal>

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

PairFinder::PairFinder(QByteArrayView needle, Case mode, int first, int second)
    : m_needle(needle.toByteArray())
    , m_first(first)
    , m_second(second)
    , m_fold(mode == Case::Folded)
{
    Q_ASSERT(!m_needle.isEmpty());
    Q_ASSERT(first >= 0 && first < m_needle.size() && second >= 0 && second < m_needle.size());
    Q_ASSERT(!m_fold ||
             (ByteSearch::fold(m_needle[first]) >= 'a' && ByteSearch::fold(m_needle[first]) <= 'z'));
    Q_ASSERT(!m_fold ||
             (ByteSearch::fold(m_needle[second]) >= 'a' && ByteSearch::fold(m_needle[second]) <= 'z'));
}

bool PairFinder::matchesAt(const char* at) const
{
    const char* needle = m_needle.constData();
    for (qsizetype j = 0; j < m_needle.size(); ++j) {
        const char c = m_fold ? ByteSearch::fold(at[j]) : at[j];
        if (c != needle[j])
            return false;
    }
    return true;
}

qsizetype PairFinder::scalarFrom(const char* data, qsizetype size, qsizetype from) const
{
    const char a = m_needle[m_first];
    const char b = m_needle[m_second];
    for (qsizetype pos = from; pos + m_needle.size() <= size; ++pos) {
        const char x = m_fold ? ByteSearch::fold(data[pos + m_first]) : data[pos + m_first];
        const char y = m_fold ? ByteSearch::fold(data[pos + m_second]) : data[pos + m_second];
        if (x == a && y == b && matchesAt(data + pos))
            return pos;
    }
    return -1;
}

qsizetype PairFinder::indexIn(const char* data, qsizetype size, qsizetype from) const
{
    qsizetype pos = qMax<qsizetype>(from, 0);
#if defined(__SSE2__)
    const qsizetype n = m_needle.size();
    // Or-ing 0x20 turns upper-case letters into lower case; it also maps some other bytes onto
    // letters, which the full check of each candidate then rejects.
    const __m128i caseBit = _mm_set1_epi8(m_fold ? 0x20 : 0);
    const __m128i wantFirst = _mm_set1_epi8(m_needle[m_first]);
    const __m128i wantSecond = _mm_set1_epi8(m_needle[m_second]);
    // The 16 start positions pos..pos+15 need bytes up to pos + 15 + n - 1.
    for (; pos + 15 + n <= size; pos += 16) {
        const __m128i x =
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos + m_first)), caseBit);
        const __m128i y =
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos + m_second)), caseBit);
        auto candidates = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, wantFirst), _mm_cmpeq_epi8(y, wantSecond))));
        while (candidates != 0) {
            const qsizetype at = pos + std::countr_zero(candidates);
            if (matchesAt(data + at))
                return at;
            candidates &= candidates - 1;
        }
    }
#endif
    return scalarFrom(data, size, pos);
}
