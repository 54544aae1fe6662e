#include "investigate/ContextRules.h"

#include "investigate/FalsePositiveFilter.h"
#include "investigate/PlaceholderKey.h"
#include "mailgun/KeyFormat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ContextRules {

namespace {

using Kind = LeakFinding::Kind;
using Source = LeakFinding::Source;
using Confidence = LeakFinding::Confidence;

// How far from an SMTP host mention a loosely named password ("pass", "password") may be.
constexpr qsizetype nearHost = 400;

QString utf8Of(const QString& latin1)
{
    return QString::fromUtf8(latin1.toLatin1());
}

QString urlDecoded(const QString& latin1)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(latin1.toLatin1()));
}

// The value as text if it is base64 of printable ASCII; empty otherwise.
QString base64Decoded(const QString& value)
{
    if (value.size() < 8 || value.size() % 4 != 0)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return {};
    for (const char c : decoded.decoded) {
        if (c < 0x20 || c > 0x7e)
            return {};
    }
    return QString::fromLatin1(decoded.decoded);
}

QList<qsizetype> smtpHostPositions(const QString& text)
{
    thread_local const QRegularExpression host(u"smtp\\.(eu\\.)?mailgun\\.org"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QList<qsizetype> positions;
    auto it = host.globalMatch(text);
    while (it.hasNext())
        positions.append(it.next().capturedStart());
    return positions;
}

bool isNear(const QList<qsizetype>& positions, qsizetype offset, qsizetype distance)
{
    for (const qsizetype position : positions) {
        if (qAbs(position - offset) <= distance)
            return true;
    }
    return false;
}

void addPassword(QList<Match>& matches, qsizetype offset, const QString& value, Source source,
                 Confidence confidence)
{
    if (FalsePositiveFilter::isPlaceholderPassword(value))
        return;
    matches.append(Match{offset, Kind::SmtpPassword, source, confidence, Secret(value)});
}

void addKey(QList<Match>& matches, qsizetype offset, const QString& value, Source source)
{
    Kind kind;
    if (keyKindOf(value, &kind))
        matches.append(Match{offset, kind, source, Confidence::High, Secret(value)});
}

void scanDsns(const QString& text, QList<Match>& matches)
{
    // mailgun+api://KEY:DOMAIN@default, mailgun+https://KEY:DOMAIN@default,
    // mailgun+smtp://USERNAME:PASSWORD@default; both parts may be URL-encoded.
    thread_local const QRegularExpression dsn(
        u"mailgun\\+(api|https|smtp)://([^:@\\s/'\"]+):([^@\\s'\"]*)@"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto it = dsn.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).compare(u"smtp"_s, Qt::CaseInsensitive) == 0)
            addPassword(matches, match.capturedStart(3), urlDecoded(match.captured(3)), Source::Dsn,
                        Confidence::High);
        else
            addKey(matches, match.capturedStart(2), urlDecoded(match.captured(2)), Source::Dsn);
    }
}

void scanNamedPasswords(const QString& text, const QList<qsizetype>& hosts, QList<Match>& matches)
{
    // Settings whose name says "SMTP password": .env, wp-config.php constants, settings.py,
    // YAML. The value ends at a quote, a space, a comment or the end of the line.
    thread_local const QRegularExpression named(
        u"(?<![A-Za-z0-9_])(MAIL_PASSWORD|MAIL_PASS|EMAIL_HOST_PASSWORD|EMAIL_PASSWORD|SMTP_PASSWORD|SMTP_"
        u"PASS|"
        "MAILGUN_SMTP_PASSWORD|MAILGUN_SMTP_PASS|MAILGUN_PASSWORD|WPMS_SMTP_PASS|POST_SMTP_AUTH_PASSWORD)"
        "['\"]?[ \\t]*(?:=>|=|:|,)[ \\t]*['\"]?([^'\"\\s#;,)]+)"_s);
    auto it = named.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool mailgunName = match.captured(1).contains(u"MAILGUN"_s);
        if (!mailgunName && hosts.isEmpty())
            continue;
        addPassword(matches, match.capturedStart(2), utf8Of(match.captured(2)), Source::Plain,
                    Confidence::High);
    }
    // Loosely named passwords in code (nodemailer's `pass:`, an array's 'password' =>) count
    // only right next to the SMTP host.
    if (hosts.isEmpty())
        return;
    thread_local const QRegularExpression loose(u"(?<![A-Za-z0-9_])['\"]?(password|pass|smtp_pass|smtp_"
                                                u"password|smtpPassword)['\"]?[ \\t]*(?:=>|=|:)[ \\t]*"
                                                "['\"]([^'\"\\r\\n]{6,})['\"]"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    it = loose.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (isNear(hosts, match.capturedStart(), nearHost))
            addPassword(matches, match.capturedStart(2), utf8Of(match.captured(2)), Source::Plain,
                        Confidence::Medium);
    }
}

