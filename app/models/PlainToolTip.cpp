#include "PlainToolTip.h"

using namespace Qt::StringLiterals;

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    // pre-wrap keeps the line breaks and spaces of the plain text and still wraps long lines.
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}
