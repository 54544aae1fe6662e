#include "investigate/WrappedSecrets.h"

#include "investigate/ByteSearch.h"
#include "investigate/ContextRules.h"

#include <cstring>

namespace WrappedSecrets {

namespace {

// "api:" + a 50-character key is 54 bytes, 72 in base64; "api:key-" + 32 is 40 bytes, 56.
constexpr qsizetype basicAuthMin = 56;
constexpr qsizetype basicAuthMax = 76;

bool isBase64Byte(char c)
{
    return ByteSearch::isWordByte(c) ? c != '_' : (c == '+' || c == '/');
}

} // namespace

bool isKeyBody(const char* data)
{
    bool lowerAlnum = true;
    for (qsizetype i = 0; i < 32; ++i) {
        const char c = data[i];
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            continue;
        if (c >= 'A' && c <= 'F') {
            lowerAlnum = false;
            continue;
        }
        return false;
    }
    return lowerAlnum || ByteSearch::allHex(data, 32);
}

bool basicAuthKeyAt(QByteArrayView bytes, qsizetype at, QString* value, LeakFinding::Kind* kind)
{
    const char* s = bytes.data();
    const qsizetype size = bytes.size();
    // Case matters in base64; the prefilter folds it.
    if (at + 5 > size || std::memcmp(s + at, "YXBpO", 5) != 0 || (at > 0 && isBase64Byte(s[at - 1])))
        return false;
    qsizetype end = at;
    while (end < size && end - at <= basicAuthMax && isBase64Byte(s[end]))
        ++end;
    while (end < size && s[end] == '=' && end - at <= basicAuthMax)
        ++end;
    const qsizetype length = end - at;
    if (length < basicAuthMin || length > basicAuthMax)
        return false;
    const QByteArray decoded = QByteArray::fromBase64(QByteArray(s + at, length));
    if (!decoded.startsWith("api:"))
        return false;
    *value = QString::fromLatin1(decoded.mid(4));
    return ContextRules::keyKindOf(*value, kind);
}

} // namespace WrappedSecrets
