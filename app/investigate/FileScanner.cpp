#include "investigate/FileScanner.h"

#include "investigate/ContextRules.h"
#include "investigate/FalsePositiveFilter.h"
#include "investigate/PlaceholderKey.h"
#include "investigate/RiskyFileRules.h"
#include "investigate/Utf16TextDevice.h"
#include "investigate/WrappedSecrets.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

using Kind = LeakFinding::Kind;
using Confidence = LeakFinding::Confidence;
using Source = LeakFinding::Source;

// Bytes kept before and after the scanned part of a chunk, so every anchor has its full
// context (the window of the context rules) whichever chunk it falls into.
constexpr qsizetype margin = FileScanner::contextRadius + 64;
// ripgrep's rule: a NUL byte in the first 8 KB makes a file binary.
constexpr qsizetype binarySniff = 8192;
// How far back on the line to look for the words that name a value ("signing", "example").
constexpr qsizetype namingReach = 60;
constexpr qsizetype mailgunLength = 7;
// A line this long is minified code or data, where 32-8-8 strings are often hashes or ids.
constexpr qsizetype longLine = 1000;

bool isScriptName(const QString& fileName)
{
    const QString lower = fileName.toLower();
    for (const char* suffix : {".js", ".mjs", ".cjs", ".map", ".jsx", ".ts", ".tsx", ".css"}) {
        if (lower.endsWith(QLatin1StringView(suffix)))
            return true;
    }
    return false;
}

// A byte that would make the match part of a longer token.
bool continuesKey(char c)
{
    return ByteSearch::isWordByte(c) || c == '-';
}

// "cache-key-", "monkey-", "data.key-": an identifier that only ends in "key".
bool continuesIdentifier(char c)
{
    return ByteSearch::isWordByte(c) || c == '-' || c == '.';
}

bool foldedEquals(const char* data, const char* lower, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (ByteSearch::fold(data[i]) != lower[i])
            return false;
    }
    return true;
}

int rank(const LeakFinding& finding)
{
    return (finding.source != Source::Plain ? 8 : 0) + (finding.kind == Kind::SmtpPassword ? 4 : 0) +
           static_cast<int>(finding.confidence);
}

} // namespace

FileScanner::FileScanner(const std::atomic_bool* cancelled)
    : m_cancelled(cancelled)
    , m_mailgun("mailgun", PairFinder::Case::Folded, 4, 5)
    , m_basicAuth("YXBpO", PairFinder::Case::Exact, 1, 3)
{}

FileScanner::Result FileScanner::scanFile(const QString& path, const QString& fileName, bool inWebRoot)
{
    const auto unreadable = [&] {
        Result result;
        result.findings = RiskyFileRules::forFile(path, fileName, inWebRoot);
        result.unreadable = true;
        return result;
    };
#ifdef Q_OS_UNIX
    // The walk saw a regular file, but it may be a pipe, a device or a link by now: opening a
    // pipe with no writer blocks, reading a device may never end. O_NONBLOCK makes the open
    // return at once, fstat says what was really opened, and it stays set for the reads:
    // a regular file ignores it, and a procfs file that would wait for data fails instead.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ELOOP)
            return unreadable();
        Result link;
        link.notRegular = true;
        return link;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        ::close(fd);
        return unreadable();
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        Result special;
        special.notRegular = true;
        return special;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return unreadable();
    }
    return scanDevice(&file, path, fileName, inWebRoot, qint64(status.st_size));
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return unreadable();
    return scanDevice(&file, path, fileName, inWebRoot, file.size());
#endif
}

