#include "investigate/ArchiveEntryName.h"

#include "investigate/ArchiveLimits.h"
#include "mailgun/UntrustedText.h"

using namespace Qt::StringLiterals;

namespace ArchiveEntryName {

QString forDisplay(QByteArrayView rawName)
{
    // Invalid UTF-8 becomes U+FFFD as well; NUL cannot hide the rest of the name.
    QString name = UntrustedText::oneLine(QString::fromUtf8(rawName));
    if (name.isEmpty())
        return u"?"_s;
    const qsizetype keep = ArchiveLimits::maxShownNameLength / 2;
    if (name.size() > ArchiveLimits::maxShownNameLength) {
        qsizetype head = keep;
        qsizetype tail = name.size() - keep;
        // Never cut a surrogate pair in two.
        if (name.at(head - 1).isHighSurrogate())
            --head;
        if (name.at(tail).isLowSurrogate())
            ++tail;
        name = name.left(head) + u"…"_s + name.mid(tail);
    }
    return name;
}

QString fileNameOf(const QString& shownName)
{
    const qsizetype slash = qMax(shownName.lastIndexOf(u'/'), shownName.lastIndexOf(u'\\'));
    return slash < 0 ? shownName : shownName.mid(slash + 1);
}

} // namespace ArchiveEntryName
