#include "investigate/PlaceholderKey.h"

#include "investigate/ByteSearch.h"

namespace PlaceholderKey {

namespace {

// The sample keys of Mailgun's older documentation (documentation.mailgun.com user manual
// and API reference, "samples.mailgun.org" examples), copied into countless tutorials.
constexpr const char* documentationSamples[] = {
    "3ax6xnjp29jd6fds4gc373sgvjxteol0", // key-3ax6xnjp29jd6fds4gc373sgvjxteol0
    "5ogiflzbnjrljiky49qxsiozqef5jxp7", // pubkey-5ogiflzbnjrljiky49qxsiozqef5jxp7
};

// Words that do not occur by chance in 32 random characters (about 1 in 10^5 for four
// letters) but do in a value someone typed as a stand-in.
constexpr const char* fillerWords[] = {"your",   "example",  "sample",      "dummy",    "fake",      "test",
                                       "xxxx",   "deadbeef", "cafebabe",    "abcdefab", "badc0ffee", "secret",
                                       "apikey", "mailgun",  "placeholder", "changeme"};

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
}

bool repeatsAShortPattern(QByteArrayView body)
{
    for (qsizetype period = 1; period <= 8; ++period) {
        bool repeats = true;
        for (qsizetype i = period; i < body.size() && repeats; ++i)
            repeats = body[i] == body[i - period];
        if (repeats)
            return true;
    }
    return false;
}

} // namespace

bool isPlaceholder(QByteArrayView body)
{
    if (body.isEmpty())
        return true;
    char lower[64];
    const qsizetype size = qMin<qsizetype>(body.size(), sizeof lower);
    bool seen[36] = {};
    int distinct = 0;
    bool hexOnly = true;
    int run = 1;
    int ascending = 1;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = ByteSearch::fold(body[i]);
        lower[i] = c;
        if (!isAlnum(c))
            return false; // not a key body at all; the shape check decides
        const int index = c <= '9' ? c - '0' : c - 'a' + 10;
        hexOnly = hexOnly && index < 16;
        if (!seen[index]) {
            seen[index] = true;
            ++distinct;
        }
        if (i > 0) {
            run = c == lower[i - 1] ? run + 1 : 1;
            ascending = c == lower[i - 1] + 1 ? ascending + 1 : 1;
            // Seven equal characters or six counting up do not happen in a random key (about
            // one in 10^5), but they are how people type a fake one.
            if (run >= 7 || ascending >= 6)
                return true;
        }
    }
    const QByteArrayView value(lower, size);
    for (const char* sample : documentationSamples) {
        if (value == QByteArrayView(sample))
            return true;
    }
    for (const char* word : fillerWords) {
        if (value.contains(QByteArrayView(word)))
            return true;
    }
    if (repeatsAShortPattern(value))
        return true;
    // Low entropy: 32 random hex digits show about 14 different ones, 32 random letters and
    // digits about 21; fewer than half of that is a value someone typed.
    if (size >= 16 && distinct < (hexOnly ? 7 : 10))
        return true;
    return false;
}

} // namespace PlaceholderKey
