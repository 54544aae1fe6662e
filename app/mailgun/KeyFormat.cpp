#include "mailgun/KeyFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Every key shape Mailgun issued, with the public sources that show it:
//
// Current private key, 32 hex - 8 hex - 8 hex. trufflehog pkg/detectors/mailgun/mailgun.go
// ("Hex MailGun Token", [a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}); trufflehog issue #3870 (the
// /v1/keys id is the key's last 8-8); the webhook signing key and domain sending keys have the
// same shape (gitleaks cmd/generate/config/rules/mailgun.go "mailgun-signing-key").
// docs/mailgun-behaviour.md, points 2, 3 and 10.
const QRegularExpression& currentShape()
{
    static const QRegularExpression re(u"^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Older private key, "key-" + 32 lower-case letters and digits, not only hex:
// Mailgun's older documentation (documentation.mailgun.com user manual, the samples.mailgun.org
// examples) shows key-3ax6xnjp29jd6fds4gc373sgvjxteol0; trufflehog's detector matches
// key-[a-z0-9]{32} ("Key-MailGun Token"). gitleaks ("mailgun-private-api-token") and
// titus only match key-[a-f0-9]{32}, a subset. Hex in upper case was always accepted here.
const QRegularExpression& legacyShape()
{
    static const QRegularExpression re(u"^(?i:key)-(?:[0-9a-z]{32}|[0-9a-fA-F]{32})$"_s);
    return re;
}

// Public validation key, "pubkey-" + 32 lower-case letters and digits: Mailgun's older
// documentation (email validation) shows pubkey-5ogiflzbnjrljiky49qxsiozqef5jxp7; gitleaks
// ("mailgun-pub-key") matches pubkey-[a-f0-9]{32}, a subset.
const QRegularExpression& publicShape()
{
    static const QRegularExpression re(u"^(?i:pubkey)-(?:[0-9a-z]{32}|[0-9a-fA-F]{32})$"_s);
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
