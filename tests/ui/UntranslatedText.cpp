#include "UntranslatedText.h"

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression placeholder(u"%(?:[1-9]|n)"_s);

// Letters outside the placeholders: "Step %1 of %2" has 6, "%1: %2" none.
int ownLetters(const QString& source)
{
    int letters = 0;
    const QString own = QString(source).remove(placeholder);
    for (const QChar c : own) {
        if (c.isLetter())
            ++letters;
    }
    return letters;
}

QRegularExpression patternOf(const QString& source)
{
    QString pattern;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        pattern += QRegularExpression::escape(source.mid(at, match.capturedStart() - at));
        pattern += match.captured() == u"%n"_s ? u"[0-9][0-9,.\u00a0\u202f]*"_s : u"[\\s\\S]*?"_s;
        at = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(at));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

UntranslatedText::UntranslatedText(const TsCatalog& catalog)
{
    QSet<QString> kept; // sources some context keeps as they are
    QSet<QString> changed;
    for (const TsMessage& message : catalog.messages) {
        ++m_messageCount;
        // A form equal to the source ("%n people" in English) looks the same translated or not.
        bool same = false;
        for (const QString& form : message.translations)
            same = same || (message.finished && form == message.source);
        (same ? kept : changed).insert(message.source);
    }
    for (const QString& source : std::as_const(changed)) {
        if (kept.contains(source))
            continue;
        if (!placeholder.match(source).hasMatch())
            m_untranslated.insert(source);
        else if (ownLetters(source) >= 4)
            m_patterns.append({patternOf(source), source});
    }
}

QString UntranslatedText::sourceShownIn(const QString& text) const
{
    if (text.isEmpty())
        return {};
    if (m_untranslated.contains(text))
        return text;
    for (const Pattern& pattern : m_patterns) {
        if (pattern.expression.match(text).hasMatch())
            return pattern.source;
    }
    return {};
}
