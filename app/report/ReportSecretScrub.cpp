#include "report/ReportSecretScrub.h"

#include "mailgun/UntrustedText.h"
#include "secrets/Secret.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression& keyShape()
{
    // No word boundaries on purpose: a key glued to other characters ("MAILGUNkey-...", an
    // extra hex digit) must still be caught. Masking a little too much harms nobody.
    static const QRegularExpression pattern(
        u"(?:pub)?key-[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

namespace ReportSecretScrub {

QString scrub(const QString& untrusted)
{
    const QString text = UntrustedText::printable(UntrustedText::maskUrlCredentials(untrusted));
    if (!containsKeyShape(text))
        return text;
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = keyShape().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        result += Secret::mask(match.captured());
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

bool containsKeyShape(const QString& text)
{
    return keyShape().match(text).hasMatch();
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return scrub(value.toString());
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts.append(valueText(item));
        return parts.join(u", "_s);
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretFieldName(it.key()))
                continue;
            parts.append(scrub(it.key()) + u": "_s + valueText(it.value()));
        }
        return parts.join(u"; "_s);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isSecretFieldName(const QString& name)
{
    const QString lower = name.toLower();
    static const QStringList secretWords{u"secret"_s,  u"password"_s, u"passwd"_s,  u"token"_s,
                                         u"api_key"_s, u"apikey"_s,   u"api-key"_s, u"private_key"_s};
    for (const QString& word : secretWords) {
        // "password_changed" and "password_updated_at" describe a password; they do not hold one.
        if (lower.contains(word) && !lower.endsWith(u"_changed"_s) && !lower.endsWith(u"_at"_s))
            return true;
    }
    return lower == u"key"_s;
}

} // namespace ReportSecretScrub
