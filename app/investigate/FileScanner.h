#pragma once

#include "investigate/ByteSearch.h"
#include "investigate/LeakFinding.h"
#include "investigate/PairFinder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <vector>

class QIODevice;

// Scans one file for Mailgun credentials and risky settings. The file is read in chunks of
// raw bytes with an overlap, so a 10 GB SQL dump takes the memory of one chunk. On each chunk:
// - a Horspool search finds every "mailgun" (any case): the literal prefilter;
// - memchr finds every '-', the anchor every key shape has ("key-", "pubkey-", 32-8-8), and
//   a few byte compares accept or drop it; no regular expression runs on the bulk;
// - only the text around a "mailgun" hit goes through the context rules (QRegularExpression);
// - memmem finds "YXBpO", the start of every base64 "api:KEY" (an HTTP Basic header).
// A file that starts with a UTF-16 byte-order mark is decoded on the fly (Utf16TextDevice).
// One FileScanner per worker thread: it reuses its buffer.
class FileScanner
{
public:
    struct Result
    {
        QList<LeakFinding> findings;
        qint64 bytes = 0;
        bool binary = false;
        bool unreadable = false;
        // A pipe, device, socket or link by the time it was opened: not read. Listed as a
        // file, it may have been swapped since, and reading a pipe would block forever.
        bool notRegular = false;
        // Key-shaped strings in a script that never mentions Mailgun: build hashes and ids,
        // almost always. Not findings; counted, so the admin can still look (issue 15).
        int lookAlikesSetAside = 0;
    };

    explicit FileScanner(const std::atomic_bool* cancelled = nullptr);

    // Opens without following a link and without blocking, then reads only if what was
    // opened is a regular file.
    Result scanFile(const QString& path, const QString& fileName, bool inWebRoot);
    Result scanDevice(QIODevice* device, const QString& path, const QString& fileName, bool inWebRoot,
                      qint64 fileSize);

    static constexpr qsizetype chunkSize = 1 << 20;
    // Bytes of text around a "mailgun" hit given to the context rules, each side.
    static constexpr qsizetype contextRadius = 2048;
    // A key within this distance of a "mailgun" hit is reported with high confidence.
    static constexpr qsizetype nearDistance = 512;

private:
    struct Candidate
    {
        LeakFinding finding;
        bool anchored = false; // found by its shape (not by a context rule)
        bool nearContext = false;
        bool sampleWords = false; // "example", "dummy", ... before it on its line
        bool scriptLike = false;  // in a script or on a very long (minified) line
    };
    struct Chunk
    {
        const char* data = nullptr;
        qsizetype size = 0;      // bytes in the buffer
        qsizetype scanStart = 0; // anchors before this were handled with the previous chunk
        qsizetype scanEnd = 0;   // anchors from here on are handled with the next chunk
        qint64 firstLine = 1;    // line number of data[0]
    };

    void scanChunk(const Chunk& chunk);
    void checkDash(const Chunk& chunk, qsizetype dash);
    void addKeyCandidate(const Chunk& chunk, qsizetype start, qsizetype length, LeakFinding::Kind kind,
                         qsizetype bodyStart, qsizetype bodyLength);
    void runContextRules(const Chunk& chunk, qsizetype from, qsizetype to);
    void checkBasicAuth(const Chunk& chunk, qsizetype at);
    bool onLongLine(const Chunk& chunk, qsizetype offset) const;
    qint64 lineOf(const Chunk& chunk, qsizetype offset);
    bool isNearHit(qsizetype offset) const;
    QList<LeakFinding> finish();

    const std::atomic_bool* m_cancelled;
    // "mailgun" in any case: 'g' and 'u' are its rarest letters in code and text.
    PairFinder m_mailgun;
    // Base64 of "api:": 'X' and 'p' are rare in text, and in base64 the pair is specific.
    PairFinder m_basicAuth;
    QByteArray m_buffer;
    std::vector<qsizetype> m_hits;    // "mailgun" positions in the current chunk
    ByteSearch::NewlineIndex m_lines; // of the current chunk
    QList<Candidate> m_candidates;
    QString m_path;
    bool m_inWebRoot = false;
    bool m_mentionsMailgun = false;
    bool m_isScript = false;
    int m_lookAlikesSetAside = 0; // in the current file
    bool m_decoded = false;       // reading through Utf16TextDevice
};
