#pragma once

#include <QList>
#include <QString>

class QLocale;

// The languages the program ships, each named in its own language so that a reader who
// does not understand the current one still finds theirs.
struct Language
{
    QString code;    // as in the file names of translations/: "de", "pt_BR"
    QString ownName; // "Deutsch", "Português (Brasil)"
};

namespace Languages {
// English first, then the translations in the order of the language list on the first page.
const QList<Language>& shipped();
bool isShipped(const QString& code);
// The shipped language that fits `locale` best: its first UI language that is shipped, else
// one with the same language in another country (Portuguese in Portugal reads Brazilian
// Portuguese better than English), else English.
QString bestFor(const QLocale& locale);
} // namespace Languages