// Inside the official plugin's `mailgun` option in an SQL dump: ('mailgun','a:9:{...}').
bool insideMailgunOption(const QString& text, qsizetype offset)
{
    thread_local const QRegularExpression option(u"['\"]mailgun\\\\?['\"],\\s*\\\\?['\"]a:\\d+:\\{"_s);
    qsizetype start = -1;
    auto it = option.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() >= offset)
            break;
        start = match.capturedEnd();
    }
    if (start < 0)
        return false;
    // Still inside it: no closing brace of the flat array between the option name and here.
    return !QStringView(text).mid(start, offset - start).contains(u'}');
}

void scanSerialized(const QString& text, const QList<qsizetype>& hosts, QList<Match>& matches)
{
    // PHP serialize(): s:8:"password";s:12:"the-password"; mysqldump adds a backslash before
    // each double quote.
    thread_local const QRegularExpression serialized(
        u"s:\\d+:\\\\?\"(password|pass|smtp_pass|basic_auth_password|fallback_smtp_password)\\\\?\";"
        "s:\\d+:\\\\?\"([^\"\\\\]*)\\\\?\""_s);
    auto it = serialized.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype offset = match.capturedStart(2);
        if (!insideMailgunOption(text, offset) && !isNear(hosts, offset, 4 * nearHost))
            continue;
        const QString name = match.captured(1);
        QString value = utf8Of(match.captured(2));
        Source source = Source::Plain;
        // Post SMTP keeps its passwords base64-encoded.
        if (name.startsWith(u"basic_auth"_s) || name.startsWith(u"fallback"_s)) {
            const QString decoded = base64Decoded(value);
            if (!decoded.isEmpty()) {
                value = decoded;
                source = Source::Base64;
            }
        }
        addPassword(matches, offset, value, source, Confidence::High);
    }
}

void scanBase64(const QString& text, QList<Match>& matches)
{
    // A quoted base64 run long enough to hold a key (a 50-character key is 68 in base64).
    thread_local const QRegularExpression run(u"(?<=['\"])([A-Za-z0-9+/]{44,}={0,2})(?=\\\\?['\"])"_s);
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString decoded = base64Decoded(match.captured(1)).trimmed();
        if (!decoded.isEmpty())
            addKey(matches, match.capturedStart(1), decoded, Source::Base64);
    }
}

// The last base64 token on a line that decodes to printable text: the client's answer in a
// transcript line ("CLIENT -> SERVER: cGFzcw==", ">> cGFzcw==", "send: 'cGFzcw==\\r\\n'").
QString lastBase64Answer(const QString& line)
{
    thread_local const QRegularExpression token(
        u"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{4,}={0,2}(?![A-Za-z0-9+/=])"_s);
    QString answer;
    auto it = token.globalMatch(line);
    while (it.hasNext()) {
        const QString decoded = base64Decoded(it.next().captured());
        if (!decoded.isEmpty())
            answer = decoded;
    }
    return answer;
}

// How sure a password in a transcript or a settings dump is: next to the Mailgun SMTP host, or
// only somewhere in the window around a "mailgun" mention.
Confidence nearHostConfidence(const QList<qsizetype>& hosts, qsizetype offset)
{
    return isNear(hosts, offset, 4 * nearHost) ? Confidence::High : Confidence::Medium;
}

