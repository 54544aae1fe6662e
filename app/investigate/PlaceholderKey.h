#pragma once

#include <QByteArrayView>

// Whether the body of a key-shaped value (the 32 characters after "key-" or "pubkey-", or the
// first 32 of a 32-8-8 key) was made up by a person. Decided by the value alone, never by the
// words around it: a real key next to "example" is still a real key.
namespace PlaceholderKey {

// True for: Mailgun's own documentation sample keys; seven equal characters in a row; six
// counting up ("012345", "abcdef"); "xxxx"; a short pattern repeated ("abcd1234abcd1234");
// too few different characters (low entropy); words people type in a fake ("your",
// "example", "sample", "dummy", "fake", "test", "deadbeef", ...).
bool isPlaceholder(QByteArrayView body);

} // namespace PlaceholderKey