FileScanner::Result FileScanner::scanDevice(QIODevice* device, const QString& path, const QString& fileName,
                                            bool inWebRoot, qint64 fileSize)
{
    Result result;
    result.findings = RiskyFileRules::forFile(path, fileName, inWebRoot);
    m_path = path;
    m_inWebRoot = inWebRoot;
    m_candidates.clear();
    m_mentionsMailgun = false;
    m_isScript = isScriptName(fileName);
    m_lookAlikesSetAside = 0;

    const qsizetype capacity = chunkSize + 2 * margin;
    if (m_buffer.size() < capacity)
        m_buffer.resize(capacity);
    char* buffer = m_buffer.data();
    qsizetype filled = 0;
    qsizetype scanStart = 0;
    qint64 firstLine = 1;
    bool first = true;
    bool atEnd = false;
    while (!atEnd) {
        if (m_cancelled && m_cancelled->load(std::memory_order_relaxed))
            break;
        while (filled < capacity) {
            const qint64 read = device->read(buffer + filled, capacity - filled);
            if (read < 0)
                result.unreadable = true;
            if (read <= 0) {
                atEnd = true;
                break;
            }
            filled += read;
            result.bytes += read;
            // A regular file that gave all its bytes needs no extra read to see its end.
            if (fileSize >= 0 && result.bytes >= fileSize && !device->isSequential()) {
                atEnd = true;
                break;
            }
        }
        if (first) {
            first = false;
            // Windows editors save UTF-16 with a byte-order mark: decode it, then scan the
            // text as UTF-8 with the same rules (its NUL bytes would look binary).
            const Utf16TextDevice::Order order =
                m_decoded ? Utf16TextDevice::Order::None
                          : Utf16TextDevice::orderOf(QByteArrayView(buffer, qMin<qsizetype>(filled, 2)));
            if (order != Utf16TextDevice::Order::None) {
                Utf16TextDevice text(order, QByteArray(buffer, filled), device);
                m_decoded = true;
                Result decoded = scanDevice(&text, path, fileName, inWebRoot, -1);
                m_decoded = false;
                decoded.bytes = text.sourceBytes();
                decoded.unreadable = decoded.unreadable || result.unreadable;
                return decoded;
            }
            if (std::memchr(buffer, 0, static_cast<size_t>(qMin(filled, binarySniff)))) {
                result.binary = true;
                return result;
            }
            if (RiskyFileRules::wantsContent(fileName) || RiskyFileRules::isGitConfig(path))
                result.findings += RiskyFileRules::forContent(
                    path, fileName, inWebRoot, QByteArrayView(buffer, qMin(filled, chunkSize)), fileSize);
        }
        const qsizetype scanEnd = atEnd ? filled : filled - margin;
        scanChunk(Chunk{buffer, filled, scanStart, scanEnd, firstLine});
        if (atEnd)
            break;
        // Keep the end of this chunk: the context before the next anchors and the bytes not
        // yet scanned.
        const qsizetype keepFrom = scanEnd - margin;
        firstLine += ByteSearch::countNewlines(buffer, keepFrom);
        std::memmove(buffer, buffer + keepFrom, static_cast<size_t>(filled - keepFrom));
        filled -= keepFrom;
        scanStart = scanEnd - keepFrom;
    }
    result.findings += finish();
    result.lookAlikesSetAside = m_lookAlikesSetAside;
    return result;
}

void FileScanner::scanChunk(const Chunk& chunk)
{
    m_hits.clear();
    m_lines.reset(chunk.data, chunk.size);
    for (qsizetype pos = m_mailgun.indexIn(chunk.data, chunk.size, 0); pos >= 0;
         pos = m_mailgun.indexIn(chunk.data, chunk.size, pos + mailgunLength))
        m_hits.push_back(pos);
    if (!m_hits.empty())
        m_mentionsMailgun = true;
    // "YXBpO" is base64 of "api:" and the key's first bits: every Basic header with a key.
    // Base64 is case-sensitive, so this search is too.
    for (qsizetype at = m_basicAuth.indexIn(chunk.data, chunk.scanEnd, chunk.scanStart); at >= 0;
         at = m_basicAuth.indexIn(chunk.data, chunk.scanEnd, at + m_basicAuth.length()))
        checkBasicAuth(chunk, at);

    qsizetype pos = chunk.scanStart;
    while (pos < chunk.scanEnd) {
        const void* dash = std::memchr(chunk.data + pos, '-', static_cast<size_t>(chunk.scanEnd - pos));
        if (!dash)
            break;
        const qsizetype at = static_cast<const char*>(dash) - chunk.data;
        checkDash(chunk, at);
        pos = at + 1;
    }

    // One context window per group of nearby hits.
    qsizetype from = -1;
    qsizetype to = -1;
    for (const qsizetype hit : m_hits) {
        if (hit < chunk.scanStart || hit >= chunk.scanEnd)
            continue;
        const qsizetype a = qMax<qsizetype>(0, hit - contextRadius);
        const qsizetype b = qMin(chunk.size, hit + mailgunLength + contextRadius);
        if (from >= 0 && a <= to) {
            to = qMax(to, b);
            continue;
        }
        if (from >= 0)
            runContextRules(chunk, from, to);
        from = a;
        to = b;
    }
    if (from >= 0)
        runContextRules(chunk, from, to);
}