void scanSmtpAuth(const QString& text, const QList<qsizetype>& hosts, QList<Match>& matches)
{
    // AUTH PLAIN: one base64 answer of "\0user\0password" (RFC 4616), on the AUTH line or
    // on the line after a bare "334" prompt.
    thread_local const QRegularExpression plain(u"AUTH PLAIN(?: |[^\\n]*\\n[^\\n]*334[^\\n]*\\n)([^\\n]*)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    auto it = plain.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString line = match.captured(1);
        thread_local const QRegularExpression token(u"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{8,}={0,2}"_s);
        auto tokens = token.globalMatch(line);
        while (tokens.hasNext()) {
            const QRegularExpressionMatch found = tokens.next();
            const auto decoded = QByteArray::fromBase64Encoding(found.captured().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                continue;
            const QList<QByteArray> parts = decoded.decoded.split('\0');
            if (parts.size() != 3 || parts[1].isEmpty() || parts[2].isEmpty())
                continue;
            const qsizetype offset = match.capturedStart(1) + found.capturedStart();
            addPassword(matches, offset, QString::fromUtf8(parts[2]), Source::Base64,
                        nearHostConfidence(hosts, offset));
            break;
        }
    }
    // AUTH LOGIN: the server asks "334 UGFzc3dvcmQ6" (base64 of "Password:") and the client
    // answers with the password in base64 on the next line.
    thread_local const QRegularExpression login(u"334 UGFzc3dvcmQ6[^\\n]*\\n([^\\n]*)"_s);
    it = login.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString password = lastBase64Answer(match.captured(1));
        if (!password.isEmpty())
            addPassword(matches, match.capturedStart(1), password, Source::Base64,
                        nearHostConfidence(hosts, match.capturedStart(1)));
    }
}

void scanPhpDumps(const QString& text, const QList<qsizetype>& hosts, QList<Match>& matches)
{
    // print_r:  [password] => the-password
    // var_dump: ["password"]=>\n  string(12) "the-password"   (objects: ["pass":protected])
    // Counted only next to the Mailgun SMTP host, like other loosely named passwords.
    if (hosts.isEmpty())
        return;
    thread_local const QRegularExpression dump(
        u"\\[\"?(password|pass|smtp_pass|smtp_password|smtppass|smtp_pw)\"?(?::[a-z\"]+)?\\][ \\t]*=>"
        u"(?:\\s*string\\(\\d+\\)[ \\t]*\"([^\"\\r\\n]*)\"|[ \\t]*([^\\r\\n]+?))[ \\t]*\\r?$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    auto it = dump.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int group = match.capturedStart(2) >= 0 ? 2 : 3;
        const qsizetype offset = match.capturedStart(group);
        if (!isNear(hosts, offset, 4 * nearHost))
            continue;
        addPassword(matches, offset, utf8Of(match.captured(group)), Source::Plain, Confidence::High);
    }
}

} // namespace

bool keyKindOf(const QString& value, LeakFinding::Kind* kind)
{
    switch (KeyFormat::classify(value)) {
    case KeyFormat::Shape::Current:
        if (PlaceholderKey::isPlaceholder(value.left(32).toLatin1()))
            return false;
        *kind = Kind::ApiKey;
        return true;
    case KeyFormat::Shape::Legacy:
        if (PlaceholderKey::isPlaceholder(value.mid(4).toLatin1()))
            return false;
        *kind = Kind::LegacyApiKey;
        return true;
    case KeyFormat::Shape::PublicKey:
        if (PlaceholderKey::isPlaceholder(value.mid(7).toLatin1()))
            return false;
        *kind = Kind::PublicKey;
        return true;
    default:
        return false;
    }
}

QList<Match> scan(QByteArrayView window)
{
    // Latin-1 keeps one character per byte, so offsets in the text are offsets in the file.
    const QString text = QString::fromLatin1(window);
    QList<Match> matches;
    const QList<qsizetype> hosts = smtpHostPositions(text);
    scanDsns(text, matches);
    scanNamedPasswords(text, hosts, matches);
    scanSerialized(text, hosts, matches);
    scanBase64(text, matches);
    scanSmtpAuth(text, hosts, matches);
    scanPhpDumps(text, hosts, matches);
    return matches;
}

} // namespace ContextRules
