#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Finds one short ASCII word in raw bytes by the "packed pair" method of the memchr crate
// that ripgrep uses: 16 start positions are compared at once on two chosen bytes of the word,
// and only the few positions where both agree are checked in full. On text that rarely holds
// the word this runs at close to memory speed, without the per-byte branch of Horspool.
class PairFinder
{
public:
    enum class Case
    {
        Exact,
        Folded
    };

    // `needle` is ASCII; in lower case when `mode` is Folded. `first` and `second` index the
    // two bytes compared in bulk: pick bytes that are rare in the text searched, and letters
    // when folding (their case bit is what the bulk compare ignores).
    PairFinder(QByteArrayView needle, Case mode, int first, int second);

    // The first occurrence that starts in [from, size - length()]; -1 if none.
    qsizetype indexIn(const char* data, qsizetype size, qsizetype from) const;
    qsizetype length() const { return m_needle.size(); }

private:
    bool matchesAt(const char* at) const;
    qsizetype scalarFrom(const char* data, qsizetype size, qsizetype from) const;

    QByteArray m_needle;
    int m_first;
    int m_second;
    bool m_fold;
};