void FileScanner::checkDash(const Chunk& chunk, qsizetype dash)
{
    const char* s = chunk.data;
    const qsizetype size = chunk.size;
    // Current key: 32 hex, '-', 8 hex, '-', 8 hex; `dash` is the first dash.
    if (dash >= 32 && dash + 18 <= size && s[dash + 9] == '-' && ByteSearch::allHex(s + dash + 1, 8) &&
        ByteSearch::allHex(s + dash + 10, 8) && ByteSearch::allHex(s + dash - 32, 32)) {
        const qsizetype start = dash - 32;
        const qsizetype end = dash + 18;
        if ((start == 0 || !continuesKey(s[start - 1])) && (end == size || !continuesKey(s[end])))
            addKeyCandidate(chunk, start, end - start, Kind::ApiKey, start, 32);
        return;
    }
    // "key-" or "pubkey-" and 32 letters and digits.
    if (dash < 3 || dash + 33 > size || !foldedEquals(s + dash - 3, "key", 3) ||
        !WrappedSecrets::isKeyBody(s + dash + 1))
        return;
    if (dash + 33 < size && continuesKey(s[dash + 33]))
        return;
    qsizetype start = dash - 3;
    Kind kind = Kind::LegacyApiKey;
    if (dash >= 6 && foldedEquals(s + dash - 6, "pub", 3)) {
        start = dash - 6;
        kind = Kind::PublicKey;
    }
    if (start > 0 && continuesIdentifier(s[start - 1]))
        return;
    addKeyCandidate(chunk, start, dash + 33 - start, kind, dash + 1, 32);
}

void FileScanner::addKeyCandidate(const Chunk& chunk, qsizetype start, qsizetype length, Kind kind,
                                  qsizetype bodyStart, qsizetype bodyLength)
{
    const char* s = chunk.data;
    // Placeholders are recognised by the value itself.
    if (PlaceholderKey::isPlaceholder(QByteArrayView(s + bodyStart, bodyLength)))
        return;
    // The words just before the value on its line: its name.
    qsizetype lineStart = start;
    const qsizetype limit = qMax<qsizetype>(0, start - namingReach);
    while (lineStart > limit && s[lineStart - 1] != '\n')
        --lineStart;
    const QByteArrayView naming(s + lineStart, start - lineStart);
    if (kind != Kind::PublicKey && (ByteSearch::indexOfFolded(naming, "signing") >= 0 ||
                                    ByteSearch::indexOfFolded(naming, "webhook") >= 0))
        kind = Kind::WebhookSigningKey;

    Candidate candidate;
    candidate.anchored = true;
    candidate.nearContext = isNearHit(start);
    // Words such as "example" (a shop called example-shop, a log line) lower the confidence
    // of a key that has the full shape and looks random; they never hide it.
    candidate.sampleWords = FalsePositiveFilter::isSampleContext(naming);
    candidate.scriptLike = kind == Kind::ApiKey && (m_isScript || onLongLine(chunk, start));
    LeakFinding& finding = candidate.finding;
    finding.path = m_path;
    finding.line = lineOf(chunk, start);
    finding.kind = kind;
    finding.severity = LeakFinding::defaultSeverity(kind, m_inWebRoot);
    finding.inWebRoot = m_inWebRoot;
    finding.secret = Secret(QString::fromLatin1(s + start, length));
    m_candidates.append(std::move(candidate));
}

void FileScanner::runContextRules(const Chunk& chunk, qsizetype from, qsizetype to)
{
    const QList<ContextRules::Match> matches =
        ContextRules::scan(QByteArrayView(chunk.data + from, to - from));
    for (const ContextRules::Match& match : matches) {
        Candidate candidate;
        candidate.nearContext = true;
        LeakFinding& finding = candidate.finding;
        finding.path = m_path;
        finding.line = lineOf(chunk, from + match.offset);
        finding.kind = match.kind;
        finding.severity = LeakFinding::defaultSeverity(match.kind, m_inWebRoot);
        finding.confidence = match.confidence;
        finding.source = match.source;
        finding.inWebRoot = m_inWebRoot;
        finding.secret = match.value;
        m_candidates.append(std::move(candidate));
    }
}

