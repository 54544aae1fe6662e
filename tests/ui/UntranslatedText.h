#pragma once

#include "TsCatalog.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

// Recognises an English source text left on screen where the language's .ts file has a
// translation for it, or has it unfinished: the translation was not applied, or is
// missing. Texts the .ts keeps as they are ("API", "%1.", a plural form equal to the
// source) never count. A message with
// placeholders is recognised with any values in them ("Step 3 of 6" for "Step %1 of %2"),
// when it has enough words of its own to be told from other texts.
class UntranslatedText
{
public:
    explicit UntranslatedText(const TsCatalog& catalog);

    // The source message that `text` shows untranslated, or an empty string.
    QString sourceShownIn(const QString& text) const;
    int messageCount() const { return m_messageCount; }

private:
    struct Pattern
    {
        QRegularExpression expression;
        QString source;
    };

    QSet<QString> m_untranslated; // sources without placeholders
    QList<Pattern> m_patterns;
    int m_messageCount = 0;
};
