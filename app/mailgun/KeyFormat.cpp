#include "mailgun/KeyFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression& currentShape()
{
    static const QRegularExpression re(u"^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& legacyShape()
{
    static const QRegularExpression re(u"^key-[0-9a-f]{32}$"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& publicShape()
{
    static const QRegularExpression re(u"^pubkey-[0-9a-f]{32}$"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isPrefixOf(const QRegularExpression& re, const QString& text)
{
    return re.match(text, 0, QRegularExpression::PartialPreferCompleteMatch).hasPartialMatch();
}

} // namespace

KeyFormat::Shape KeyFormat::classify(const QString& text)
{
    const QString key = text.trimmed();
    if (key.isEmpty())
        return Shape::Empty;
    for (const QChar c : key) {
        if (c.isSpace())
            return Shape::HasWhitespace;
    }
    if (currentShape().match(key).hasMatch())
        return Shape::Current;
    if (legacyShape().match(key).hasMatch())
        return Shape::Legacy;
    if (publicShape().match(key).hasMatch())
        return Shape::PublicKey;
    if (isPrefixOf(currentShape(), key) || isPrefixOf(legacyShape(), key))
        return Shape::Incomplete;
    return Shape::Unrecognised;
}

QString KeyFormat::hint(Shape shape)
{
    switch (shape) {
    case Shape::Empty:
        return {};
    case Shape::Current:
        return QCoreApplication::translate("KeyFormat", "This looks like a Mailgun API key.");
    case Shape::Legacy:
        return QCoreApplication::translate(
            "KeyFormat", "This looks like an older Mailgun API key (it starts with \"key-\").");
    case Shape::PublicKey:
        return QCoreApplication::translate("KeyFormat",
                                           "This is the public key. It cannot manage your account. "
                                           "Paste your private API key instead.");
    case Shape::HasWhitespace:
        return QCoreApplication::translate(
            "KeyFormat", "The key has spaces or line breaks in it. Copy it again without them.");
    case Shape::Incomplete:
        return QCoreApplication::translate("KeyFormat", "The key looks incomplete. Paste the whole key.");
    case Shape::Unrecognised:
        return QCoreApplication::translate(
            "KeyFormat", "This does not look like a Mailgun API key. A key is a long mix of "
                         "numbers and the letters a to f, with two dashes near the end.");
    }
    return {};
}

QString KeyFormat::keyIdOf(const QString& key)
{
    const QString trimmed = key.trimmed();
    if (classify(trimmed) != Shape::Current)
        return {};
    return trimmed.right(17).toLower();
}