void FileScanner::checkBasicAuth(const Chunk& chunk, qsizetype at)
{
    QString value;
    Kind kind;
    if (!WrappedSecrets::basicAuthKeyAt(QByteArrayView(chunk.data, chunk.size), at, &value, &kind))
        return;
    Candidate candidate;
    candidate.nearContext = true; // "api:" is how Mailgun's API takes a key
    LeakFinding& finding = candidate.finding;
    finding.path = m_path;
    finding.line = lineOf(chunk, at);
    finding.kind = kind;
    finding.severity = LeakFinding::defaultSeverity(kind, m_inWebRoot);
    finding.confidence = Confidence::High;
    finding.source = Source::Base64;
    finding.inWebRoot = m_inWebRoot;
    finding.secret = Secret(value);
    m_candidates.append(std::move(candidate));
}

bool FileScanner::onLongLine(const Chunk& chunk, qsizetype offset) const
{
    const char* s = chunk.data;
    const qsizetype from = qMax<qsizetype>(0, offset - longLine);
    const qsizetype to = qMin(chunk.size, offset + longLine);
    qsizetype lineStart = offset;
    while (lineStart > from && s[lineStart - 1] != '\n')
        --lineStart;
    const void* newline = std::memchr(s + offset, '\n', static_cast<size_t>(to - offset));
    const qsizetype lineEnd = newline ? static_cast<const char*>(newline) - s : to;
    return lineEnd - lineStart >= longLine;
}

qint64 FileScanner::lineOf(const Chunk& chunk, qsizetype offset)
{
    return chunk.firstLine + m_lines.newlinesBefore(offset);
}

bool FileScanner::isNearHit(qsizetype offset) const
{
    const auto it = std::lower_bound(m_hits.begin(), m_hits.end(), offset - nearDistance);
    return it != m_hits.end() && *it <= offset + nearDistance;
}

QList<LeakFinding> FileScanner::finish()
{
    // The same value on the same line can be found twice (a key inside a DSN is also a
    // plain key; overlapping windows): keep the most specific finding.
    QHash<QString, qsizetype> best;
    QList<LeakFinding> findings;
    for (Candidate& candidate : m_candidates) {
        LeakFinding& finding = candidate.finding;
        if (candidate.anchored) {
            if (candidate.nearContext) {
                finding.confidence = Confidence::High;
            } else if (candidate.scriptLike && m_isScript && !m_mentionsMailgun) {
                // Vendor scripts are full of 32-8-8 hashes and ids. In a script that never
                // mentions Mailgun, such a string is set aside and counted, not reported.
                ++m_lookAlikesSetAside;
                continue;
            } else if (candidate.scriptLike) {
                // Mailgun is in the file but not near the string (or the line is minified):
                // reported, at low confidence, with the reason.
                finding.confidence = Confidence::Low;
                finding.confidenceReason = LeakFinding::ConfidenceReason::ScriptLookAlike;
            } else if (m_mentionsMailgun || finding.kind != Kind::LegacyApiKey) {
                finding.confidence = Confidence::Medium;
            } else {
                finding.confidence = Confidence::Low;
                finding.confidenceReason = LeakFinding::ConfidenceReason::NoMailgunMention;
            }
            // One step lower, never dropped: the value decided it is not a placeholder.
            if (candidate.sampleWords) {
                if (finding.confidence != Confidence::Low)
                    finding.confidence = Confidence(int(finding.confidence) - 1);
                finding.confidenceReason = LeakFinding::ConfidenceReason::SampleWords;
            }
        }
        // Keyed by a hash, so no extra plain copy of the secret stays in memory.
        const QString identity =
            QString::number(finding.line) + u':' + QString::number(qHash(finding.secret.reveal()));
        const auto it = best.constFind(identity);
        if (it == best.cend()) {
            best.insert(identity, findings.size());
            findings.append(std::move(finding));
        } else if (rank(finding) > rank(findings[*it])) {
            findings[*it] = std::move(finding);
        }
    }
    m_candidates.clear();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const LeakFinding& a, const LeakFinding& b) { return a.line < b.line; });
    return findings;
}
